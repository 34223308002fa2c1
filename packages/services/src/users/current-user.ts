// The database row of a user as the services see the person acting.
import { subdistrictsOfDistrict, type SqlSession, type UserRow } from '@sentinel/db';
import type { CurrentUser } from '../context.ts';

/**
 * The user as stored. A district user's subdistricts are not stored with the
 * account (a subdistrict joins its district through the register): pass them
 * when acting (loadCurrentUser), leave them out for a listing.
 */
export function toCurrentUser(row: UserRow, districtSubdistricts: readonly string[] = []): CurrentUser {
  const base = { subdistrict: row.scopeSubdistrict, neighborhood: row.scopeNeighborhood, communities: row.scopeCommunities };
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitName: row.unitName,
    jurisdiction: row.scopeDistrict === null ? base : { ...base, district: row.scopeDistrict, districtSubdistricts },
  };
}

/** The user about to act: a district user's scope is its district's subdistricts as the register holds them now. */
export async function loadCurrentUser(s: SqlSession, row: UserRow): Promise<CurrentUser> {
  return toCurrentUser(row, row.scopeDistrict === null ? [] : await subdistrictsOfDistrict(s, row.scopeDistrict));
}

/** What may be shown about a user to other staff (never the hash or lockout state). */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: CurrentUser['role'];
  readonly unitName: string;
  readonly jurisdiction: CurrentUser['jurisdiction'];
  /** false = deactivated (停用). */
  readonly active: boolean;
  readonly deactivatedAt: string | null;
  /** An administrator reset the password: the user must choose a new one at the next sign-in. */
  readonly mustChangePassword: boolean;
  readonly demo: boolean;
}

export function toUserView(row: UserRow): UserView {
  return {
    ...toCurrentUser(row),
    active: row.active,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    mustChangePassword: row.mustChangePassword,
    demo: row.demo,
  };
}
