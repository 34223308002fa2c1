// 修改密码: current password, new password twice. Opened from the user menu,
// or forced (no way to close it) when an administrator reset the password.
// On success the server has signed out every other session of the user.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useSubmit } from '../../app/use-submit.ts';
import { changeOwnPassword, MIN_PASSWORD_LENGTH } from './service.ts';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, forced, onClose, onChanged }: {
  open: boolean;
  /** The administrator reset the password: it must be changed before anything else. */
  forced: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const { saving, error, run, clearError } = useSubmit({ inline: true, detailOnly: true });

  const submit = (values: PasswordForm): Promise<void> => run(async () => {
    const { revokedSessions } = await changeOwnPassword(values.currentPassword, values.newPassword);
    form.resetFields();
    void message.success(revokedSessions > 0 ? `密码已修改，其他 ${revokedSessions} 处登录已退出` : '密码已修改');
    onChanged();
  });

  return (
    <Modal
      title={forced ? '管理员已重置您的密码，请先设置新密码' : '修改密码'}
      open={open}
      onCancel={forced ? undefined : () => { form.resetFields(); clearError(); onClose(); }}
      closable={!forced}
      maskClosable={false}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: 'none' } } : undefined}
      onOk={() => form.submit()}
      okText="确认修改"
      cancelText="取消"
      confirmLoading={saving}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<PasswordForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra={`至少 ${MIN_PASSWORD_LENGTH} 位；修改后其他设备上的登录将全部退出`}
          rules={[
            { required: true, message: '请输入新密码' },
            { min: MIN_PASSWORD_LENGTH, message: `新密码至少 ${MIN_PASSWORD_LENGTH} 位` },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) => (v && v === getFieldValue('currentPassword') ? Promise.reject(new Error('新密码不能与当前密码相同')) : Promise.resolve()),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
