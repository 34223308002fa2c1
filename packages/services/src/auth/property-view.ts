// What a role without `household.detail` (the property company, 物业) sees of
// cases and houses: the tasks assigned to its own unit, the address and the
// owner / sublessor it must reach — never the whistle's scores, the register's
// head count, consumption, door access or tenants. One place, so every
// service cuts the same way (docs/roles.md, 各角色可见的数据).
import type { House } from '@sentinel/db';
import { can } from './permissions.ts';
import type { ServiceContext } from '../context.ts';
import { outOfJurisdiction } from '../errors.ts';

export const seesHouseholdDetail = (ctx: ServiceContext): boolean => can(ctx.user.role, 'household.detail');

/** Refuses a case that is not a task of the user's unit, for roles that see only their tasks. */
export function requireOwnTask(ctx: ServiceContext, row: { id: string; caseNumber?: string; assigneeUnit: string | null }): void {
  if (seesHouseholdDetail(ctx)) return;
  if (row.assigneeUnit !== ctx.user.unitName) throw outOfJurisdiction(`案件 ${row.caseNumber ?? row.id}（未派给本单位）`);
}

/** A case view without the whistle's score, level and reasons. */
export function withoutWhistle<T extends { alert: unknown }>(ctx: ServiceContext, view: T): T {
  return seesHouseholdDetail(ctx) ? view : { ...view, alert: null };
}

/** A house without the registered head count. */
export function houseForRole(ctx: ServiceContext, house: House): House {
  return seesHouseholdDetail(ctx) ? house : { ...house, registeredResidents: null };
}
