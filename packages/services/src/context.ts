// What every service operation receives besides its input: who is acting
// (user, role, unit, jurisdiction), the database, and the clock. Operations
// are `verb({ ctx, input })`; nothing reads a global clock or a global user.
import { scopeSubdistricts, type Database, type HouseScope } from '@sentinel/db';
import type { Role, WorkingCalendar } from '@sentinel/domain';
import { ServiceError } from './errors.ts';

/** The database handle ctx.db holds, for the HTTP edge to pass along without importing the db package. */
export type { Database };

/**
 * Where a user may look. District-level units (区) see every subdistrict of
 * their district; subdistrict-level units the whole 街道; a committee or grid
 * worker one 居民区; a property company only its 小区.
 */
export type Jurisdiction = HouseScope;

export interface CurrentUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** e.g. `汾西居民区居委会`; a case's assignee is matched against it. */
  readonly unitName: string;
  readonly jurisdiction: Jurisdiction;
}

export interface ServiceContext {
  readonly db: Database;
  readonly user: CurrentUser;
  /** UTC ms; injected so deadlines can be tested on any day. */
  readonly now: () => number;
  /** The working-day calendar with the admin's overrides; default: the official one. */
  readonly calendar?: WorkingCalendar;
}

/** Where a place lies, as the house register gives it. */
export interface Place {
  readonly subdistrict: string;
  readonly neighborhood: string;
  readonly community: string;
}

/** Whether a place lies inside the jurisdiction (the one check every single-house operation makes). */
export function inJurisdiction(j: Jurisdiction, place: Place): boolean {
  if (!scopeSubdistricts(j).includes(place.subdistrict)) return false;
  if (j.neighborhood !== null && place.neighborhood !== j.neighborhood) return false;
  return j.communities === null || j.communities.includes(place.community);
}

/**
 * The one subdistrict an operation of the user's own subdistrict acts in
 * (numbering, campaigns, the directory, referral housing). A district-level
 * user has none: it oversees, so such an operation is refused, never
 * applied to some subdistrict picked for it.
 */
export function ownSubdistrict(ctx: { readonly user: CurrentUser }): string {
  const s = ctx.user.jurisdiction.subdistrict;
  if (s === null) throw new ServiceError('auth.forbidden', `${ctx.user.jurisdiction.district ?? '区'}级用户不办理街道事务，请由街道用户操作。`);
  return s;
}
