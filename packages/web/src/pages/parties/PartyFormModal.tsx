// 登记房东、二房东、租赁企业或经纪机构 on one dwelling. The same phone (or
// credit code) registered from another dwelling is the same party: the
// server links this dwelling to it and says so.
import { Form, Input, Modal, Select, App } from 'antd';
import { LINK_ROLES_OF_KIND, PARTY_LINK_ROLE_LABELS, RENTAL_PARTY_KIND_LABELS, RENTAL_PARTY_KINDS, type PartyLinkRole, type RentalPartyKind } from '@sentinel/domain';
import { useSubmit } from '../../app/use-submit.ts';
import { createParty } from './service.ts';

interface Values { kind: RentalPartyKind; role: PartyLinkRole; name: string; phone?: string; idLast4?: string; creditCode?: string; note?: string }

export function PartyFormModal({ houseId, open, onClose, onSaved }: { houseId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'person';
  const submit = useSubmit({ inline: true });
  const finish = (v: Values) => submit.run(async () => {
    const p = await createParty({
      kind: v.kind, role: v.role, name: v.name.trim(), houseId, phone: v.phone?.trim() || null, note: v.note?.trim() || null,
      idLast4: v.kind === 'person' ? v.idLast4?.trim() || null : null, creditCode: v.kind === 'person' ? null : v.creditCode?.trim() || null,
    });
    void message.success(p.existing ? `该当事人已登记（${p.dwellings} 处房屋），已关联本房屋` : '已登记');
    form.resetFields();
    onSaved();
  });
  return (
    <Modal title="登记房东、二房东、租赁企业或经纪机构" open={open} onCancel={() => { submit.clearError(); onClose(); }} onOk={() => form.submit()} okText="登记" confirmLoading={submit.saving} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={finish} initialValues={{ kind: 'person', role: 'sublessor' }}>
        <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
          <Select options={RENTAL_PARTY_KINDS.map((k) => ({ value: k, label: RENTAL_PARTY_KIND_LABELS[k] }))}
            onChange={(k: RentalPartyKind) => form.setFieldValue('role', LINK_ROLES_OF_KIND[k].at(-1))} />
        </Form.Item>
        <Form.Item name="role" label="在本房屋的身份" rules={[{ required: true, message: '请选择身份' }]}>
          <Select options={LINK_ROLES_OF_KIND[kind].map((r) => ({ value: r, label: PARTY_LINK_ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="name" label={kind === 'person' ? '姓名' : '单位名称'} rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="phone" label="联系电话" extra="同一电话视为同一当事人（跨房屋归并）">
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        {kind === 'person'
          ? <Form.Item name="idLast4" label="证件号末 4 位" extra="只登记末 4 位"><Input maxLength={4} /></Form.Item>
          : <Form.Item name="creditCode" label="统一社会信用代码"><Input maxLength={18} /></Form.Item>}
        <Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item>
        {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
      </Form>
    </Modal>
  );
}
