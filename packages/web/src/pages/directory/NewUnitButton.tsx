// 新增单位 (系统管理员): name, type (the role its staff act in, in Chinese),
// the 居民区 a committee or grid covers, the 小区 a property company serves,
// and the duty telephone. The server checks the same rules.
import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Form, Input, Modal, Select } from 'antd';
import { ROLE_LABELS, type Role } from '@sentinel/domain';
import type { NewOrgUnitBody } from '@sentinel/contract';
import { useSubmit } from '../../app/use-submit.ts';
import { createUnit, type DirectoryPlace } from './service.ts';

interface Values { name: string; role: UnitRole; neighborhood?: string; communities?: string[]; phone?: string }

type UnitRole = NewOrgUnitBody['role'];

const UNIT_ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).filter((r): r is UnitRole => r !== 'admin').map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function NewUnitButton({ places, onDone }: { places: readonly DirectoryPlace[]; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { saving, error, run, clearError } = useSubmit({ inline: true, detailOnly: true });
  const role = Form.useWatch('role', form);
  const neighborhood = Form.useWatch('neighborhood', form);
  const needsNeighborhood = role === 'committee' || role === 'grid_worker';
  const communities = places.filter((p) => !neighborhood || p.neighborhood === neighborhood).flatMap((p) => p.communities);

  const close = () => { setOpen(false); clearError(); form.resetFields(); };
  const submit = (v: Values) => run(async () => {
    const unit = await createUnit({
      name: v.name.trim(), role: v.role, neighborhood: v.neighborhood?.trim() || null,
      communities: role === 'property' ? v.communities ?? [] : null, phone: v.phone?.trim() || null,
    });
    void message.success(`已新增单位：${unit.name}`);
    close();
    onDone();
  });

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>新增单位</Button>
      <Modal title="新增单位" open={open} onCancel={close} onOk={() => form.submit()} okText="保存" confirmLoading={saving} destroyOnHidden>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="role" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
            <Select aria-label="单位类型" options={UNIT_ROLE_OPTIONS} placeholder="如：居委会、物业、派出所" />
          </Form.Item>
          <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, min: 2, message: '请输入单位名称' }]}>
            <Input placeholder="如：汾西居民区居委会" />
          </Form.Item>
          {role !== undefined && (needsNeighborhood || role === 'property') && (
            <Form.Item name="neighborhood" label="所辖居民区" rules={needsNeighborhood ? [{ required: true, message: '居委会、网格须选择居民区' }] : []}>
              <AutoComplete aria-label="所辖居民区" options={places.map((p) => ({ value: p.neighborhood }))} filterOption allowClear />
            </Form.Item>
          )}
          {role === 'property' && (
            <Form.Item name="communities" label="所管小区" rules={[{ required: true, type: 'array', min: 1, message: '物业须选择所管小区' }]}>
              <Select aria-label="所管小区" mode="multiple" options={communities.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          )}
          <Form.Item name="phone" label="值班电话" rules={[{ pattern: /^[0-9+\- ]*$/, message: '只能包含数字、空格、+ 和 -' }]}>
            <Input />
          </Form.Item>
          {error && <Alert type="error" showIcon role="alert" message={error} />}
        </Form>
      </Modal>
    </>
  );
}
