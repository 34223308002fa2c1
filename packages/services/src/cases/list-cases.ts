// Case lists inside the user's jurisdiction: by state, by house, the unit's
// own inbox (assigned to my unit), and the overdue list (deadline passed,
// case still open), most overdue first.
import { listCaseEvents, listCaseRows } from '@sentinel/db';
import { shanghaiDay, type CaseState } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { toCaseView, type CaseView } from './case-view.ts';
import { seesHouseholdDetail, withoutWhistle } from '../auth/property-view.ts';

export interface ListCasesInput {
  readonly states?: readonly CaseState[];
  readonly houseId?: string;
  /** Only cases assigned to the user's own unit. */
  readonly mine?: boolean;
  readonly overdue?: boolean;
  readonly limit: number;
  readonly offset: number;
}

export async function listCases({ ctx, input }: { ctx: ServiceContext; input: ListCasesInput }): Promise<{ total: number; items: CaseView[] }> {
  requirePermission(ctx, 'case.view');
  const now = ctx.now();
  const res = await listCaseRows(ctx.db, {
    scope: ctx.user.jurisdiction,
    states: input.states,
    houseId: input.houseId,
    // A property company lists only the tasks assigned to it.
    assigneeUnit: input.mine || !seesHouseholdDetail(ctx) ? ctx.user.unitName : undefined,
    overdueBeforeDay: input.overdue ? shanghaiDay(now) : undefined,
  }, { limit: input.limit, offset: input.offset });
  // availableActions needs each case's history (order checks); one query for the page.
  const events = await listCaseEvents(ctx.db, res.rows.map((r) => r.case.id));
  return { total: res.total, items: res.rows.map((r) => withoutWhistle(ctx, toCaseView(r.case, events, r, ctx.user, now, false))) };
}
