// 重置密码: the administrator sets a new password, which unlocks the account
// and signs the user out everywhere; by default the user must change it at
// the next sign-in, so the administrator does not keep knowing it.
import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useSubmit } from '../../app/use-submit.ts';
import { MIN_PASSWORD_LENGTH } from '../account/service.ts';
import { resetPassword, type AdminUser } from './service.ts';

interface ResetForm {
  newPassword: string;
  mustChangePassword: boolean;
}

export function ResetPasswordButton({ user, disabled, onDone }: { user: AdminUser; disabled: boolean; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetForm>();
  const [open, setOpen] = useState(false);
  const { saving, run } = useSubmit();

  const submit = (values: ResetForm): Promise<void> => run(async () => {
    await resetPassword(user.id, values.newPassword, values.mustChangePassword);
    setOpen(false);
    form.resetFields();
    void message.success(`已重置 ${user.displayName} 的密码，其登录已全部退出`);
    onDone();
  });

  return (
    <>
      <Button size="small" disabled={disabled} onClick={() => setOpen(true)}>重置密码</Button>
      <Modal
        title={`重置密码：${user.displayName}（${user.username}）`}
        open={open}
        onCancel={() => { form.resetFields(); setOpen(false); }}
        onOk={() => form.submit()}
        okText="重置"
        cancelText="取消"
        confirmLoading={saving}
      >
        <Form<ResetForm> form={form} layout="vertical" requiredMark={false} initialValues={{ mustChangePassword: true }} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="newPassword"
            label="新密码"
            extra="重置后该用户所有登录立即退出，账号锁定一并解除"
            rules={[{ required: true, message: '请输入新密码' }, { min: MIN_PASSWORD_LENGTH, message: `密码至少 ${MIN_PASSWORD_LENGTH} 位` }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="mustChangePassword" valuePropName="checked">
            <Checkbox>下次登录须修改密码</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
