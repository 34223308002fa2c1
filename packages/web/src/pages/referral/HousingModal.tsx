// 新增 / 修改疏导房源: beds, rent, who may apply and how.
import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { REFERRAL_APPLICANT_LABELS, REFERRAL_APPLICANTS, REFERRAL_HOUSING_KIND_LABELS, REFERRAL_HOUSING_KINDS } from '@sentinel/domain';
import { useSubmit } from '../../app/use-submit.ts';
import { createHousing, updateHousing, type ReferralHousing, type ReferralHousingBody } from './service.ts';

export function HousingModal({ editing, open, onClose, onSaved }: { editing: ReferralHousing | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ReferralHousingBody>();
  const submit = useSubmit({ inline: true });
  const finish = (v: ReferralHousingBody) => submit.run(async () => {
    const body = { ...v, monthlyRentPerBed: v.monthlyRentPerBed ?? null };
    if (editing) await updateHousing(editing.id, body);
    else await createHousing(body);
    onSaved();
  });
  return (
    <Modal title={editing ? `修改：${editing.name}` : '新增疏导房源'} open={open} onCancel={() => { submit.clearError(); onClose(); }} onOk={() => form.submit()} okText="保存" confirmLoading={submit.saving} destroyOnHidden>
      <Form<ReferralHousingBody> form={form} layout="vertical" onFinish={finish} preserve={false}
        initialValues={editing ?? { kind: 'public_rental', applicant: 'employer', active: true, bedsTotal: 0, bedsAvailable: 0 }}>
        <Form.Item name="name" label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="kind" label="类型"><Select options={REFERRAL_HOUSING_KINDS.map((k) => ({ value: k, label: REFERRAL_HOUSING_KIND_LABELS[k] }))} /></Form.Item>
        <Form.Item name="address" label="地址" rules={[{ required: true, whitespace: true, message: '请填写地址' }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="bedsTotal" label="床位总数" rules={[{ required: true }]}><InputNumber min={0} max={100000} /></Form.Item>
        <Form.Item name="bedsAvailable" label="可用床位" rules={[{ required: true }]}><InputNumber min={0} max={100000} /></Form.Item>
        <Form.Item name="monthlyRentPerBed" label="每床月租金（元）"><InputNumber min={0} max={100000} /></Form.Item>
        <Form.Item name="eligibility" label="申请条件" rules={[{ required: true, whitespace: true, message: '请填写申请条件' }]}><Input.TextArea rows={2} maxLength={200} /></Form.Item>
        <Form.Item name="applicant" label="申请人"><Select options={REFERRAL_APPLICANTS.map((a) => ({ value: a, label: REFERRAL_APPLICANT_LABELS[a] }))} /></Form.Item>
        <Form.Item name="applicationRoute" label="申请途径" rules={[{ required: true, whitespace: true, message: '请填写申请途径' }]}><Input.TextArea rows={2} maxLength={200} /></Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
        {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
      </Form>
    </Modal>
  );
}
