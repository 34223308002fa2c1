// 运行监控 (admin): the background jobs (inbox import, detection, 一网统管
// notifications) with their state and errors, buttons to run the inbox or
// detection now, and the 一网统管 outbox with a retry for parked events; in
// demo mode, the demo clock (DemoClockCard).
import { useState } from 'react';
import { Button, Card, Popconfirm, Segmented, Space, Statistic, Table, Tag, Tooltip, Typography, message } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { formatDateTime } from '../../app/format.ts';
import { DemoClockCard } from './DemoClockCard.tsx';
import { fetchJobs, fetchOutbox, retryJob, retryOutbox, startJob, type JobItem, type OutboxItem } from './service.ts';

const PAGE_SIZE = 20;
const JOB_STATUS: Record<JobItem['status'], { text: string; color: string }> = {
  queued: { text: '排队', color: 'default' }, running: { text: '运行中', color: 'processing' }, succeeded: { text: '成功', color: 'green' }, failed: { text: '失败', color: 'red' },
};
const OUTBOX_STATE: Record<OutboxItem['state'], { text: string; color: string }> = {
  pending: { text: '待发送', color: 'processing' }, parked: { text: '已搁置', color: 'red' }, delivered: { text: '已送达', color: 'green' },
};
const EVENT_LABELS: Record<string, string> = { 'alert.red': '新红色预警', 'case.opened': '立案', 'case.transitioned': '案件流转', 'case.report_attached': '线索并案' };
const time = (v: string | null) => (v ? formatDateTime(v) : '—');

function summary(j: JobItem): string {
  const r = j.result ?? {};
  if (j.kind === 'feeds.scan') return r.skipped ? String(r.skipped) : `文件 ${Array.isArray(r.files) ? r.files.length : 0} 个，新增/更新 ${String(r.changedRows ?? 0)} 行`;
  if (j.kind === 'detection.run') return r.subdistricts ? `分派 ${String(r.subdistricts)} 个街道（数据截至 ${String(r.asOfDay)}）` : '';
  if (j.kind === 'detection.subdistrict') return r.runId ? `${String(r.subdistrict)}：红 ${String(r.red)} 黄 ${String(r.yellow)}（数据截至 ${String(r.asOfDay)}）` : '';
  if (j.kind === 'alerts.notify') return r.runId ? `推送 ${String(r.events ?? 0)} 条` : '';
  return '';
}

export default function OperationsPage() {
  const [jobPage, setJobPage] = useState(1);
  const [outPage, setOutPage] = useState(1);
  const [state, setState] = useState<string>('all');
  const jobs = useRequest((signal) => fetchJobs(jobPage, PAGE_SIZE, signal), [jobPage]);
  const outbox = useRequest((signal) => fetchOutbox(outPage, PAGE_SIZE, state === 'all' ? null : state, signal), [outPage, state]);

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      void message.success(done);
      jobs.reload();
      outbox.reload();
    } catch (err) {
      void message.error((err as Error).message);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <DemoClockCard />
      <Card title="后台任务" extra={<Space wrap>
        <Button onClick={() => void act(() => startJob('feeds.scan'), '已排入收件箱导入')}>立即检查收件箱</Button>
        <Button onClick={() => void act(() => startJob('detection.run'), '已排入数字吹哨检测')}>立即运行检测</Button>
        <Button onClick={jobs.reload}>刷新</Button>
      </Space>}>
        <PageState loading={false} error={jobs.error} onRetry={jobs.reload}>
          <Table<JobItem>
            rowKey="id" size="middle" loading={jobs.loading} dataSource={jobs.data?.items ?? []} scroll={{ x: 900 }}
            locale={{ emptyText: '暂无后台任务' }}
            pagination={{ current: jobPage, pageSize: PAGE_SIZE, total: jobs.data?.total ?? 0, onChange: setJobPage, showSizeChanger: false }}
            columns={[
              { title: '任务', dataIndex: 'id', width: 70 },
              { title: '类型', dataIndex: 'label', width: 200 },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: JobItem['status']) => <Tag color={JOB_STATUS[s].color}>{JOB_STATUS[s].text}</Tag> },
              { title: '尝试', width: 70, render: (_: unknown, j) => `${j.attempts}/${j.maxAttempts}` },
              { title: '结果', render: (_: unknown, j) => (j.lastError ? <Typography.Text type="danger">{j.lastError}</Typography.Text> : summary(j)) },
              { title: '计划时间', dataIndex: 'runAt', width: 170, render: time },
              { title: '完成时间', dataIndex: 'finishedAt', width: 170, render: time },
              { title: '', width: 80, render: (_: unknown, j) => (j.status === 'failed' ? <Button size="small" onClick={() => void act(() => retryJob(j.id), '已重新排队')}>重试</Button> : null) },
            ]}
          />
        </PageState>
      </Card>
      <Card title="一网统管推送" extra={<Segmented value={state} onChange={(v) => { setState(String(v)); setOutPage(1); }}
        options={[{ label: '全部', value: 'all' }, { label: '待发送', value: 'pending' }, { label: '已搁置', value: 'parked' }, { label: '已送达', value: 'delivered' }]} />}>
        <PageState loading={false} error={outbox.error} onRetry={outbox.reload}>
          <Space size={32} style={{ marginBottom: 16 }} wrap>
            <Statistic title="待发送" value={outbox.data?.counts.pending ?? 0} />
            <Statistic title="已搁置（需人工重试）" value={outbox.data?.counts.parked ?? 0} valueStyle={{ color: (outbox.data?.counts.parked ?? 0) > 0 ? '#cf1322' : undefined }} />
            <Statistic title="已送达" value={outbox.data?.counts.delivered ?? 0} />
          </Space>
          <Table<OutboxItem>
            rowKey="id" size="middle" loading={outbox.loading} dataSource={outbox.data?.items ?? []} scroll={{ x: 900 }}
            locale={{ emptyText: '暂无推送事件' }}
            pagination={{ current: outPage, pageSize: PAGE_SIZE, total: outbox.data?.total ?? 0, onChange: setOutPage, showSizeChanger: false }}
            columns={[
              { title: '事件', dataIndex: 'eventType', width: 120, render: (t: string) => EVENT_LABELS[t] ?? t },
              { title: '内容', render: (_: unknown, e) => String(e.payload.address ?? e.payload.caseNumber ?? e.payload.houseId ?? e.eventId) },
              { title: '状态', dataIndex: 'state', width: 90, render: (s: OutboxItem['state']) => <Tag color={OUTBOX_STATE[s].color}>{OUTBOX_STATE[s].text}</Tag> },
              { title: '尝试', dataIndex: 'attempts', width: 70 },
              { title: '最近错误', dataIndex: 'lastError', width: 200, ellipsis: true, render: (v: string | null) => (v ? <Tooltip title={v}>{v}</Tooltip> : '—') },
              { title: '产生时间', dataIndex: 'createdAt', width: 170, render: time },
              { title: '送达时间', dataIndex: 'deliveredAt', width: 170, render: time },
              { title: '', width: 80, render: (_: unknown, e) => (e.state === 'parked' ? (
                <Popconfirm title="重新推送这条事件？" okText="重新推送" cancelText="取消" onConfirm={() => void act(() => retryOutbox(e.id), '已重新排入推送')}>
                  <Button size="small">重试</Button>
                </Popconfirm>) : null) },
            ]}
          />
        </PageState>
      </Card>
    </Space>
  );
}
