// The rejected rows of one batch: file, line, column and the reason, so a
// data clerk can fix the source file and import again.
import { useState } from 'react';
import { Table, Typography } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { ErrorState } from '../../components/PageState.tsx';
import { fetchRejected, type RejectedRow } from './service.ts';

const PAGE_SIZE = 20;

export function RejectedRows({ batchId }: { batchId: number }) {
  const [page, setPage] = useState(1);
  const res = useRequest((signal) => fetchRejected(batchId, page, PAGE_SIZE, signal), [batchId, page]);
  if (res.error) return <ErrorState error={res.error} onRetry={res.reload} />;
  return (
    <Table<RejectedRow>
      size="small"
      rowKey="id"
      loading={res.loading}
      dataSource={res.data?.items ?? []}
      locale={{ emptyText: '该批次没有被拒的行' }}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: res.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: '文件', dataIndex: 'file', width: 200 },
        { title: '行号', dataIndex: 'line', width: 80, render: (v: number) => (v === 0 ? '整个文件' : v) },
        { title: '列', dataIndex: 'column', width: 140, render: (v: string | null) => v ?? '—' },
        { title: '原因', dataIndex: 'reason' },
        { title: '原始内容', dataIndex: 'raw', render: (v: string | null) => (v ? <Typography.Text code ellipsis={{ tooltip: v }} style={{ maxWidth: 320 }}>{v}</Typography.Text> : '—') },
      ]}
    />
  );
}
