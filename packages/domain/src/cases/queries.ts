// Read-only questions about a case, for forms and lists.
import type { Role } from '../roles/roles.ts';
import { shanghaiDay } from '../time.ts';
import type { CaseAction } from './actions.ts';
import { CASE_LIFECYCLE } from './lifecycle.ts';
import type { Actor, CaseSnapshot } from './snapshot.ts';
import { checkActorAndState } from './transition.ts';

/**
 * Actions a user of this role may take on the case now (evidence aside).
 * Pass the actor's unit to apply the assignee check as well.
 */
export function availableActions(snapshot: CaseSnapshot, role: Role, unitName?: string): CaseAction[] {
  const actor: Actor = unitName === undefined ? { id: '', role } : { id: '', role, unitName };
  return CASE_LIFECYCLE.filter((r) => r.from === snapshot.state && checkActorAndState(snapshot, r.action, actor) === null).map((r) => r.action);
}

export type DeadlineStatus = 'none' | 'on_time' | 'due_today' | 'overdue';

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  none: '无期限',
  on_time: '未到期',
  due_today: '今日到期',
  overdue: '已超期',
};

/** Where the case stands against its running deadline at instant `nowMs`. */
export function deadlineStatus(snapshot: CaseSnapshot, nowMs: number): DeadlineStatus {
  if (!snapshot.deadline) return 'none';
  const today = shanghaiDay(nowMs);
  if (today > snapshot.deadline.dueDay) return 'overdue';
  return today === snapshot.deadline.dueDay ? 'due_today' : 'on_time';
}
