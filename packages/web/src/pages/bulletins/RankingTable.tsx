// 居民区排名: each neighbourhood's figures and ranking score, best first.
// Equal standings share a rank, as the server ranks them (1, 1, 3), shown 并列.
import { Table, type TableColumnsType } from 'antd';
import { formatPercent } from './format.ts';
import type { NeighborhoodFigures } from './service.ts';

function columns(tied: ReadonlySet<number>): TableColumnsType<NeighborhoodFigures> {
  return [
    { key: 'rank', title: '排名', width: 88, align: 'right', render: (_, n) => (tied.has(n.rank) ? `${n.rank}（并列）` : n.rank) },
    { key: 'neighborhood', title: '居民区', dataIndex: 'neighborhood' },
    { key: 'score', title: '得分', width: 80, align: 'right', render: (_, n) => n.score.toFixed(1) },
    { key: 'discovered', title: '发现', width: 72, align: 'right', render: (_, n) => n.figures.discovered },
    { key: 'confirmed', title: '认定', width: 72, align: 'right', render: (_, n) => n.figures.confirmed },
    { key: 'disposal', title: '处置率', width: 90, align: 'right', render: (_, n) => formatPercent(n.figures.disposal) },
    { key: 'visibility', title: '可视率', width: 90, align: 'right', render: (_, n) => formatPercent(n.figures.visibility) },
    { key: 'relapse', title: '回潮率', width: 90, align: 'right', render: (_, n) => formatPercent(n.figures.relapse) },
    { key: 'alerts', title: '预警核实准确率', width: 130, align: 'right', render: (_, n) => formatPercent(n.figures.alertConfirmation) },
    { key: 'complaints', title: '12345 投诉', width: 100, align: 'right', render: (_, n) => n.figures.complaints12345 },
  ];
}

export function RankingTable({ rows }: { rows: NeighborhoodFigures[] }) {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  const tied = new Set([...counts].filter(([, c]) => c > 1).map(([rank]) => rank));
  return (
    <Table
      size="small"
      rowKey="neighborhood"
      columns={columns(tied)}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
