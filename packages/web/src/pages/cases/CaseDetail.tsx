// One case: its facts, deadline, whistle reasons, the steps the current user
// may take now (each opens its own form), and the full timeline.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { CASE_STATE_LABELS, ROLE_LABELS, type CaseAction } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchCase } from './service.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { DocumentsCard } from './DocumentsCard.tsx';
import { useSession } from '../../app/session.tsx';
import { TransitionForm } from './TransitionForm.tsx';
import { ChecklistCard } from './ChecklistCard.tsx';
import { CaseRefusalsCard } from '../cooperation/CaseRefusalsCard.tsx';
import { CaseReferralsCard } from '../referral/CaseReferralsCard.tsx';
import { formatDateTime, formatProbability } from '../../app/format.ts';

const fmt = formatDateTime;

export default function CaseDetailPage() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const res = useRequest((signal) => fetchCase(caseId, signal), [caseId]);
  const [action, setAction] = useState<CaseAction | null>(null);
  const { access } = useSession();
  const c = res.data;
  // The window title names the case by its official number, never by its internal id.
  useEffect(() => {
    if (!c) return undefined;
    const before = document.title;
    document.title = `${c.number} · 群租哨兵`;
    return () => { document.title = before; };
  }, [c]);

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/cases">案件</Link> }, { title: c?.number ?? '' }]} />
      <PageState loading={res.loading && !c} error={res.error} onRetry={res.reload}>
        {c && (
          <>
            <Card
              title={<Space wrap>案件 <span data-testid="case-number">{c.number}</span><Tag color="blue" data-testid="case-state">{c.stateLabel}</Tag></Space>}
              extra={(
                <Space>
                  {c.availableActions.some((a) => a === 'confirm' || a === 'rule_out' || a === 'record_no_access') && (
                    <Link to={`/inspect/${encodeURIComponent(c.id)}`}>上门核查（手机，可离线）</Link>
                  )}
                  <Link to={`/houses/${encodeURIComponent(c.houseId)}`}>一户一档</Link>
                </Space>
              )}
              style={{ marginBottom: 16 }}
            >
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
                <Descriptions.Item label="地址">{c.address}</Descriptions.Item>
                <Descriptions.Item label="居民区 / 小区">{c.neighborhood} / {c.community}</Descriptions.Item>
                <Descriptions.Item label="来源">{c.sourceLabel}</Descriptions.Item>
                <Descriptions.Item label="承办单位">{c.assignee ? `${c.assignee.unitName}（${ROLE_LABELS[c.assignee.role]}）` : c.state === 'joint_enforcement' ? '平安办牵头联合整治' : '未派单'}</Descriptions.Item>
                {c.relapseOf && (
                  <Descriptions.Item label="回潮">
                    {/* 反复回潮从严: a relapse after acceptance goes straight to 集中联合整治. */}
                    <Space wrap><Tag color="red" data-testid="relapse-tag">回潮从严处理</Tag><Link to={`/cases/${encodeURIComponent(c.relapseOf)}`}>原案件</Link></Space>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="期限"><DeadlineTag deadline={c.deadline} /></Descriptions.Item>
                <Descriptions.Item label="立案时间">{fmt(c.openedAt)}</Descriptions.Item>
                {c.alert && <Descriptions.Item label="吹哨理由" span={3}>群租概率 {formatProbability(c.alert.score)}：{c.alert.reasons.join('；')}</Descriptions.Item>}
              </Descriptions>
              <Space wrap style={{ marginTop: 12 }} aria-label="可办理的操作">
                {c.availableActions.length === 0
                  ? <Typography.Text type="secondary">您的岗位当前无可办理的操作。</Typography.Text>
                  : c.availableActions.map((a) => <Button key={a} type="primary" ghost onClick={() => setAction(a)}>{c.actionLabels[a] ?? a}</Button>)}
              </Space>
            </Card>
            <ChecklistCard c={c} />
            {access.canGenerateDocuments && <DocumentsCard caseId={c.id} />}
            {access.canViewRefusals && <CaseRefusalsCard caseId={c.id} canRecord={access.canRecordRefusal} />}
            {access.canViewReferral && <CaseReferralsCard caseId={c.id} canRecord={access.canRecordReferral} />}
            <Card title="办理过程">
              <Timeline
                items={(c.timeline ?? []).map((t) => ({
                  children: (
                    <div>
                      <Typography.Text strong>{t.actionLabel ?? (t.kind === 'opened' ? '立案' : '并入线索')}</Typography.Text>
                      {' → '}{CASE_STATE_LABELS[t.toState]}
                      <div style={{ color: '#8c8c8c', fontSize: 12 }}>{fmt(t.at)} · {t.actor.unitName ?? ROLE_LABELS[t.actor.role]}</div>
                      {t.evidence.note && <div>{t.evidence.note}</div>}
                      {t.deadline && <div style={{ fontSize: 12 }}>期限：{t.deadline.fromDate} 至 {t.deadline.dueDate}</div>}
                    </div>
                  ),
                }))}
              />
            </Card>
            <Drawer title={action ? c.actionLabels[action] ?? action : ''} open={action !== null} onClose={() => setAction(null)} width={Math.min(560, window.innerWidth)} destroyOnHidden>
              {action && (
                <TransitionForm
                  c={c}
                  action={action}
                  registry={c.registry}
                  onDone={(r) => {
                    setAction(null);
                    void message.success(`${c.number}：已办理${c.actionLabels[action] ?? action}，案件现为“${r.case.stateLabel}”${r.openedCaseId ? '；回潮新案已直接转入集中联合整治' : ''}`);
                    if (r.openedCaseId) navigate(`/cases/${encodeURIComponent(r.openedCaseId)}`);
                    else res.reload();
                  }}
                />
              )}
            </Drawer>
          </>
        )}
      </PageState>
    </>
  );
}
