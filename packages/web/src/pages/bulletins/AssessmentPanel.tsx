// 考核: each committee's and property company's score for the year (100 −
// deductions) and, opened per unit, every deduction with the case, task or
// refusal it rests on, so a unit can check each point against the record;
// below, the year's 拒不配合 records, which the dispatchers may withdraw.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ROLE_LABELS, dayToIso, type Role } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { useSession } from '../../app/session.tsx';
import { PageState } from '../../components/PageState.tsx';
import { RefusalsTable } from '../cooperation/RefusalsTable.tsx';
import { fetchRefusals } from '../cooperation/service.ts';
import { fetchAssessment, type Assessment, type AssessmentUnit, type Deduction } from './service.ts';

type UnitRow = Assessment['units'][number] & { key: string; items: Deduction[] };

const unitKey = (u: AssessmentUnit) => `${u.role}|${u.name}`;
const roleLabel = (role: string) => (role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role);

const UNIT_COLUMNS: TableColumnsType<UnitRow> = [
  { key: 'name', title: '单位', render: (_, r) => r.unit.name },
  { key: 'role', title: '类别', width: 120, render: (_, r) => roleLabel(r.unit.role) },
  { key: 'deductions', title: '扣分项', width: 90, align: 'right', dataIndex: 'deductions' },
  { key: 'deducted', title: '扣分', width: 90, align: 'right', render: (_, r) => r.deducted.toFixed(1) },
  { key: 'score', title: '得分', width: 90, align: 'right', render: (_, r) => <Typography.Text strong>{r.score.toFixed(1)}</Typography.Text> },
];

const DEDUCTION_COLUMNS: TableColumnsType<Deduction> = [
  { key: 'day', title: '日期', width: 110, render: (_, d) => dayToIso(d.day) },
  { key: 'rule', title: '扣分规则', width: 220, render: (_, d) => d.ruleLabel },
  { key: 'points', title: '扣分', width: 90, align: 'right', render: (_, d) => <Space size={4}>{d.points.toFixed(1)}{d.capped && <Tag>已封顶</Tag>}</Space> },
  {
    key: 'evidence', title: '依据', render: (_, d) => (
      <Space direction="vertical" size={0}>
        <span>{d.evidence.description}</span>
        {d.evidence.caseId && (
          <Link to={`/cases/${encodeURIComponent(d.evidence.caseId)}`}>
            案件 {d.evidence.caseId}{d.evidence.taskId ? `（任务 ${d.evidence.taskId}）` : ''}{d.evidence.refusalId ? `（拒不配合记录 ${d.evidence.refusalId}）` : ''}
          </Link>
        )}
      </Space>
    ),
  },
];

/** This year and the four before: a pick list, so no half-typed year reaches the server. */
const YEARS = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);

export function AssessmentPanel() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const { access } = useSession();
  const res = useRequest((signal) => fetchAssessment(year, signal), [year]);
  const refusals = useRequest((signal) => (access.canViewRefusals ? fetchRefusals({ year }, signal) : Promise.resolve(undefined)), [year, access.canViewRefusals]);
  const rows = useMemo<UnitRow[]>(() => (res.data?.units ?? []).map((u) => ({
    ...u,
    key: unitKey(u.unit),
    items: (res.data?.deductions ?? []).filter((d) => unitKey(d.unit) === unitKey(u.unit)),
  })), [res.data]);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>考核年度</span>
        <Select aria-label="考核年度" style={{ width: 110 }} value={year} options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))} onChange={setYear} />
        {res.data && <Typography.Text type="secondary">统计 {res.data.from} 至 {res.data.to}，截至 {res.data.asOf}</Typography.Text>}
      </Space>
      <PageState loading={res.loading && !res.data} error={res.error} onRetry={res.reload} empty={rows.length === 0} emptyText="该年度没有考核单位">
        <div data-testid="assessment-units">
        <Table
          size="small"
          columns={UNIT_COLUMNS}
          dataSource={rows}
          pagination={false}
          expandable={{
            rowExpandable: (r) => r.items.length > 0,
            expandedRowRender: (r) => <Table size="small" rowKey={(d, i) => `${d.ruleId}-${d.day}-${i ?? 0}`} columns={DEDUCTION_COLUMNS} dataSource={r.items} pagination={false} />,
          }}
        />
        </div>
      </PageState>
      {access.canViewRefusals && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>拒不配合记录（{year} 年）</Typography.Title>
          <Typography.Paragraph type="secondary">在案件页“拒不配合记录”中登记；撤销后不再扣分，记录保留备查。</Typography.Paragraph>
          <PageState loading={refusals.loading && !refusals.data} error={refusals.error} onRetry={refusals.reload}>
            <div data-testid="assessment-refusals">
              <RefusalsTable
                items={refusals.data?.items ?? []}
                showCase
                canWithdraw={access.canRecordRefusal}
                onChanged={() => { refusals.reload(); res.reload(); }}
              />
            </div>
          </PageState>
        </>
      )}
    </>
  );
}
