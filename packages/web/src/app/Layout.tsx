// The frame around every signed-in page: side menu built from the routes
// table (only entries the user's access allows), header with the user's unit
// and jurisdiction, the user menu (修改密码) and sign-out. A password reset by
// an administrator opens the change dialog, which cannot be dismissed.
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Dropdown, Grid, Layout as AntLayout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@sentinel/domain';
import { APP_ROUTES } from './routes.tsx';
import { describeJurisdiction } from './access.ts';
import { useSession } from './session.tsx';
import { handleRequestError } from './error-handler.ts';
import { ChangePasswordModal } from '../pages/account/ChangePasswordModal.tsx';

const { Header, Sider, Content } = AntLayout;

/** The menu key of a location: the longest menu path that prefixes it (/houses/H1 → /houses). */
function selectedKey(pathname: string): string {
  const candidates = APP_ROUTES.filter((r) => r.menu && (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`)));
  return candidates.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '';
}

export function Layout() {
  const { session, access, logout, passwordChanged } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  const forcedChange = session?.mustChangePassword === true;
  const location = useLocation();
  const navigate = useNavigate();
  const items = useMemo(
    () => APP_ROUTES.filter((r) => r.menu && (!r.access || access[r.access]))
      .map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{r.title}</Link> })),
    [access],
  );
  const user = session?.user;
  // On a phone the header keeps only the role and sign-out; the rest does not fit.
  const wide = Grid.useBreakpoint().md ?? true;

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={0} width={208} theme="dark">
        <div style={{ color: '#fff', fontWeight: 600, fontSize: 16, padding: '18px 20px' }}>群租哨兵 · 数据驾驶舱</div>
        <nav aria-label="主导航">
          <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
        </nav>
      </Sider>
      <AntLayout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          {user && (
            <Space size="middle">
              <Tag color="blue" data-testid="current-role">{ROLE_LABELS[user.role]}</Tag>
              <Dropdown
                trigger={['click']}
                menu={{ items: [{ key: 'password', icon: <KeyOutlined />, label: '修改密码' }], onClick: () => setChangingPassword(true) }}
              >
                <Button type="text" icon={<UserOutlined />} aria-label="用户菜单">
                  {wide && <>{user.displayName}（{user.unitName}）<DownOutlined /></>}
                </Button>
              </Dropdown>
              <Typography.Text type="secondary" data-testid="current-jurisdiction" style={wide ? undefined : { display: 'none' }}>{describeJurisdiction(user.jurisdiction)}</Typography.Text>
              <Button
                icon={<LogoutOutlined />}
                onClick={() => { logout().then(() => navigate('/login'), handleRequestError); }}
              >退出</Button>
            </Space>
          )}
        </Header>
        <ChangePasswordModal
          open={changingPassword || forcedChange}
          forced={forcedChange}
          onClose={() => setChangingPassword(false)}
          onChanged={() => { setChangingPassword(false); passwordChanged(); }}
        />
        <Content style={{ margin: 16 }}>
          <Suspense fallback={<div style={{ padding: 48, textAlign: 'center' }}><Spin size="large" /></div>}>
            <Outlet />
          </Suspense>
        </Content>
      </AntLayout>
    </AntLayout>
  );
}
