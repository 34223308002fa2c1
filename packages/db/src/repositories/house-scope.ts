// THE scope of a user over the house register, as SQL. A subdistrict user
// sees its subdistrict (narrowed to a 居民区 or a list of 小区); a district
// user (区) sees every subdistrict of its district. Every repository that
// lists houses, cases or alerts for a user filters through here, so the two
// levels can never be told apart in one query and forgotten in another.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { houses } from '../schema/houses.ts';

/** A scope over the house register (居民区 / 小区 lists), see services' Jurisdiction. */
export interface HouseScope {
  /** The user's subdistrict; null for a district-level user, whose scope is `district`. */
  readonly subdistrict: string | null;
  readonly neighborhood: string | null;
  readonly communities: readonly string[] | null;
  /** 区: set for a district-level user only. */
  readonly district?: string | null;
  /** The subdistricts of `district`, read from the register when the session is loaded. */
  readonly districtSubdistricts?: readonly string[];
}

/** The subdistricts a scope covers: its own, or those of its district (none when neither is set: sees nothing). */
export function scopeSubdistricts(scope: HouseScope): readonly string[] {
  if (scope.district) return scope.districtSubdistricts ?? [];
  return scope.subdistrict === null ? [] : [scope.subdistrict];
}

export function houseScopeCondition(scope: HouseScope): SQL | undefined {
  const subs = scopeSubdistricts(scope);
  return and(
    subs.length === 1 ? eq(houses.subdistrict, subs[0]) : subs.length === 0 ? sql`false` : inArray(houses.subdistrict, [...subs]),
    scope.neighborhood !== null ? eq(houses.neighborhood, scope.neighborhood) : undefined,
    scope.communities !== null ? (scope.communities.length === 0 ? sql`false` : inArray(houses.community, [...scope.communities])) : undefined,
  );
}

/**
 * The same scope as raw SQL over `<alias>.subdistrict / neighborhood /
 * community`, its parameters appended to `params`; placeholders are numbered
 * `offset + position in params` (offset: parameters bound before this list).
 */
export function houseScopeSql(scope: HouseScope, alias: string, params: unknown[], offset = 0): string {
  const bind = (value: unknown): string => { params.push(value); return `$${offset + params.length}`; };
  const parts = [`${alias}.subdistrict = ANY(${bind([...scopeSubdistricts(scope)])}::text[])`];
  if (scope.neighborhood !== null) parts.push(`${alias}.neighborhood = ${bind(scope.neighborhood)}`);
  if (scope.communities !== null) parts.push(`${alias}.community = ANY(${bind([...scope.communities])}::text[])`);
  return parts.join(' AND ');
}
