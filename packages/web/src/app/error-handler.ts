// The one request-error handler: turns any thrown value into the Chinese
// message a user sees, and sends an expired session back to the login page.
import { ApiError, NETWORK_ERROR } from './request.ts';

export interface DescribedError {
  title: string;
  detail: string;
  /** Quoted to support staff: the server logs every error under it. */
  requestId: string | null;
  /** The session is gone: the caller should go to the login page. */
  needsLogin: boolean;
}

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '登录已失效',
  403: '没有权限',
  404: '未找到',
  409: '状态已变化',
  413: '文件过大',
  422: '无法处理',
  429: '操作过于频繁',
};

/** The service worker's answer for data not kept on the phone (public/sw.js). */
export const OFFLINE_CODE = 'OFFLINE';
const OFFLINE_DETAIL = '当前离线，本机没有保存这项数据；请联网后再打开。已保存的核查记录会在联网后自动上传。';

export function describeError(err: unknown): DescribedError {
  if (err instanceof ApiError) {
    // Offline is not a server fault: say so in plain words (never 服务器错误).
    if (err.code === OFFLINE_CODE || (err.code === NETWORK_ERROR && typeof navigator !== 'undefined' && !navigator.onLine)) {
      return { title: '当前离线', detail: OFFLINE_DETAIL, requestId: null, needsLogin: false };
    }
    if (err.code === NETWORK_ERROR) return { title: '网络异常', detail: err.message, requestId: null, needsLogin: false };
    const title = TITLES[err.status] ?? (err.status >= 500 ? '服务器错误' : '请求失败');
    return { title, detail: err.message, requestId: err.requestId, needsLogin: err.status === 401 };
  }
  if (err instanceof Error) return { title: '页面出错', detail: err.message, requestId: null, needsLogin: false };
  return { title: '未知错误', detail: String(err), requestId: null, needsLogin: false };
}

type Notify = (text: string) => void;
let notify: Notify = (text) => console.error(text);
let onNeedsLogin: () => void = () => undefined;

/** Wired once by the app shell: antd's message API and the router's login redirect. */
export function installErrorHandler(handlers: { notify: Notify; onNeedsLogin: () => void }): void {
  notify = handlers.notify;
  onNeedsLogin = handlers.onNeedsLogin;
}

/** For actions (button clicks, form submits): show the error as a message; page loads show it inline via PageState. */
export function handleRequestError(err: unknown): DescribedError {
  const d = describeError(err);
  if (d.needsLogin) onNeedsLogin();
  notify(d.requestId ? `${d.title}：${d.detail}（请求编号 ${d.requestId}）` : `${d.title}：${d.detail}`);
  return d;
}
