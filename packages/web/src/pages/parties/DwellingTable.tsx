// The dwellings of a party inside the jurisdiction as a lead list: those
// without an open case first (线索), with today's whistle and the latest case.
import { Link } from 'react-router-dom';
import { Table, Tag } from 'antd';
import { formatProbability } from '../../app/format.ts';
import type { PartyDwelling } from './service.ts';

const LEVEL: Record<string, [string, string]> = { red: ['red', '红'], yellow: ['gold', '黄'], green: ['green', '绿'] };

export function DwellingTable({ rows, testId }: { rows: PartyDwelling[]; testId: string }) {
  return (
    <Table<PartyDwelling>
      size="small" rowKey={(d) => `${d.houseId}-${d.role}`} pagination={false} dataSource={rows} data-testid={testId} scroll={{ x: 640 }}
      locale={{ emptyText: '辖区内没有其他房屋' }}
      columns={[
        { title: '房屋', dataIndex: 'address', render: (a: string, d) => <Link to={`/houses/${encodeURIComponent(d.houseId)}`}>{a}</Link> },
        { title: '居民区', dataIndex: 'neighborhood', width: 110 },
        { title: '身份', dataIndex: 'roleLabel', width: 120 },
        {
          title: '今日预警', dataIndex: 'level', width: 110,
          render: (l: string | null, d) => (l ? <Tag color={LEVEL[l]?.[0]}>{LEVEL[l]?.[1] ?? l} {d.score === null ? '' : formatProbability(d.score)}</Tag> : '—'),
        },
        { title: '案件', dataIndex: 'caseStateLabel', width: 150, render: (s: string | null, d) => (d.caseId ? <Link to={`/cases/${encodeURIComponent(d.caseId)}`}>{d.caseNumber}（{s}）</Link> : '—') },
        { title: '', dataIndex: 'lead', width: 90, render: (lead: boolean) => (lead ? <Tag color="purple">待核查线索</Tag> : <Tag>办理中</Tag>) },
      ]}
    />
  );
}
