// Listing recorded refusals: the dispatchers (and the administrator) see
// every refusal on cases of their jurisdiction; a committee or a property
// company sees only the refusals held against itself.
import { listCooperationRefusalRows, type CooperationRefusalFilter } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { toRefusalView, type CooperationRefusalView } from './refusal-view.ts';

export interface ListCooperationRefusalsInput {
  /** Only refusals dated in this year. */
  readonly year?: number;
  /** Only refusals on this case. */
  readonly caseId?: string;
}

/** The unit filter for an assessed unit's own accounts; undefined for the others (they see the whole scope). */
function ownUnitOnly(ctx: ServiceContext): CooperationRefusalFilter['unit'] {
  const { role, unitName } = ctx.user;
  return role === 'committee' || role === 'property' ? { role, name: unitName } : undefined;
}

export async function listCooperationRefusals({ ctx, input }: { ctx: ServiceContext; input: ListCooperationRefusalsInput }): Promise<{ items: CooperationRefusalView[] }> {
  requirePermission(ctx, 'cooperation.view');
  const { year } = input;
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2999)) throw invalidInput(`年度 ${year} 不合理。（字段 year）`);
  const rows = await listCooperationRefusalRows(ctx.db, {
    scope: ctx.user.jurisdiction,
    fromDay: year !== undefined ? `${year}-01-01` : undefined,
    toDay: year !== undefined ? `${year}-12-31` : undefined,
    caseId: input.caseId,
    unit: ownUnitOnly(ctx),
    includeWithdrawn: true,
  });
  return { items: rows.map(toRefusalView) };
}
