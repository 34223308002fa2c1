// 我的待办: what waits for the signed-in person — cases awaiting their step,
// deadlines within the next 2 working days, overdue cases, and new red
// alerts of their jurisdiction — each row a link to the case or house file.
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '@sentinel/domain';
import { PageState } from '../../components/PageState.tsx';
import { useRequest } from '../../app/use-request.ts';
import { fetchTodo, type TodoAlert, type TodoCase } from './service.ts';
import { refreshTodo } from './todo-store.ts';

function CaseItem({ c, overdue }: { c: TodoCase; overdue?: boolean }) {
  return (
    <List.Item data-testid="todo-case" data-case-id={c.id}>
      <List.Item.Meta
        title={<Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.number} · {c.address}</Link>}
        description={(
          <Space size={[8, 4]} wrap>
            <Tag>{c.stateLabel}</Tag>
            {c.stepLabels.length > 0 && <span>待我：{c.stepLabels.join('、')}</span>}
            {c.assignee && <span>承办：{c.assignee.unitName}{c.assignee.personName ? `（${c.assignee.personName}）` : ''} · {ROLE_LABELS[c.assignee.role]}</span>}
            {c.dueDate && <Tag color={overdue ? 'red' : 'orange'}>{c.deadlineLabel ?? '期限'} {c.dueDate}</Tag>}
          </Space>
        )}
      />
    </List.Item>
  );
}

function AlertItem({ a }: { a: TodoAlert }) {
  return (
    <List.Item data-testid="todo-alert">
      <List.Item.Meta
        title={<Link to={`/houses/${encodeURIComponent(a.houseId)}`}>{a.address}</Link>}
        description={<Space size={8} wrap><Tag color="red">红色预警</Tag><span>第 {a.rank} 名</span><span>{a.neighborhood} · {a.community}</span></Space>}
      />
    </List.Item>
  );
}

function Section({ title, count, testId, children, empty }: { title: string; count: number; testId: string; children: ReactNode; empty: string }) {
  return (
    <Card title={<Space>{title}<Badge count={count} showZero color={count > 0 ? undefined : '#bfbfbf'} overflowCount={999} /></Space>} data-testid={testId} style={{ marginBottom: 16 }}>
      {count === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : children}
    </Card>
  );
}

export default function TodoPage() {
  const res = useRequest((signal) => fetchTodo(signal), []);
  // Opening the page is a good moment to bring the menu badge up to date too.
  useEffect(() => { if (res.data) void refreshTodo(); }, [res.data]);
  const d = res.data;
  return (
    <PageState loading={res.loading && !d} error={res.error} onRetry={res.reload}>
      {d && (
        <>
          <Typography.Paragraph type="secondary">
            今天 {d.today}；“即将到期”统计到 {d.horizonDate}（2 个工作日内，按工作日历）。共 {d.count} 项待办。
          </Typography.Paragraph>
          <Section title="待我办理" count={d.awaiting.length} testId="todo-awaiting" empty="没有等待您办理的案件">
            <List dataSource={d.awaiting} renderItem={(c) => <CaseItem c={c} />} />
          </Section>
          <Section title="已超期" count={d.overdue.length} testId="todo-overdue" empty="没有超期案件">
            <List dataSource={d.overdue} renderItem={(c) => <CaseItem c={c} overdue />} />
          </Section>
          <Section title="2 个工作日内到期" count={d.dueSoon.length} testId="todo-due-soon" empty="近期没有到期的案件">
            <List dataSource={d.dueSoon} renderItem={(c) => <CaseItem c={c} />} />
          </Section>
          <Section title="辖区新红色预警（未立案）" count={d.redAlertsTotal} testId="todo-red-alerts" empty="没有新的红色预警">
            {d.alertRun && <Typography.Paragraph type="secondary">数据截至 {d.alertRun.asOfDay}；上一批次已是红色的不重复列出。{d.redAlertsTotal > d.redAlerts.length ? `仅列出前 ${d.redAlerts.length} 户，全部请到预警页查看。` : ''}</Typography.Paragraph>}
            <List dataSource={d.redAlerts} renderItem={(a) => <AlertItem a={a} />} />
          </Section>
        </>
      )}
    </PageState>
  );
}
