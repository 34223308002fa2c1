// The units that act in the group-rental loop (docs/domain.md,
// "Who does what"). A user of the platform acts in exactly one of these roles.

export const ROLES = [
  'ops_center',
  'safety_office',
  'committee',
  'property',
  'enforcement',
  'police',
  'construction',
  'market',
  'grid_worker',
  'admin',
  'district_office',
  'district_enforcement',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ops_center: '街道城运中心',
  safety_office: '平安办',
  committee: '居委会',
  property: '物业',
  enforcement: '综合执法中队',
  police: '派出所',
  construction: '城建中心',
  market: '市场所',
  grid_worker: '网格员',
  admin: '系统管理员',
  district_office: '区群租整治办',
  district_enforcement: '区城管执法局',
};

/**
 * District-level (区) roles: their scope is every subdistrict of one district,
 * not one subdistrict. They oversee (figures, ranking, cases to follow up)
 * and do not work cases, which stay with the subdistrict's units.
 */
export const DISTRICT_ROLES = ['district_office', 'district_enforcement'] as const satisfies readonly Role[];
export type DistrictRole = (typeof DISTRICT_ROLES)[number];

export function isDistrictRole(role: Role): role is DistrictRole {
  return (DISTRICT_ROLES as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The units the annual assessment (考核) scores: neighbourhood committees (居委会) and property companies (物业). */
export const ASSESSED_ROLES = ['committee', 'property'] as const satisfies readonly Role[];
export type AssessedRole = (typeof ASSESSED_ROLES)[number];
