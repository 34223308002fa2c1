// Which open cases belong on a person's 待办 (to-do) list, decided from the
// domain life-cycle table alone: no role list is repeated here. Pure.
import { availableActions, findRule, type CaseAction, type CaseSnapshot, type Role } from '@sentinel/domain';

/** Roles that supervise every case of their jurisdiction (派单, 督办): their deadline lists cover all of it. */
export const SUPERVISING_ROLES: readonly Role[] = ['ops_center', 'safety_office'];

/**
 * Steps that correct earlier work rather than move the case on (改派): a
 * dispatcher may always reassign a dispatched case, which is no reason to put
 * every dispatched case on their list.
 */
const OPTIONAL_ACTIONS: readonly CaseAction[] = ['reassign'];

export interface TodoActor {
  readonly role: Role;
  readonly unitName: string;
}

/**
 * The steps this actor is expected to take now. A case assigned to another
 * unit waits for that unit, except for the steps the assignee's role cannot
 * take itself (联合上门 after an escalation, 结案 by the dispatchers, 约谈 by
 * enforcement): those wait for this actor.
 */
export function stepsAwaiting(snapshot: CaseSnapshot, actor: TodoActor): CaseAction[] {
  const mine = availableActions(snapshot, actor.role, actor.unitName).filter((a) => !OPTIONAL_ACTIONS.includes(a));
  const assignee = snapshot.assignee;
  if (mine.length === 0 || assignee === null || assignee.unitName === actor.unitName) return mine;
  return mine.filter((a) => !(findRule(snapshot.state, a)?.roles.includes(assignee.role) ?? false));
}

/** Whether the case's deadlines concern this actor: their step, their unit's case, or a supervisor's jurisdiction. */
export function watchesDeadline(snapshot: CaseSnapshot, actor: TodoActor): boolean {
  return SUPERVISING_ROLES.includes(actor.role)
    || snapshot.assignee?.unitName === actor.unitName
    || stepsAwaiting(snapshot, actor).length > 0;
}

/** Due within [today, horizonDay]: the deadline list; before today: overdue. */
export type DeadlineBucket = 'overdue' | 'due_soon' | null;

export function deadlineBucket(dueDay: number | null, today: number, horizonDay: number): DeadlineBucket {
  if (dueDay === null) return null;
  if (dueDay < today) return 'overdue';
  return dueDay <= horizonDay ? 'due_soon' : null;
}
