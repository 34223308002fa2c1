// The house register as a user may see it: only houses inside the user's
// jurisdiction (a committee its 居民区, a property company its 小区).
import type { House } from '@sentinel/contract';
import { listHouses as listHouseRows, type Page } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { houseForRole } from '../auth/property-view.ts';

export interface ListHousesInput {
  readonly neighborhood?: string;
  readonly community?: string;
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

export async function listHouses({ ctx, input }: { ctx: ServiceContext; input: ListHousesInput }): Promise<Page<House>> {
  requirePermission(ctx, 'household.view');
  const page = await listHouseRows(ctx.db, {
    scope: ctx.user.jurisdiction,
    neighborhood: input.neighborhood,
    community: input.community,
    search: input.search,
  }, { limit: input.limit, offset: input.offset });
  return { ...page, rows: page.rows.map((h) => houseForRole(ctx, h)) };
}
