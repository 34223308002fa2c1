// Providers and the router. Routes come from the one table (routes.tsx);
// a page the user's access does not allow answers 403 instead of rendering.
import { useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { APP_ROUTES, LOGIN_PATH, type AppRoute } from './routes.tsx';
import { installErrorHandler } from './error-handler.ts';
import { SessionProvider, useSession } from './session.tsx';
import { Layout } from './Layout.tsx';
import { ErrorState } from '../components/PageState.tsx';
import LoginPage from '../pages/login/index.tsx';

dayjs.locale('zh-cn');

/** Connects the one error handler to antd's message API and the login redirect. */
function ErrorHandlerBridge() {
  const { message } = AntApp.useApp();
  const { expire } = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    installErrorHandler({
      notify: (text) => { void message.error(text); },
      onNeedsLogin: () => { expire(); navigate(LOGIN_PATH); },
    });
  }, [message, expire, navigate]);
  return null;
}

function Guard({ route, children }: { route: AppRoute; children: ReactNode }) {
  const { access } = useSession();
  if (route.access && !access[route.access]) {
    return <Result status="403" title="没有权限" subTitle={`您的岗位无权查看“${route.title}”。`} extra={<Button href="/">返回首页</Button>} />;
  }
  return <>{children}</>;
}

/** The first page a user may open (a grid worker has no cockpit, for one). */
function homeFor(access: ReturnType<typeof useSession>['access']): string {
  return APP_ROUTES.find((r) => r.menu && (!r.access || access[r.access]))?.path ?? '/';
}

function SignedIn() {
  const { session, access, error, retry } = useSession();
  const location = useLocation();
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (session === undefined) return <div style={{ padding: 96, textAlign: 'center' }}><Spin size="large" tip="正在连接…"><div style={{ height: 48 }} /></Spin></div>;
  if (session === null) return <Navigate to={LOGIN_PATH} replace state={{ from: location.pathname + location.search }} />;
  const home = homeFor(access);
  return (
    <Routes>
      <Route element={<Layout />}>
        {APP_ROUTES.map((r) => {
          const Page = r.component;
          const element = r.path === '/' && home !== '/' && r.access && !access[r.access]
            ? <Navigate to={home} replace />
            : <Guard route={r}><Page /></Guard>;
          return <Route key={r.path} path={r.path} element={element} />;
        })}
        <Route path="*" element={<Result status="404" title="页面不存在" extra={<Button href="/">返回首页</Button>} />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <ErrorHandlerBridge />
            <Routes>
              <Route path={LOGIN_PATH} element={<LoginPage />} />
              <Route path="*" element={<SignedIn />} />
            </Routes>
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
