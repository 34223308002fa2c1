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

export function describeError(err: unknown): DescribedError {
  if (err instanceof ApiError) {
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
