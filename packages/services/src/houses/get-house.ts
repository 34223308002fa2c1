// One house's register facts, for a user whose jurisdiction covers it.
import type { House } from '@sentinel/contract';
import { requirePermission } from '../auth/permissions.ts';
import { houseInScope } from '../cases/house-access.ts';
import { houseForRole } from '../auth/property-view.ts';
import type { ServiceContext } from '../context.ts';

export async function getHouse({ ctx, input }: { ctx: ServiceContext; input: { houseId: string } }): Promise<House> {
  requirePermission(ctx, 'household.view');
  return houseForRole(ctx, await houseInScope(ctx.db, ctx, input.houseId));
}
