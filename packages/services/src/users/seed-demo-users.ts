// Demo accounts, one per role, created only in demo mode (`npm start` with
// the demo dataset). Their scope is taken from the loaded house register: the
// biggest subdistrict, its biggest neighbourhood and that neighbourhood's
// biggest compound. Idempotent: existing demo users are left as they are.
import { findUserByUsername, type Database } from '@sentinel/db';
import { ROLE_LABELS, type Role } from '@sentinel/domain';
import type { Jurisdiction } from '../context.ts';
import { insertNewUser } from './create-user.ts';
import { committeeUnitName } from './unit-names.ts';

/** The one password of every demo account (listed in the README; demo mode only). */
export const DEMO_PASSWORD = 'sentinel-demo-2026';

export interface DemoCredential {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly roleLabel: string;
  readonly unitName: string;
  readonly jurisdiction: Jurisdiction;
}

/** `district`: the 区 of the subdistrict, when the register names one (then the district accounts are made too). */
interface DemoPlace { subdistrict: string; neighborhood: string; community: string; district: string | null }

async function demoPlace(db: Database): Promise<DemoPlace> {
  const res = await db.query<DemoPlace>(
    `WITH s AS (SELECT subdistrict FROM houses GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1),
          n AS (SELECT h.neighborhood FROM houses h JOIN s USING (subdistrict) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
     SELECT h.subdistrict, h.neighborhood, h.community,
            (SELECT d.name FROM subdistricts sd JOIN districts d ON d.id = sd.district_id WHERE sd.name = h.subdistrict) AS district
       FROM houses h JOIN s USING (subdistrict) JOIN n USING (neighborhood)
      GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 3 LIMIT 1`);
  // An empty register (server started before any import): the pilot subdistrict's names.
  return res.rows[0] ?? { subdistrict: '临汾路街道', neighborhood: '汾西居民区', community: '汾西小区', district: null };
}

function demoAccounts(p: DemoPlace): Array<Omit<DemoCredential, 'password' | 'roleLabel'> & { displayName: string }> {
  const whole: Jurisdiction = { subdistrict: p.subdistrict, neighborhood: null, communities: null };
  const hood: Jurisdiction = { subdistrict: p.subdistrict, neighborhood: p.neighborhood, communities: null };
  return [
    { username: 'ops', role: 'ops_center', unitName: `${p.subdistrict}城运中心`, jurisdiction: whole, displayName: '城运中心值班员' },
    { username: 'safety', role: 'safety_office', unitName: `${p.subdistrict}平安办`, jurisdiction: whole, displayName: '平安办干部' },
    { username: 'committee', role: 'committee', unitName: committeeUnitName(p.neighborhood), jurisdiction: hood, displayName: '居委会干部' },
    { username: 'grid', role: 'grid_worker', unitName: committeeUnitName(p.neighborhood), jurisdiction: hood, displayName: '网格员' },
    { username: 'property', role: 'property', unitName: `${p.community}物业`, jurisdiction: { ...hood, communities: [p.community] }, displayName: '物业管理员' },
    { username: 'enforcement', role: 'enforcement', unitName: `${p.subdistrict}综合执法中队`, jurisdiction: whole, displayName: '执法队员' },
    { username: 'police', role: 'police', unitName: `${p.subdistrict}派出所`, jurisdiction: whole, displayName: '社区民警' },
    { username: 'construction', role: 'construction', unitName: `${p.subdistrict}城建中心`, jurisdiction: whole, displayName: '城建中心干部' },
    { username: 'market', role: 'market', unitName: `${p.subdistrict}市场所`, jurisdiction: whole, displayName: '市场所干部' },
    { username: 'admin', role: 'admin', unitName: `${p.subdistrict}城运中心`, jurisdiction: whole, displayName: '系统管理员' },
    ...(p.district === null ? [] : districtAccounts(p.district)),
  ];
}

/** The district's (区) two oversight units, scoped to every subdistrict of the district. */
function districtAccounts(district: string): ReturnType<typeof demoAccounts> {
  const area: Jurisdiction = { subdistrict: null, neighborhood: null, communities: null, district };
  return [
    { username: 'district', role: 'district_office', unitName: `${district}群租整治办`, jurisdiction: area, displayName: '区群租整治办干部' },
    { username: 'district-enforcement', role: 'district_enforcement', unitName: `${district}城管执法局`, jurisdiction: area, displayName: '区城管执法队员' },
  ];
}

export async function seedDemoUsers(db: Database): Promise<DemoCredential[]> {
  const place = await demoPlace(db);
  const out: DemoCredential[] = [];
  for (const a of demoAccounts(place)) {
    const existing = await findUserByUsername(db, a.username);
    if (!existing) {
      await db.transaction((tx) => insertNewUser(tx, { ...a, password: DEMO_PASSWORD }, true));
    }
    out.push({ username: a.username, password: DEMO_PASSWORD, role: a.role, roleLabel: ROLE_LABELS[a.role], unitName: a.unitName, jurisdiction: a.jurisdiction });
  }
  return out;
}
