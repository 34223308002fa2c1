// 待办 (GET /api/todo): the signed-in person's cases and new red alerts.
import type { TodoAlert, TodoCase, TodoList } from '@sentinel/contract';
import { get } from '../../app/request.ts';

export type { TodoAlert, TodoCase, TodoList };

export const fetchTodo = (signal?: AbortSignal) => get<TodoList>('/api/todo', undefined, signal);
