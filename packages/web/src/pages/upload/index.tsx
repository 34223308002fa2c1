// 上传数据: staff drop a CSV/XLSX file of one table; it is uploaded (progress
// shown), imported as its own batch by the same import as the CLI and the
// inbox, and the rows it rejected are listed when it ends.
import { useState } from 'react';
import { Alert, Card, Descriptions, Progress, Select, Space, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { RejectedRows } from '../imports/RejectedRows.tsx';
import { STATUS_LABELS, TABLE_LABELS } from '../imports/labels.ts';
import { uploadDataFile, type UploadResult } from './service.ts';

const TABLES = ['readings', 'access_events', 'complaints', 'inspections', 'houses', 'meters'] as const;

type Phase = { kind: 'idle' } | { kind: 'uploading'; percent: number; name: string } | { kind: 'importing'; name: string } | { kind: 'done'; result: UploadResult } | { kind: 'error'; message: string };

export default function UploadPage() {
  const [table, setTable] = useState<string>('readings');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'uploading' || phase.kind === 'importing';

  const send = async (file: File) => {
    setPhase({ kind: 'uploading', percent: 0, name: file.name });
    try {
      const result = await uploadDataFile(table, file, (percent) => setPhase(percent < 100 ? { kind: 'uploading', percent, name: file.name } : { kind: 'importing', name: file.name }));
      setPhase({ kind: 'done', result });
    } catch (err) {
      setPhase({ kind: 'error', message: (err as Error).message });
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card title="上传数据文件">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>数据表：</Typography.Text>
            <Select style={{ width: 200 }} value={table} onChange={setTable} disabled={busy} aria-label="数据表"
              options={TABLES.map((t) => ({ value: t, label: TABLE_LABELS[t] ?? t }))} />
          </Space>
          <Upload.Dragger
            accept=".csv,.xlsx" multiple={false} showUploadList={false} disabled={busy}
            beforeUpload={(file) => { void send(file); return false; }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">把 CSV 或 XLSX 文件拖到这里，或点击选择文件</p>
            <p className="ant-upload-hint">每个文件作为一个导入批次，与命令行导入和收件箱使用同一套校验；同一文件重复上传不会重复导入。</p>
          </Upload.Dragger>
        </Space>
      </Card>
      {phase.kind === 'uploading' && <Card><Typography.Text>正在上传 {phase.name}</Typography.Text><Progress percent={phase.percent} /></Card>}
      {phase.kind === 'importing' && <Card><Typography.Text>已上传 {phase.name}，正在导入…</Typography.Text><Progress percent={100} status="active" showInfo={false} /></Card>}
      {phase.kind === 'error' && <Alert type="error" showIcon message="上传失败" description={phase.message} />}
      {phase.kind === 'done' && (
        <Card title={`导入结果：${phase.result.file}`} data-testid="upload-result">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="批次">{phase.result.batchId}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={STATUS_LABELS[phase.result.status as keyof typeof STATUS_LABELS]?.color}>{STATUS_LABELS[phase.result.status as keyof typeof STATUS_LABELS]?.text ?? phase.result.status}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="读取">{phase.result.rowsRead.toLocaleString('zh-CN')} 行</Descriptions.Item>
            <Descriptions.Item label="新增 / 更新">{phase.result.rowsNew.toLocaleString('zh-CN')} / {phase.result.rowsUpdated.toLocaleString('zh-CN')}</Descriptions.Item>
            <Descriptions.Item label="被拒">{phase.result.rowsRejected.toLocaleString('zh-CN')} 行</Descriptions.Item>
            <Descriptions.Item label="后续">{phase.result.detectionJob ? `已排入数字吹哨检测（任务 ${phase.result.detectionJob}）` : '无新数据，不重新检测'}</Descriptions.Item>
          </Descriptions>
          {phase.result.error && <Alert type="error" showIcon message="文件未能导入" description={phase.result.error} style={{ marginTop: 12 }} />}
          {phase.result.rowsRejected > 0 && (<><Typography.Title level={5} style={{ marginTop: 16 }}>被拒的行</Typography.Title><RejectedRows batchId={phase.result.batchId} /></>)}
        </Card>
      )}
    </Space>
  );
}
