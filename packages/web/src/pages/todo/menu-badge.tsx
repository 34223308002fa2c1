// The 待办 menu entry's badge and the in-app notice: the count of the shared
// poll (todo-store.ts) next to the menu title, and an antd notification with
// a link to the list whenever the count rises (a case dispatched to me, a new
// red alert in my area).
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Badge, Button } from 'antd';
import { useTodoList, useTodoPolling } from './todo-store.ts';

export const TODO_PATH = '/todo';

export function useTodoMenuBadge(enabled: boolean): ReactNode {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  useTodoPolling(enabled, (count, before) => {
    const key = 'todo-rise';
    notification.info({
      key,
      message: '新的待办',
      description: `待办由 ${before} 项增加到 ${count} 项。`,
      actions: <Button type="primary" size="small" onClick={() => { notification.destroy(key); navigate(TODO_PATH); }}>查看待办</Button>,
      placement: 'topRight',
      duration: 8,
    });
  });
  const list = useTodoList();
  if (!enabled || !list || list.count === 0) return null;
  return (
    <span data-testid="todo-badge" data-count={list.count} aria-label={`待办 ${list.count} 项`}>
      <Badge count={list.count} overflowCount={99} size="small" offset={[8, -2]} />
    </span>
  );
}
