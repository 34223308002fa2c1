// Issue #15 part 1–2: two subdistricts in one district (静安区) and a third in
// another (宝山区), on both engines, over HTTP. Each user sees exactly the
// houses, alerts, cases and map areas of its own subdistricts — a district
// user all of its district's, a subdistrict user its own — and single-house
// reads and writes outside the scope answer 403. Numbering stays per
// subdistrict. Table-driven: one row per user, one column per read endpoint.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { createUser, type Jurisdiction } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { userOf } from '../../../services/test/closed-loop/fixtures.ts';
import { tempDir } from '../../../../test/temp-dir.ts';
import { buildApp, type App } from '../../src/index.ts';
import { housesOf, PLACES, RUN_ID, seedDistrictRegister } from './district-register.ts';

const PASSWORD = 'district-test-pw-1';
const ALL_HOUSES = PLACES.flatMap((p) => housesOf(p.subdistrict));

interface Actor { username: string; role: Role; jurisdiction: Omit<Jurisdiction, 'districtSubdistricts'>; sees: readonly string[] }

const whole = (subdistrict: string) => ({ subdistrict, neighborhood: null, communities: null });
const district = (name: string) => ({ subdistrict: null, neighborhood: null, communities: null, district: name });

const ACTORS: readonly Actor[] = [
  { username: 'jd-office', role: 'district_office', jurisdiction: district('静安区'), sees: ['临汾路街道', '芷江西路街道'] },
  { username: 'jd-enforcement', role: 'district_enforcement', jurisdiction: district('静安区'), sees: ['临汾路街道', '芷江西路街道'] },
  { username: 'bs-office', role: 'district_office', jurisdiction: district('宝山区'), sees: ['大场镇'] },
  { username: 'lf-ops', role: 'ops_center', jurisdiction: whole('临汾路街道'), sees: ['临汾路街道'] },
  { username: 'zj-ops', role: 'ops_center', jurisdiction: whole('芷江西路街道'), sees: ['芷江西路街道'] },
  { username: 'dc-ops', role: 'ops_center', jurisdiction: whole('大场镇'), sees: ['大场镇'] },
  { username: 'lf-committee', role: 'committee', jurisdiction: { subdistrict: '临汾路街道', neighborhood: '汾西居民区', communities: null }, sees: ['临汾路街道'] },
];

/** Each read endpoint and how to get the subdistricts' houses out of its answer. */
interface ReadBody { items?: { houseId: string }[]; features?: { properties: { neighborhood: string } }[] }
const READS: ReadonlyArray<{ name: string; url: string; houses(body: ReadBody): string[] }> = [
  { name: 'houses', url: '/api/houses?pageSize=500', houses: (b) => (b.items ?? []).map((x) => x.houseId) },
  { name: 'alerts', url: '/api/alerts?pageSize=500', houses: (b) => (b.items ?? []).map((x) => x.houseId) },
  { name: 'cases', url: '/api/cases?pageSize=500', houses: (b) => (b.items ?? []).map((x) => x.houseId) },
  {
    name: 'map areas', url: '/api/map/areas?level=neighborhood',
    // An area stands for all its houses: expand each neighbourhood to the houses of its subdistrict.
    houses: (b) => (b.features ?? []).flatMap((f) => housesOf(PLACES.find((p) => p.neighborhood === f.properties.neighborhood)?.subdistrict ?? '')),
  },
];
/** Houses a case is opened on (one per subdistrict) and those in the read tables. */
const CASE_HOUSES = PLACES.map((p) => housesOf(p.subdistrict)[0]);

describeEachEngine('district and subdistrict scopes over HTTP', (engine) => {
  let db: Database;
  let app: App;
  const cookies = new Map<string, { cookie: string; 'x-csrf-token': string }>();
  const caseOf = new Map<string, { id: string; number: string }>();
  const now = Date.parse('2026-03-02T09:00:00+08:00');

  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: cookies.get(who) });
  const post = (who: string, url: string, payload: object) => app.inject({ method: 'POST', url, headers: cookies.get(who), payload });

  beforeAll(async () => {
    db = await engine.open();
    await seedDistrictRegister(db);
    app = await buildApp({ db, logger: false, now: () => now, attachmentsDir: tempDir('sentinel-district-att-'), loginPerMinute: 1000 });
    const admin = { db, user: userOf('admin', 'whole', 'bootstrap-admin'), now: () => now };
    for (const a of ACTORS) {
      await createUser({ ctx: admin, input: { username: a.username, displayName: a.username, role: a.role, unitName: `${a.username} 单位`, jurisdiction: a.jurisdiction, password: PASSWORD } });
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: a.username, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${a.username}: ${res.body}`);
      cookies.set(a.username, { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': res.json().csrfToken });
    }
    // Each subdistrict's operations centre opens a case from its red alert.
    for (const [who, houseId] of [['lf-ops', 'A1'], ['zj-ops', 'B1'], ['dc-ops', 'C1']] as const) {
      const res = await post(who, '/api/intake/alerts', { houseId, score: 0.9, level: 'red', reasons: ['用水异常'], runId: RUN_ID });
      if (res.statusCode !== 200) throw new Error(`open ${houseId}: ${res.body}`);
      caseOf.set(houseId, { id: res.json().caseId, number: res.json().caseNumber });
    }
  });
  afterAll(async () => { await app?.close(); await db?.close(); });

  it('numbers cases per subdistrict: each subdistrict starts its own sequence under its own prefix', () => {
    const numbers = CASE_HOUSES.map((h) => caseOf.get(h)?.number ?? '');
    for (const n of numbers) expect(n).toMatch(/〔2026〕0001号$/);
    expect(new Set(numbers.map((n) => n.split('〔')[0])).size).toBe(3);
  });

  it('the session tells a district user its district and its subdistricts', async () => {
    const me = (await get('jd-office', '/api/auth/me')).json();
    expect(me.user.jurisdiction).toMatchObject({ subdistrict: null, district: '静安区', districtSubdistricts: ['临汾路街道', '芷江西路街道'] });
  });

  for (const actor of ACTORS) {
    it(`${actor.username} (${actor.role}) reads exactly the houses of ${actor.sees.join('、')}`, async () => {
      const mine = actor.sees.flatMap(housesOf);
      for (const read of READS) {
        const res = await get(actor.username, read.url);
        expect(res.statusCode, `${read.name}: ${res.body}`).toBe(200);
        const seen = [...new Set(read.houses(res.json()))].sort();
        const expected = read.name === 'cases' ? CASE_HOUSES.filter((h) => mine.includes(h)) : mine;
        expect(seen, read.name).toEqual([...expected].sort());
      }
      for (const houseId of ALL_HOUSES) {
        const res = await get(actor.username, `/api/houses/${houseId}`);
        expect(res.statusCode, `house ${houseId}`).toBe(mine.includes(houseId) ? 200 : 403);
      }
      for (const houseId of CASE_HOUSES) {
        const res = await get(actor.username, `/api/cases/${caseOf.get(houseId)?.id}`);
        expect(res.statusCode, `case of ${houseId}`).toBe(mine.includes(houseId) ? 200 : 403);
      }
    });
  }

  it('a district user oversees but does not work cases: opening and transitions are refused', async () => {
    const open = await post('jd-office', '/api/intake/alerts', { houseId: 'A2', score: 0.5, level: 'yellow', reasons: ['用水异常'], runId: RUN_ID });
    expect(open.statusCode).toBe(403);
    expect(open.json().code).toBe('auth.forbidden');
    const step = await post('jd-enforcement', `/api/cases/${caseOf.get('A1')?.id}/transitions`, { action: 'dispatch', evidence: {} });
    expect(step.statusCode).toBe(403);
  });

  it('writes outside the scope answer 403 out_of_jurisdiction, inside they pass', async () => {
    const reveal = (who: string, houseId: string) => post(who, `/api/households/${houseId}/parties/reveal`, { purpose: '区执法局立案查处' });
    expect((await reveal('jd-enforcement', 'B2')).statusCode).toBe(200);
    const outside = await reveal('jd-enforcement', 'C2');
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('auth.out_of_jurisdiction');
    expect((await reveal('lf-committee', 'B2')).json().code).toBe('auth.out_of_jurisdiction');
    const step = await post('lf-ops', `/api/cases/${caseOf.get('B1')?.id}/transitions`, { action: 'dispatch', evidence: {} });
    expect(step.statusCode).toBe(403);
    expect(step.json().code).toBe('auth.out_of_jurisdiction');
  });

  it('a district user reads its subdistricts\' precision and units; one subdistrict\'s own lists (referral housing) are refused', async () => {
    expect((await get('jd-office', '/api/whistle/precision')).statusCode).toBe(200);
    const units = await get('jd-office', '/api/directory/units');
    expect(units.statusCode).toBe(200);
    const subs = new Set((units.json().items as { subdistrict: string }[]).map((u) => u.subdistrict));
    expect([...subs].sort()).toEqual(['临汾路街道', '芷江西路街道']);
    expect((await get('jd-office', '/api/referral-housing')).statusCode).toBe(403);
  });
});
