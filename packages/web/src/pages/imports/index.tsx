// 数据导入: what is in the database (rows per table), every import batch with
// its counts, and — expanded — the rows it rejected with file, line and reason.
import { useState } from 'react';
import { Card, Col, Row, Statistic, Table, Tag, Tooltip } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchBatches, fetchStatus, type ImportBatch } from './service.ts';
import { STATUS_LABELS, TABLE_LABELS } from './labels.ts';
import { RejectedRows } from './RejectedRows.tsx';
import { formatDateTime } from '../../app/format.ts';
import { FreshnessBanner } from '../../components/FreshnessBanner.tsx';

const PAGE_SIZE = 20;
const SHOWN_COUNTS = ['houses', 'meters', 'readings', 'access_events', 'complaints', 'inspections', 'rejected_rows'];
const fmtTime = formatDateTime;

export default function ImportsPage() {
  const [page, setPage] = useState(1);
  const status = useRequest((signal) => fetchStatus(signal), []);
  const batches = useRequest((signal) => fetchBatches(page, PAGE_SIZE, signal), [page]);

  return (
    <>
      <FreshnessBanner />
      <Card title="数据概况" style={{ marginBottom: 16 }}>
        <PageState loading={status.loading} error={status.error} onRetry={status.reload}>
          <Row gutter={[16, 16]}>
            {SHOWN_COUNTS.map((t) => (
              <Col key={t} xs={12} md={6} xl={3}>
                <Statistic title={TABLE_LABELS[t] ?? t} value={status.data?.counts[t] ?? 0} groupSeparator="," />
              </Col>
            ))}
          </Row>
        </PageState>
      </Card>
      <Card title="导入批次">
        <PageState loading={false} error={batches.error} onRetry={batches.reload}>
          <Table<ImportBatch>
            rowKey="id"
            size="middle"
            loading={batches.loading}
            dataSource={batches.data?.items ?? []}
            locale={{ emptyText: '尚未导入任何数据：在“上传数据”页上传文件，放入收件箱（SENTINEL_INBOX），或用 npx sentinel import --data <目录> 导入' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: batches.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            expandable={{ rowExpandable: (b) => b.rowsRejected > 0, expandedRowRender: (b) => <RejectedRows batchId={b.id} /> }}
            columns={[
              { title: '批次', dataIndex: 'id', width: 70 },
              { title: '数据表', dataIndex: 'table', width: 110, render: (t: string) => TABLE_LABELS[t] ?? t },
              { title: '文件', dataIndex: 'file', ellipsis: true },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: ImportBatch['status'], b) => {
                const tag = <Tag color={STATUS_LABELS[s].color}>{STATUS_LABELS[s].text}</Tag>;
                return b.error ? <Tooltip title={b.error}>{tag}</Tooltip> : tag;
              } },
              { title: '读取', dataIndex: 'rowsRead', width: 110, align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
              { title: '新增 / 更新', width: 130, align: 'right', render: (_: unknown, b) => `${b.rowsNew.toLocaleString('zh-CN')} / ${b.rowsUpdated.toLocaleString('zh-CN')}` },
              { title: '被拒', dataIndex: 'rowsRejected', width: 80, align: 'right', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0) },
              { title: '警告', dataIndex: 'warnings', width: 80, align: 'right', render: (n: number, b) => (n > 0 ? <Tooltip title={b.warningSamples.join('\n')}><Tag color="orange">{n}</Tag></Tooltip> : 0) },
              { title: '开始时间', dataIndex: 'startedAt', width: 180, render: fmtTime },
            ]}
          />
        </PageState>
      </Card>
    </>
  );
}
