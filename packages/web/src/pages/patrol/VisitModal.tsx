// 登记核查: what the visit found; the server feeds it back into the grade and
// says what changed (shown to the grid worker).
import { Form, Input, InputNumber, Modal, Radio, App } from 'antd';
import { PATROL_FINDING_LABELS, PATROL_FINDINGS, type PatrolFinding } from '@sentinel/domain';
import { useSubmit } from '../../app/use-submit.ts';
import { recordVisit, type PatrolPlanItem } from './service.ts';

interface Values { finding: PatrolFinding; occupants?: number | null; note?: string }

export function VisitModal({ item, onClose, onSaved }: { item: PatrolPlanItem | null; onClose: () => void; onSaved: () => void }) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit({ inline: true });
  const finish = (v: Values) => submit.run(async () => {
    if (!item) return;
    const r = await recordVisit({ houseId: item.houseId, finding: v.finding, occupants: v.occupants ?? null, note: v.note?.trim() || null });
    form.resetFields();
    onSaved();
    modal.info({ title: `已登记，当前等级：${r.gradeLabel}`, content: <span data-testid="grade-explanation">{r.explanation}</span> });
  });
  return (
    <Modal title={item ? `上门核查 · ${item.address}` : ''} open={item !== null} onCancel={() => { submit.clearError(); onClose(); }} onOk={() => form.submit()} okText="保存核查记录" confirmLoading={submit.saving} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={finish} initialValues={{ finding: 'normal' }}>
        <Form.Item name="finding" label="核查结果" rules={[{ required: true }]}>
          <Radio.Group options={PATROL_FINDINGS.map((f) => ({ value: f, label: PATROL_FINDING_LABELS[f] }))} />
        </Form.Item>
        <Form.Item name="occupants" label="居住人数"><InputNumber min={0} max={200} style={{ width: '100%' }} inputMode="numeric" /></Form.Item>
        <Form.Item name="note" label="情况说明" extra="发现疑似、群租或未能入户时必填"><Input.TextArea rows={3} maxLength={200} /></Form.Item>
        {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
      </Form>
    </Modal>
  );
}
