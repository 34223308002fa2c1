// 巡查计划 (三级动态管理): this week's dwellings to visit in the jurisdiction,
// overdue checks and relapse points first, then by grade (红 weekly, 黄
// monthly, 绿 quarterly), as cards for the phone; each visit is recorded here
// and feeds the grade back.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, DatePicker, List, Space, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../app/session.tsx';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { VisitModal } from './VisitModal.tsx';
import { fetchPlan, type PatrolPlanItem } from './service.ts';

const GRADE_COLOR = { red: 'red', yellow: 'gold', green: 'green' } as const;
const KIND: Record<PatrolPlanItem['kind'], [string, string]> = { overdue: ['volcano', '逾期未查'], relapse_watch: ['magenta', '回潮重点'], due: ['blue', '本周到期'] };

export default function PatrolPage() {
  const { access } = useSession();
  const [week, setWeek] = useState<Dayjs | null>(null);
  const [visiting, setVisiting] = useState<PatrolPlanItem | null>(null);
  const res = useRequest((signal) => fetchPlan(week ? week.format('YYYY-MM-DD') : undefined, signal), [week?.valueOf()]);
  const p = res.data;
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker picker="week" aria-label="选择周" value={week ?? dayjs()} onChange={(d) => setWeek(d)} allowClear={false} />
        {p && <Typography.Text>{p.weekStart} 至 {p.weekEnd}，共 {p.items.length} 户待查</Typography.Text>}
      </Space>
      <PageState loading={res.loading && !p} error={res.error} onRetry={res.reload}>
        {p && (
          <>
            <Card size="small" style={{ marginBottom: 12 }} title="辖区在管房屋（三级）">
              <Space size={32} wrap data-testid="graded">
                <Statistic title="红（每周核查）" value={p.graded.red} valueStyle={{ color: '#cf1322' }} />
                <Statistic title="黄（每月核查）" value={p.graded.yellow} valueStyle={{ color: '#d48806' }} />
                <Statistic title="绿（每季度核查）" value={p.graded.green} valueStyle={{ color: '#389e0d' }} />
              </Space>
            </Card>
            <List<PatrolPlanItem>
              data-testid="patrol-items" grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 3 }} dataSource={p.items}
              locale={{ emptyText: '本周没有到期的核查' }}
              pagination={p.items.length > 30 ? { pageSize: 30, size: 'small', showSizeChanger: false } : false}
              renderItem={(i) => (
                <List.Item>
                  <Card size="small" data-testid="patrol-item" title={<Link to={`/houses/${encodeURIComponent(i.houseId)}`}>{i.address}</Link>}
                    extra={<Tag color={GRADE_COLOR[i.grade]}>{i.gradeLabel}</Tag>}
                    actions={access.canVisitPatrol ? [<a key="v" onClick={() => setVisiting(i)}>登记核查</a>] : undefined}>
                    <Space direction="vertical" size={2}>
                      <Space size={4} wrap><Tag color={KIND[i.kind][0]}>{KIND[i.kind][1]}{i.overdueDays > 0 ? ` ${i.overdueDays} 天` : ''}</Tag><Typography.Text type="secondary">{i.rhythm} · 应查 {i.dueDay}</Typography.Text></Space>
                      <Typography.Text type="secondary">{i.neighborhood} · {i.community}；上次核查：{i.lastVisitDay ?? '从未'}</Typography.Text>
                      {i.reasons.length > 0 && <span>{i.reasons.join('；')}</span>}
                    </Space>
                  </Card>
                </List.Item>
              )}
            />
          </>
        )}
      </PageState>
      <VisitModal item={visiting} onClose={() => setVisiting(null)} onSaved={() => { setVisiting(null); res.reload(); }} />
    </div>
  );
}
