// Districts (区) and which subdistricts they hold. A district user's scope is
// read from here at every session load, so assigning a subdistrict to its
// district widens the district's view at once, without new accounts.
import type { SqlSession } from '../session.ts';

/** The subdistricts of a district, by name (empty for an unknown district). */
export async function subdistrictsOfDistrict(s: SqlSession, district: string): Promise<string[]> {
  const res = await s.query<{ name: string }>(
    'SELECT s.name FROM subdistricts s JOIN districts d ON d.id = s.district_id WHERE d.name = $1 ORDER BY s.name', [district]);
  return res.rows.map((r) => r.name);
}

export async function districtExists(s: SqlSession, district: string): Promise<boolean> {
  const res = await s.query('SELECT 1 FROM districts WHERE name = $1', [district]);
  return res.rows.length > 0;
}

/**
 * Puts subdistricts under a district (created when new). Returns the names
 * that are not in the register, and assigns nothing then: a typo must not
 * leave half a district assigned.
 */
export async function assignSubdistrictsToDistrict(s: SqlSession, district: string, subdistricts: readonly string[]): Promise<{ unknown: string[] }> {
  const known = await s.query<{ name: string }>('SELECT name FROM subdistricts WHERE name = ANY($1::text[])', [[...subdistricts]]);
  const found = new Set(known.rows.map((r) => r.name));
  const unknown = subdistricts.filter((n) => !found.has(n));
  if (unknown.length > 0) return { unknown };
  await s.query('INSERT INTO districts (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [district]);
  await s.query('UPDATE subdistricts SET district_id = (SELECT id FROM districts WHERE name = $1) WHERE name = ANY($2::text[])', [district, [...subdistricts]]);
  return { unknown: [] };
}

export interface DistrictOfSubdistrict {
  readonly subdistrict: string;
  /** null = not assigned to a district yet. */
  readonly district: string | null;
}

/** Every subdistrict of the register with its district. */
export async function listSubdistrictDistricts(s: SqlSession): Promise<DistrictOfSubdistrict[]> {
  const res = await s.query<DistrictOfSubdistrict>(
    'SELECT s.name AS subdistrict, d.name AS district FROM subdistricts s LEFT JOIN districts d ON d.id = s.district_id ORDER BY d.name NULLS LAST, s.name');
  return res.rows;
}
