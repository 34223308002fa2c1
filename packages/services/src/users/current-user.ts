// The database row of a user as the services see the person acting.
import type { UserRow } from '@sentinel/db';
import type { CurrentUser } from '../context.ts';

export function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitName: row.unitName,
    jurisdiction: { subdistrict: row.scopeSubdistrict, neighborhood: row.scopeNeighborhood, communities: row.scopeCommunities },
  };
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
