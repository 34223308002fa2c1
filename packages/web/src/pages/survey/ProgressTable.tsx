// 摸排进度: one row per 居民区 or property company, with the share done and
// the share served; narrow enough for a phone (two short columns + bar).
import { Progress, Table } from 'antd';
import type { SurveyProgress } from './service.ts';

type Row = SurveyProgress['total'];

export function ProgressTable({ rows, total, groupTitle, testId }: { rows: Row[]; total: Row; groupTitle: string; testId: string }) {
  return (
    <Table<Row>
      size="small" rowKey="group" pagination={false} data-testid={testId}
      dataSource={[...rows, total]}
      scroll={{ x: 360 }}
      columns={[
        { title: groupTitle, dataIndex: 'group', width: 150 },
        { title: '应访', dataIndex: 'targets', width: 56, align: 'right' },
        { title: '已访', dataIndex: 'done', width: 56, align: 'right' },
        { title: '未入户', dataIndex: 'noAccess', width: 64, align: 'right' },
        { title: '完成率', key: 'p', width: 120, render: (_, r) => <Progress percent={r.percentDone} size="small" /> },
        { title: '告知书送达', key: 's', width: 90, align: 'right', render: (_, r) => `${r.noticeServed}（${r.percentServed}%）` },
      ]}
    />
  );
}
