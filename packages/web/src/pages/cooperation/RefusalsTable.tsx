// The list of recorded refusals, on the case page (that case's) and on the
// 考核 tab (the year's). Withdrawn ones stay, struck through, with the reason.
import { Link } from 'react-router-dom';
import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { UNIT_ROLE_LABELS, type CooperationRefusal } from './service.ts';
import { WithdrawRefusalButton } from './WithdrawRefusalButton.tsx';
import { formatDateTime } from '../../app/format.ts';

const fmt = formatDateTime;

export function RefusalsTable({ items, showCase, canWithdraw, onChanged }: {
  items: CooperationRefusal[];
  /** The 考核 tab links each record to its case; the case page does not need to. */
  showCase: boolean;
  canWithdraw: boolean;
  onChanged: () => void;
}) {
  const columns: TableColumnsType<CooperationRefusal> = [
    { key: 'day', title: '日期', width: 110, render: (_, r) => r.day },
    { key: 'unit', title: '单位', width: 200, render: (_, r) => `${r.unit.name}（${UNIT_ROLE_LABELS[r.unit.role]}）` },
    {
      key: 'note', title: '拒不配合的内容', render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text delete={r.withdrawn !== null}>{r.note}</Typography.Text>
          {showCase && <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>案件 {r.caseNumber}（{r.address}）</Link>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.recordedByName ?? r.recordedBy} 记录于 {fmt(r.recordedAt)}</Typography.Text>
          {r.withdrawn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.withdrawn.byName ?? r.withdrawn.by} 于 {fmt(r.withdrawn.at)} 撤销：{r.withdrawn.reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'status', title: '状态', width: 110, render: (_, r) => (r.withdrawn
        ? <Tag>已撤销</Tag>
        : canWithdraw ? <Space size={4}><Tag color="red">扣分</Tag><WithdrawRefusalButton refusal={r} onDone={onChanged} /></Space> : <Tag color="red">扣分</Tag>),
    },
  ];
  return <Table size="small" rowKey="id" columns={columns} dataSource={items} pagination={false} locale={{ emptyText: '没有拒不配合记录' }} />;
}
