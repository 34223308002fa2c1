// 发起宣传摸底: name, period (the plan's phase 1 runs to the end of April) and
// the 居民区 covered; the server lists the dwellings to visit.
import { DatePicker, Form, Input, Modal, Select, App } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSubmit } from '../../app/use-submit.ts';
import { createCampaign, type SurveyCampaign } from './service.ts';

interface Values { name: string; period: [Dayjs, Dayjs]; neighborhoods?: string[] }

export function NewCampaignModal({ open, neighborhoods, onClose, onCreated }: { open: boolean; neighborhoods: string[]; onClose: () => void; onCreated: (c: SurveyCampaign) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit({ inline: true });
  const finish = (v: Values) => submit.run(async () => {
    const c = await createCampaign({ name: v.name.trim(), startDay: v.period[0].format('YYYY-MM-DD'), endDay: v.period[1].format('YYYY-MM-DD'), neighborhoods: v.neighborhoods ?? [] });
    void message.success(`已发起“${c.name}”，走访名单 ${c.targets} 户`);
    form.resetFields();
    onCreated(c);
  });
  return (
    <Modal title="发起宣传摸底" open={open} onCancel={() => { submit.clearError(); onClose(); }} onOk={() => form.submit()} okText="发起" confirmLoading={submit.saving} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="name" label="专项名称" rules={[{ required: true, whitespace: true, message: '请填写专项名称' }]}>
          <Input maxLength={60} placeholder="如：2026年出租房屋宣传摸底" />
        </Form.Item>
        <Form.Item name="period" label="摸排期" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="neighborhoods" label="覆盖居民区" extra="不选表示全街道">
          <Select mode="multiple" allowClear options={neighborhoods.map((n) => ({ value: n, label: n }))} placeholder="全街道" />
        </Form.Item>
        {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
      </Form>
    </Modal>
  );
}
