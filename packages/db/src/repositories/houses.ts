// Houses, paged with the filters of the house list (居民区, 小区, free-text search).
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { houses } from '../schema/houses.ts';
import type { SqlSession } from '../session.ts';
import type { Page } from './import-batches.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';

export type House = typeof houses.$inferSelect;

export interface HouseFilter {
  /** The user's jurisdiction: only houses inside it are listed. */
  scope?: HouseScope;
  neighborhood?: string;
  community?: string;
  /** Matched against house_id and address (substring, case-insensitive). */
  search?: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listHouses(s: SqlSession, filter: HouseFilter, page: { limit: number; offset: number }): Promise<Page<House>> {
  const conditions: SQL[] = [];
  const scoped = filter.scope ? houseScopeCondition(filter.scope) : undefined;
  if (scoped) conditions.push(scoped);
  if (filter.neighborhood) conditions.push(eq(houses.neighborhood, filter.neighborhood));
  if (filter.community) conditions.push(eq(houses.community, filter.community));
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    const match = or(ilike(houses.houseId, pattern), ilike(houses.address, pattern));
    if (match) conditions.push(match);
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await s.db.select().from(houses).where(where)
    .orderBy(asc(houses.neighborhood), asc(houses.community), asc(houses.houseId))
    .limit(page.limit).offset(page.offset);
  const [{ total }] = await s.db.select({ total: sql<number>`count(*)::int` }).from(houses).where(where);
  return { rows, total };
}

export async function getHouse(s: SqlSession, houseId: string): Promise<House | null> {
  const rows = await s.db.select().from(houses).where(eq(houses.houseId, houseId));
  return rows[0] ?? null;
}

/** Every house id (tens of thousands): the import validates references against it. */
export async function allHouseIds(s: SqlSession): Promise<Set<string>> {
  const res = await s.query<{ house_id: string }>('SELECT house_id FROM houses');
  return new Set(res.rows.map((r) => r.house_id));
}
