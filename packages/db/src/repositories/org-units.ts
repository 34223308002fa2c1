// The organisation directory's rows (org_units) and the people of a unit:
// the active user accounts that carry its name.
import { and, asc, eq } from 'drizzle-orm';
import { orgUnits } from '../schema/org-units.ts';
import { users } from '../schema/users.ts';
import type { SqlSession } from '../session.ts';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type NewOrgUnitRow = typeof orgUnits.$inferInsert;
export type OrgUnitPatch = Partial<Pick<OrgUnitRow, 'name' | 'role' | 'neighborhood' | 'communities' | 'phone' | 'active'>>;

export async function listOrgUnits(s: SqlSession, subdistrict: string): Promise<OrgUnitRow[]> {
  return s.db.select().from(orgUnits).where(eq(orgUnits.subdistrict, subdistrict))
    .orderBy(asc(orgUnits.role), asc(orgUnits.neighborhood), asc(orgUnits.name));
}

export async function getOrgUnit(s: SqlSession, id: string): Promise<OrgUnitRow | null> {
  const rows = await s.db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return rows[0] ?? null;
}

export async function findOrgUnitByName(s: SqlSession, subdistrict: string, name: string): Promise<OrgUnitRow | null> {
  const rows = await s.db.select().from(orgUnits).where(and(eq(orgUnits.subdistrict, subdistrict), eq(orgUnits.name, name)));
  return rows[0] ?? null;
}

/** Inserts the unit; false when the subdistrict already has a unit of that name. */
export async function insertOrgUnit(s: SqlSession, row: NewOrgUnitRow): Promise<boolean> {
  const res = await s.db.insert(orgUnits).values(row).onConflictDoNothing().returning({ id: orgUnits.id });
  return res.length > 0;
}

export async function updateOrgUnit(s: SqlSession, id: string, patch: OrgUnitPatch): Promise<OrgUnitRow | null> {
  const rows = await s.db.update(orgUnits).set(patch).where(eq(orgUnits.id, id)).returning();
  return rows[0] ?? null;
}

/**
 * Fills the directory with what the system already knows, once per missing
 * name: each neighbourhood's committee (`<居民区>居委会`, the default dispatch
 * target) and every unit an existing user account names. Idempotent.
 */
export async function addKnownOrgUnits(s: SqlSession, subdistrict: string, newId: () => string): Promise<number> {
  // Neighbourhood committees first, then users' units; a grid worker carries
  // its committee's name, so among users a committee account names the unit.
  const known = await s.query<{ name: string; role: string; neighborhood: string | null; communities: string[] | null }>(`
    SELECT name, role, neighborhood, communities FROM (
      (SELECT 0 AS src, n.name || '居委会' AS name, 'committee' AS role, n.name AS neighborhood, NULL::text[] AS communities
        FROM neighbourhoods n JOIN subdistricts d ON d.id = n.subdistrict_id WHERE d.name = $1)
      UNION ALL
      (SELECT DISTINCT ON (u.unit_name) 1, u.unit_name, u.role::text, u.scope_neighborhood, u.scope_communities
        FROM users u WHERE u.scope_subdistrict = $1 AND u.role <> 'admin'
        ORDER BY u.unit_name, u.role = 'grid_worker')
    ) k ORDER BY src, name`, [subdistrict]);
  let added = 0;
  for (const k of known.rows) {
    const ok = await insertOrgUnit(s, {
      id: newId(), name: k.name, role: k.role as OrgUnitRow['role'], subdistrict, neighborhood: k.neighborhood, communities: k.communities,
    });
    if (ok) added += 1;
  }
  return added;
}

export interface UnitMember { id: string; displayName: string; role: OrgUnitRow['role'] }

/** The active accounts of a unit (its people dispatch may name). */
export async function listUnitMembers(s: SqlSession, unitName: string): Promise<UnitMember[]> {
  return s.db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users)
    .where(and(eq(users.unitName, unitName), eq(users.active, true))).orderBy(asc(users.displayName));
}

/** The subdistrict's 居民区 and their 小区, from the imported register (the directory's and the user form's choices). */
export async function listRegisterPlaces(s: SqlSession, subdistrict: string): Promise<{ neighborhood: string; communities: string[] }[]> {
  const res = await s.query<{ neighborhood: string; communities: string[] | null }>(`
    SELECT n.name AS neighborhood, array_remove(array_agg(c.name ORDER BY c.name), NULL) AS communities
      FROM neighbourhoods n JOIN subdistricts d ON d.id = n.subdistrict_id LEFT JOIN communities c ON c.neighbourhood_id = n.id
     WHERE d.name = $1 GROUP BY n.name ORDER BY n.name`, [subdistrict]);
  return res.rows.map((r) => ({ neighborhood: r.neighborhood, communities: r.communities ?? [] }));
}
