// The frame around every signed-in page: side menu built from the routes
// table (only entries the user's access allows), header with the user's unit
// and jurisdiction, the user menu (修改密码) and sign-out. A password reset by
// an administrator opens the change dialog, which cannot be dismissed.
// Below 992 px the menu is an overlay drawer opened from the header (☰), so it
// never squeezes the page or covers its links; the title shortens and the
// header's parts wrap instead of overlapping.
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Dropdown, Grid, Layout as AntLayout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@sentinel/domain';
import { APP_ROUTES } from './routes.tsx';
import { describeJurisdiction } from './access.ts';
import { useSession } from './session.tsx';
import { handleRequestError } from './error-handler.ts';
import { ChangePasswordModal } from '../pages/account/ChangePasswordModal.tsx';
import { forgetCachedCases, useCachedMyCases } from '../offline/case-cache.ts';
import { TODO_PATH, useTodoMenuBadge } from '../pages/todo/menu-badge.tsx';

const { Header, Sider, Content } = AntLayout;

/** The menu key of a location: the longest menu path that prefixes it (/houses/H1 → /houses). */
function selectedKey(pathname: string): string {
  const candidates = APP_ROUTES.filter((r) => r.menu && (r.path === '/' ? pathname === '/' : pathname === r.path || pathname.startsWith(`${r.path}/`)));
  return candidates.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '';
}

/** The code of the pages a field worker opens offline (a case, its inspection form). */
const preloadCasePages = () => Promise.all(APP_ROUTES.filter((r) => r.path === '/cases/:caseId' || r.path === '/inspect/:caseId').map((r) => r.load()));

export function Layout() {
  const { session, access, logout, passwordChanged } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  const forcedChange = session?.mustChangePassword === true;
  const location = useLocation();
  const navigate = useNavigate();
  const todoBadge = useTodoMenuBadge(access.canViewCases && session?.mustChangePassword !== true);
  const items = useMemo(
    () => APP_ROUTES.filter((r) => r.menu && (!r.access || access[r.access]))
      .map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}><span data-menu-title>{r.title}</span>{r.path === TODO_PATH && todoBadge}</Link> })),
    [access, todoBadge],
  );
  const user = session?.user;
  // Field staff: their open cases are kept on the phone for offline use.
  useCachedMyCases(access.canViewCases && access.canTransitionCase, preloadCasePages);
  // On a phone the header keeps only the role and sign-out; the rest does not fit.
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  // Before the first measurement useBreakpoint is empty: assume a desktop.
  const sideMenu = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // A menu choice (or any navigation) closes the drawer.
  useEffect(() => { setDrawerOpen(false); }, [location.pathname]);
  const menu = (
    <nav aria-label="主导航">
      <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
    </nav>
  );
  const brand = <div style={{ color: '#fff', fontWeight: 600, fontSize: 16, padding: '18px 20px' }}>群租哨兵 · 数据驾驶舱</div>;

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      {sideMenu && <Sider width={208} theme="dark">{brand}{menu}</Sider>}
      {!sideMenu && (
        <Drawer
          open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" width={240} closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }} data-testid="menu-drawer"
        >{brand}{menu}</Drawer>
      )}
      <AntLayout style={{ minWidth: 0 }}>
        <Header style={{ background: '#fff', padding: sideMenu ? '0 24px' : '0 8px', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          {!sideMenu && <Button type="text" icon={<MenuOutlined />} aria-label="打开菜单" onClick={() => setDrawerOpen(true)} />}
          {!sideMenu && todoBadge && <Link to={TODO_PATH} aria-label="我的待办">{todoBadge}</Link>}
          {!sideMenu && <Typography.Text strong ellipsis style={{ flex: '1 1 auto', minWidth: 0 }}>群租哨兵</Typography.Text>}
          {sideMenu && <span style={{ flex: '1 1 auto' }} />}
          {user && (
            <Space size={wide ? 'middle' : 4} style={{ flex: 'none' }}>
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
                onClick={() => { logout().then(forgetCachedCases).then(() => navigate('/login'), handleRequestError); }}
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
        <Content style={{ margin: wide ? 16 : 8, minWidth: 0 }}>
          <Suspense fallback={<div style={{ padding: 48, textAlign: 'center' }}><Spin size="large" /></div>}>
            <Outlet />
          </Suspense>
        </Content>
      </AntLayout>
    </AntLayout>
  );
}
