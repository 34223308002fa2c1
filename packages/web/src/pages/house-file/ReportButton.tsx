// 登记线索: a patrol, resident, property or 12345 report about this dwelling.
// The server opens a case, or attaches the report to the open one.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Form, Input, Modal, Select } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from '@sentinel/domain';
import { post } from '../../app/request.ts';
import { handleRequestError } from '../../app/error-handler.ts';

const CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  '12345': '12345 热线', patrol: '巡查发现', resident: '居民反映', property: '物业报告', police: '派出所', other: '其他',
};

interface ReportResult { status: 'opened' | 'attached' | 'queued' | 'duplicate'; caseId: string | null }

export function ReportButton({ houseId }: { houseId: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { channel: ComplaintChannel; content: string }) => {
    setBusy(true);
    try {
      const r = await post<ReportResult>('/api/intake/reports', { channel: v.channel, houseId, category: '群租', content: v.content });
      setOpen(false);
      if (r.caseId) navigate(`/cases/${encodeURIComponent(r.caseId)}`);
    } catch (err) {
      handleRequestError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<FlagOutlined />} onClick={() => setOpen(true)}>登记群租线索</Button>
      <Modal title="登记群租线索" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form layout="vertical" onFinish={submit} initialValues={{ channel: 'patrol' }}>
          <Form.Item name="channel" label="来源渠道" rules={[{ required: true }]}>
            <Select options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
          </Form.Item>
          <Form.Item name="content" label="线索内容" rules={[{ required: true, message: '请填写线索内容' }]}>
            <Input.TextArea rows={3} placeholder="例如：夜间进出人员多，疑似隔断出租" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>提交并立案</Button>
        </Form>
      </Modal>
    </>
  );
}
