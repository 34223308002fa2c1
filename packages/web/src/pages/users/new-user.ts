// The 新建用户 form's rules, kept beside the services' createUser rules they
// mirror (packages/services/src/users/create-user.ts: a committee or grid
// worker needs a neighbourhood, a property company its compounds; the server
// checks again and its message is shown if they ever differ).
import { ROLE_LABELS, ROLES, type Role } from '@sentinel/domain';
import type { Jurisdiction, NewUserBody } from '@sentinel/contract';

/** Which jurisdiction fields a role's form shows; subdistrict-level units see the whole 街道. */
export interface JurisdictionFields {
  neighborhood: 'required' | 'optional' | 'hidden';
  communities: 'required' | 'hidden';
}

export function jurisdictionFieldsOf(role: Role | undefined): JurisdictionFields {
  if (role === 'committee' || role === 'grid_worker') return { neighborhood: 'required', communities: 'hidden' };
  if (role === 'property') return { neighborhood: 'optional', communities: 'required' };
  return { neighborhood: 'hidden', communities: 'hidden' };
}

/** The role select: the Chinese label, the code beside it. */
export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: `${ROLE_LABELS[r]}（${r}）` }));

export interface NewUserForm {
  username: string;
  displayName: string;
  role: Role;
  unitName: string;
  subdistrict: string;
  neighborhood?: string;
  communities?: string[];
  password: string;
  mustChangePassword: boolean;
}

/**
 * The unit name the pattern of the platform expects: a committee user's unit
 * is `<居民区>居委会`, the name a case is dispatched to by default, so a typo
 * here would hide its cases from them. Only a suggestion; the administrator
 * may type another.
 */
export function suggestedUnitName(role: Role | undefined, subdistrict: string, neighborhood?: string, communities?: string[]): string {
  if (!role) return '';
  if ((role === 'committee' || role === 'grid_worker') && neighborhood) return `${neighborhood}居委会`;
  if (role === 'property' && communities && communities.length > 0) return `${communities[0]}物业`;
  if (role === 'admin') return `${subdistrict}城运中心`;
  if (role === 'committee' || role === 'grid_worker' || role === 'property') return '';
  return `${subdistrict}${ROLE_LABELS[role].replace(/^街道/, '')}`;
}

/** The body of POST /api/users (packages/server/src/routes/users.ts). */
/** The request body from the form: only the jurisdiction fields the role uses. */
export function toCreateBody(v: NewUserForm): NewUserBody {
  const fields = jurisdictionFieldsOf(v.role);
  const neighborhood = fields.neighborhood === 'hidden' ? null : v.neighborhood?.trim() || null;
  const communities = fields.communities === 'hidden' ? null : (v.communities ?? []).map((c) => c.trim()).filter((c) => c !== '');
  const jurisdiction: Jurisdiction = { subdistrict: v.subdistrict.trim(), neighborhood, communities };
  return {
    username: v.username.trim().toLowerCase(),
    displayName: v.displayName.trim(),
    role: v.role,
    unitName: v.unitName.trim(),
    jurisdiction,
    password: v.password,
    mustChangePassword: v.mustChangePassword,
  };
}
