// 新建用户 (系统管理员): role, the unit from the organisation directory
// (组织机构) and an initial password; the jurisdiction follows from the unit
// (a 居委会 its 居民区, a property company the compounds chosen among its own,
// every other unit the whole 街道) — nothing is typed, so an account cannot
// miss its cases by a misspelt unit name. By default the new user must
// change the password at the first sign-in. The server applies the same rules
// and its message is shown as is.
import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Role } from '@sentinel/domain';
import { describeJurisdiction } from '../../app/access.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { useRequest } from '../../app/use-request.ts';
import { MIN_PASSWORD_LENGTH } from '../account/service.ts';
import { fetchDirectoryPlaces, fetchUnits } from '../directory/service.ts';
import { communityChoices, jurisdictionOf, ROLE_OPTIONS, toCreateBody, unitsFor, type NewUserForm } from './new-user.ts';
import { createUser } from './service.ts';

export function CreateUserButton({ onDone }: { onDone: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>新建用户</Button>
      <Modal title="新建用户" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden width={560}>
        <CreateUserForm onCancel={() => setOpen(false)} onDone={() => { setOpen(false); onDone(); }} />
      </Modal>
    </>
  );
}

function CreateUserForm({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUserForm>();
  const { saving, error, run } = useSubmit({ inline: true });
  const units = useRequest((signal) => fetchUnits({}, signal), []);
  const places = useRequest((signal) => fetchDirectoryPlaces(signal), []);
  const role = Form.useWatch('role', form) as Role | undefined;
  const unitId = Form.useWatch('unitId', form) as string | undefined;
  const communities = Form.useWatch('communities', form) as string[] | undefined;
  const offered = unitsFor(role, units.data?.items ?? []);
  const unit = offered.find((u) => u.id === unitId);
  const communityOptions = communityChoices(unit, places.data?.items ?? []).map((c) => ({ value: c, label: c }));

  const submit = (values: NewUserForm): Promise<void> => run(async () => {
    if (!unit) throw new Error('请选择所属单位');
    const user = await createUser(toCreateBody(values, unit));
    void message.success(`已创建用户 ${user.displayName}（${user.username}）${user.mustChangePassword ? '，首次登录须修改密码' : ''}`);
    onDone();
  });

  return (
    <Form<NewUserForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ mustChangePassword: true }}
      onValuesChange={(changed) => {
        // Another role offers other units; another unit other compounds.
        if ('role' in changed) form.setFieldsValue({ unitId: undefined, communities: undefined });
        if ('unitId' in changed) form.setFieldsValue({ communities: undefined });
      }}
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
      <Form.Item
        name="unitId"
        label="所属单位"
        rules={[{ required: true, message: '请选择所属单位' }]}
        extra={role && !units.loading && offered.length === 0
          ? <span>组织机构中还没有这类单位，请先到 <Link to="/directory">组织机构</Link> 新增。</span>
          : '从组织机构中选择；辖区随单位确定'}
      >
        <Select
          aria-label="所属单位" showSearch optionFilterProp="label" disabled={!role} loading={units.loading}
          placeholder={role ? '选择单位' : '请先选择角色'}
          options={offered.map((u) => ({ value: u.id, label: `${u.name}（${u.neighborhood ?? '全街道'}）` }))}
        />
      </Form.Item>
      {role === 'property' && unit && (
        <Form.Item name="communities" label="服务的小区" extra="不选则为该物业的全部小区">
          <Select aria-label="服务的小区" mode="multiple" options={communityOptions} placeholder="该物业的全部小区" />
        </Form.Item>
      )}
      {role && unit && (
        <Typography.Paragraph type="secondary" data-testid="new-user-jurisdiction">
          辖区：{describeJurisdiction(jurisdictionOf(role, unit, communities))}
        </Typography.Paragraph>
      )}
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
