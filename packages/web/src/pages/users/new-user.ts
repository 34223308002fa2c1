// The 新建用户 form's rules, kept beside the services' createUser rules they
// mirror (packages/services/src/users/create-user.ts: a committee or grid
// worker needs a neighbourhood, a property company its compounds; the server
// checks again and its message is shown if they ever differ). The unit and
// the jurisdiction come from the organisation directory (组织机构), never
// typed: a committee account's unit must be the exact name cases are
// dispatched to, or its cases would not reach it.
import { isDistrictRole, ROLE_LABELS, ROLES, type Role } from '@sentinel/domain';
import type { Jurisdiction, NewUserBody, OrgUnit } from '@sentinel/contract';

/** The role select: the Chinese label only. */
// District (区) accounts are not made by a subdistrict's administrator but with `sentinel user create --district` (docs/roles.md).
export const ROLE_OPTIONS = ROLES.filter((r) => !isDistrictRole(r)).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/**
 * The directory unit types an account of this role may belong to: a grid
 * worker works for the 居委会 of its 居民区, the administrator sits in the
 * 城运中心; every other role belongs to a unit of its own type.
 */
export function unitRolesFor(role: Role): readonly string[] {
  if (role === 'admin') return ['ops_center'];
  if (role === 'grid_worker') return ['committee', 'grid_worker'];
  return [role];
}

/** Active units an account of this role may be created in. */
export function unitsFor(role: Role | undefined, units: readonly OrgUnit[]): OrgUnit[] {
  if (!role) return [];
  const roles = unitRolesFor(role);
  return units.filter((u) => u.active && roles.includes(u.role));
}

/** Whether the role's account covers a 居民区 (and a property company its 小区) rather than the whole 街道. */
export function needsNeighborhood(role: Role): boolean {
  return role === 'committee' || role === 'grid_worker' || role === 'property';
}

/** The compounds a property account may be limited to: the unit's, else every compound of its 居民区. */
export function communityChoices(unit: OrgUnit | undefined, places: readonly { neighborhood: string; communities: string[] }[]): string[] {
  if (!unit) return [];
  if (unit.communities && unit.communities.length > 0) return unit.communities;
  return places.filter((p) => !unit.neighborhood || p.neighborhood === unit.neighborhood).flatMap((p) => p.communities);
}

/** What the account will see, from its unit (and, for a property company, the chosen compounds). */
export function jurisdictionOf(role: Role, unit: OrgUnit, communities?: readonly string[]): Jurisdiction {
  if (!needsNeighborhood(role)) return { subdistrict: unit.subdistrict, neighborhood: null, communities: null };
  const chosen = role === 'property' ? [...(communities && communities.length > 0 ? communities : unit.communities ?? [])] : null;
  return { subdistrict: unit.subdistrict, neighborhood: unit.neighborhood, communities: chosen };
}

export interface NewUserForm {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  communities?: string[];
  password: string;
  mustChangePassword: boolean;
}

/** The body of POST /api/users (packages/server/src/routes/users.ts). */
export function toCreateBody(v: NewUserForm, unit: OrgUnit): NewUserBody {
  return {
    username: v.username.trim().toLowerCase(),
    displayName: v.displayName.trim(),
    role: v.role,
    unitName: unit.name,
    jurisdiction: jurisdictionOf(v.role, unit, v.communities),
    password: v.password,
    mustChangePassword: v.mustChangePassword,
  };
}
