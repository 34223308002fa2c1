// 新建用户 (系统管理员): role, unit, the jurisdiction the role needs and an
// initial password. By default the new user must change it at the first
// sign-in, so the administrator does not keep knowing it. The 居民区 / 小区
// choices come from the imported register; a name not yet imported can be
// typed. The server applies the same rules and its message is shown as is.
import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Checkbox, Form, Input, Modal, Select } from 'antd';
import type { Role } from '@sentinel/domain';
import { useSubmit } from '../../app/use-submit.ts';
import { fetchPlaces } from '../../app/places.ts';
import { useRequest } from '../../app/use-request.ts';
import { MIN_PASSWORD_LENGTH } from '../account/service.ts';
import { jurisdictionFieldsOf, ROLE_OPTIONS, suggestedUnitName, toCreateBody, type NewUserForm } from './new-user.ts';
import { createUser } from './service.ts';

/** The fields the suggested unit name depends on. */
const UNIT_INPUTS: ReadonlyArray<keyof NewUserForm> = ['role', 'subdistrict', 'neighborhood', 'communities'];

export function CreateUserButton({ subdistrict, onDone }: { subdistrict: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>新建用户</Button>
      <Modal title="新建用户" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden width={560}>
        <CreateUserForm subdistrict={subdistrict} onCancel={() => setOpen(false)} onDone={() => { setOpen(false); onDone(); }} />
      </Modal>
    </>
  );
}

function CreateUserForm({ subdistrict, onCancel, onDone }: { subdistrict: string; onCancel: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUserForm>();
  const { saving, error, run } = useSubmit({ inline: true });
  // Only for the choices: without them (nothing imported yet) the names are typed.
  const places = useRequest((signal) => fetchPlaces(signal), []);
  const role = Form.useWatch('role', form) as Role | undefined;
  const neighborhood = Form.useWatch('neighborhood', form) as string | undefined;
  const fields = jurisdictionFieldsOf(role);
  const neighborhoodOptions = (places.data ?? []).map((p) => ({ value: p.neighborhood }));
  const communityOptions = (places.data ?? [])
    .filter((p) => !neighborhood || p.neighborhood === neighborhood)
    .flatMap((p) => p.communities.map((c) => ({ value: c, label: c })));

  function followSuggestion(changed: Partial<NewUserForm>, all: NewUserForm): void {
    // The unit name follows the role and place until the administrator types one.
    if (form.isFieldTouched('unitName') || !UNIT_INPUTS.some((k) => k in changed)) return;
    form.setFieldsValue({ unitName: suggestedUnitName(all.role, all.subdistrict ?? '', all.neighborhood, all.communities) });
  }

  const submit = (values: NewUserForm): Promise<void> => run(async () => {
    const user = await createUser(toCreateBody(values));
    void message.success(`已创建用户 ${user.displayName}（${user.username}）${user.mustChangePassword ? '，首次登录须修改密码' : ''}`);
    onDone();
  });

  return (
    <Form<NewUserForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ subdistrict, mustChangePassword: true }}
      onValuesChange={followSuggestion}
      onFinish={(v) => void submit(v)}
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
      <Form.Item
        name="username"
        label="用户名"
        extra="登录用，3-40 位小写字母、数字或 _ . -"
        rules={[{ required: true, message: '请输入用户名' }, { pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: '用户名须为 3-40 位小写字母、数字或 _ . -' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
        <Select aria-label="角色" options={ROLE_OPTIONS} placeholder="单位类型" />
      </Form.Item>
      <Form.Item name="subdistrict" label="辖区街道" rules={[{ required: true, whitespace: true, message: '请输入辖区街道' }]}>
        <Input />
      </Form.Item>
      {fields.neighborhood !== 'hidden' && (
        <Form.Item
          name="neighborhood"
          label={fields.neighborhood === 'required' ? '居民区' : '居民区（可选，用于筛选小区）'}
          rules={fields.neighborhood === 'required' ? [{ required: true, whitespace: true, message: '居委会和网格员须指定居民区' }] : []}
        >
          <AutoComplete aria-label="居民区" options={neighborhoodOptions} filterOption placeholder="选择或输入居民区" allowClear />
        </Form.Item>
      )}
      {fields.communities === 'required' && (
        <Form.Item name="communities" label="服务的小区" rules={[{ required: true, type: 'array', min: 1, message: '物业须指定所服务的小区' }]}>
          <Select aria-label="服务的小区" mode="tags" options={communityOptions} placeholder="选择或输入小区，可多个" tokenSeparators={[',', '，', '、']} />
        </Form.Item>
      )}
      <Form.Item
        name="unitName"
        label="所属单位"
        extra={role === 'committee' || role === 'grid_worker' ? '默认派单给「居民区名 + 居委会」，单位名称须与之一致' : undefined}
        rules={[{ required: true, whitespace: true, message: '请输入所属单位' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="password"
        label="初始密码"
        rules={[{ required: true, message: '请输入初始密码' }, { min: MIN_PASSWORD_LENGTH, message: `密码至少 ${MIN_PASSWORD_LENGTH} 位` }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="mustChangePassword" valuePropName="checked">
        <Checkbox>须首次登录修改</Checkbox>
      </Form.Item>
      <Form.Item style={{ marginBottom: 0, textAlign: 'right' }}>
        <Button onClick={onCancel} style={{ marginRight: 8 }}>取消</Button>
        <Button type="primary" htmlType="submit" loading={saving}>创建</Button>
      </Form.Item>
    </Form>
  );
}
