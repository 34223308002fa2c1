// What every service operation receives besides its input: who is acting
// (user, role, unit, jurisdiction), the database, and the clock. Operations
// are `verb({ ctx, input })`; nothing reads a global clock or a global user.
import type { Database } from '@sentinel/db';
import type { Role, WorkingCalendar } from '@sentinel/domain';

/** The database handle ctx.db holds, for the HTTP edge to pass along without importing the db package. */
export type { Database };

/**
 * Where a user may look. Subdistrict-level units see the whole 街道; a
 * committee or grid worker one 居民区; a property company only its 小区.
 */
export interface Jurisdiction {
  readonly subdistrict: string;
  /** null = the whole subdistrict. */
  readonly neighborhood: string | null;
  /** null = every compound inside the scope above. */
  readonly communities: readonly string[] | null;
}

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

export function inJurisdiction(j: Jurisdiction, place: Place): boolean {
  if (place.subdistrict !== j.subdistrict) return false;
  if (j.neighborhood !== null && place.neighborhood !== j.neighborhood) return false;
  return j.communities === null || j.communities.includes(place.community);
}
