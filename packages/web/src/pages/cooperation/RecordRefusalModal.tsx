// 记录拒不配合: on a case, the dispatcher names the unit (the case's
// committee or its compound's property company, as the server lists them),
// the day and what was refused. The record costs the unit points at the
// annual assessment, so the form says so before it is saved.
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { serverToday } from '../../app/server-clock.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { useRequest } from '../../app/use-request.ts';
import { fetchCooperationUnits, recordRefusal, UNIT_ROLE_LABELS, type CooperationRefusal } from './service.ts';

interface FormValues {
  unit?: string;
  day?: Dayjs;
  note?: string;
}

const MAX_NOTE = 200;

/** The Select's value for a unit: role and name, since a name alone could repeat across roles. */
const unitValue = (u: { role: string; name: string }) => `${u.role}|${u.name}`;

export function RecordRefusalModal({ caseId, open, onClose, onDone }: {
  caseId: string;
  open: boolean;
  onClose: () => void;
  onDone: (r: CooperationRefusal) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { saving, error, run } = useSubmit({ inline: true });
  const units = useRequest((signal) => (open ? fetchCooperationUnits(caseId, signal) : Promise.resolve(undefined)), [caseId, open]);

  async function submit(v: FormValues): Promise<void> {
    const unit = units.data?.units.find((u) => unitValue(u) === v.unit);
    if (!unit || !v.day || !v.note) return;
    const { day, note } = v;
    await run(async () => {
      const r = await recordRefusal({ caseId, unitRole: unit.role, unitName: unit.name, day: day.format('YYYY-MM-DD'), note: note.trim() });
      form.resetFields();
      onDone(r);
    });
  }

  return (
    <Modal
      title="记录拒不配合"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存记录"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="保存后该单位在年度考核中按“整治工作不配合”扣分，本案件即为扣分依据；记错可撤销（需填写理由）。" />
      {units.error && <Alert type="error" style={{ marginBottom: 16 }} message={`${units.error.title}：${units.error.detail}`} />}
      {error && <Alert type="error" style={{ marginBottom: 16 }} message={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ day: serverToday() }}>
        <Form.Item name="unit" label="拒不配合的单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select
            aria-label="拒不配合的单位"
            loading={units.loading}
            placeholder="本案件所在居民区的居委会或所在小区的物业"
            options={(units.data?.units ?? []).map((u) => ({ value: unitValue(u), label: `${u.name}（${UNIT_ROLE_LABELS[u.role]}）` }))}
          />
        </Form.Item>
        <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker aria-label="拒不配合日期" allowClear={false} disabledDate={(d) => d.isAfter(serverToday(), 'day')} />
        </Form.Item>
        <Form.Item
          name="note"
          label="拒不配合的内容"
          rules={[{ required: true, whitespace: true, message: '请写明拒不配合的内容' }, { max: MAX_NOTE, message: `最多 ${MAX_NOTE} 字` }]}
        >
          <Input.TextArea aria-label="拒不配合的内容" rows={3} maxLength={MAX_NOTE} showCount placeholder="如：拒绝提供出租房屋钥匙，联合检查无法入户" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
