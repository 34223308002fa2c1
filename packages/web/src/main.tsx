// Entry: antd 5 needs its React 19 patch imported before anything renders.
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadRoute } from './app/routes.tsx';
import './global.css';

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 节点');
preloadRoute(window.location.pathname);
createRoot(root).render(<StrictMode><App /></StrictMode>);

// Installable PWA: the service worker keeps the app and open cases usable offline (public/sw.js).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((err: unknown) => console.warn('离线功能不可用：', err));
  });
}
