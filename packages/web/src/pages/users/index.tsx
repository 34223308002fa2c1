// 用户管理 (系统管理员): every account with its role, unit, jurisdiction and
// status. Accounts are never deleted — a deactivated one (停用) keeps its
// name on cases and audit rows — and the administrator cannot deactivate or
// reset their own account here (their own password: 修改密码 in the user menu).
// 新建用户 opens the form in CreateUserButton.tsx.
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { ROLE_LABELS, type Role } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { useSession } from '../../app/session.tsx';
import { describeJurisdiction } from '../../app/access.ts';
import { handleRequestError } from '../../app/error-handler.ts';
import { PageState } from '../../components/PageState.tsx';
import { CreateUserButton } from './CreateUserButton.tsx';
import { ResetPasswordButton } from './ResetPasswordButton.tsx';
import { deactivateUser, fetchUsers, reactivateUser, type AdminUser } from './service.ts';
import { formatDateTime } from '../../app/format.ts';

const fmtTime = formatDateTime;

export default function UsersPage() {
  const { message } = App.useApp();
  const { session } = useSession();
  const users = useRequest((signal) => fetchUsers(signal), []);
  const selfId = session?.user.id;

  async function act(run: () => Promise<AdminUser>, done: string): Promise<void> {
    try {
      await run();
      void message.success(done);
      users.reload();
    } catch (err) {
      handleRequestError(err);
    }
  }

  return (
    <Card title="用户管理" extra={<CreateUserButton onDone={users.reload} />}>
      <PageState loading={false} error={users.error} onRetry={users.reload}>
        <Table<AdminUser>
          rowKey="id"
          size="middle"
          loading={users.loading}
          dataSource={users.data?.items ?? []}
          pagination={false}
          columns={[
            { title: '用户名', dataIndex: 'username', width: 140 },
            { title: '姓名', dataIndex: 'displayName', width: 140 },
            { title: '角色', dataIndex: 'role', width: 130, render: (r: Role) => ROLE_LABELS[r] },
            { title: '所属单位', dataIndex: 'unitName', ellipsis: true },
            { title: '辖区', width: 200, ellipsis: true, render: (_: unknown, u) => describeJurisdiction(u.jurisdiction) },
            {
              title: '状态', width: 150, render: (_: unknown, u) => (
                <Space size={4} wrap>
                  {u.active
                    ? <Tag color="green">启用</Tag>
                    : <Tooltip title={u.deactivatedAt ? `停用于 ${fmtTime(u.deactivatedAt)}` : undefined}><Tag color="default">停用</Tag></Tooltip>}
                  {u.mustChangePassword && <Tag color="orange">待改密</Tag>}
                  {u.demo && <Tag>演示</Tag>}
                </Space>
              ),
            },
            {
              title: '操作', width: 190, render: (_: unknown, u) => {
                const self = u.id === selfId;
                return (
                  <Space size="small">
                    <ResetPasswordButton user={u} disabled={self} onDone={users.reload} />
                    {u.active ? (
                      <Popconfirm
                        title={`停用 ${u.displayName}？`}
                        description="停用后立即退出登录且不能再登录；历史记录保留，可随时启用。"
                        okText="停用"
                        okButtonProps={{ danger: true }}
                        cancelText="取消"
                        disabled={self}
                        onConfirm={() => act(() => deactivateUser(u.id), `已停用 ${u.displayName}`)}
                      >
                        <Button size="small" danger disabled={self} title={self ? '不能停用自己的账号' : undefined}>停用</Button>
                      </Popconfirm>
                    ) : (
                      <Button size="small" onClick={() => void act(() => reactivateUser(u.id), `已启用 ${u.displayName}`)}>启用</Button>
                    )}
                  </Space>
                );
              },
            },
          ]}
        />
      </PageState>
    </Card>
  );
}
