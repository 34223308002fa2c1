// The whistle's API on an imported demo district: a run started through the
// API, today's alerts per role inside each jurisdiction (a committee sees its
// 居民区; a property company none: it is a private firm), the run history and a house's scores.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { createUser, importDataset, systemContext, type Jurisdiction } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { generateDemo } from '@sentinel/demo';
import { buildApp, type App } from '../../src/index.ts';
import { tempDir } from '../../../../test/temp-dir.ts';

const PASSWORD = 'test-password-123';
let dataset: string;

beforeAll(async () => {
  dataset = tempDir('sentinel-api-detect-');
  await generateDemo({ outDir: dataset, truthPath: join(dataset, 'truth.csv'), houses: 60, seed: 3, days: 60, end: '2026-11-15', messy: false });
});

type Headers = Record<string, string>;

describeEachEngine('detection API', (engine) => {
  let db: Database;
  let app: App;
  const as = new Map<string, Headers>();
  let places: { subdistrict: string; neighborhood: string; community: string }[];

  async function user(name: string, role: Role, jurisdiction: Jurisdiction): Promise<void> {
    await createUser({ ctx: systemContext(db), input: { username: name, displayName: name, role, unitName: name, jurisdiction, password: PASSWORD } });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    as.set(name, { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': res.json().csrfToken });
  }
  const get = (name: string, url: string) => app.inject({ method: 'GET', url, headers: as.get(name) });

  beforeAll(async () => {
    db = await engine.open();
    await importDataset(db, dataset);
    app = await buildApp({ db, logger: false, now: () => Date.parse('2026-11-16T09:00:00+08:00'), attachmentsDir: tempDir('sentinel-att-'), loginPerMinute: 1000 });
    places = (await db.query<{ subdistrict: string; neighborhood: string; community: string }>(
      'SELECT DISTINCT subdistrict, neighborhood, community FROM houses ORDER BY 2, 3')).rows;
    const sub = places[0].subdistrict;
    await user('ops', 'ops_center', { subdistrict: sub, neighborhood: null, communities: null });
    await user('committee', 'committee', { subdistrict: sub, neighborhood: places[0].neighborhood, communities: null });
    await user('property', 'property', { subdistrict: sub, neighborhood: places[0].neighborhood, communities: [places[0].community] });
    await user('admin', 'admin', { subdistrict: sub, neighborhood: null, communities: null });
  });
  afterAll(async () => { await app?.close(); await db?.close(); });

  it('answers an empty list before the first run', async () => {
    const res = await get('ops', '/api/alerts');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ run: null, total: 0, items: [] });
  });

  it('starts a run (201) for the operations centre; a committee may not', async () => {
    const denied = await app.inject({ method: 'POST', url: '/api/detection/runs', headers: as.get('committee'), payload: {} });
    expect(denied.statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: '/api/detection/runs', headers: as.get('ops'), payload: {} });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.run).toMatchObject({ status: 'succeeded', houseCount: 60, asOfDay: '2026-11-15', triggeredBy: expect.stringMatching(/^usr_/) });
    expect(body.top).toHaveLength(10);
    expect(body.top.map((t: { rank: number }) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const bad = await app.inject({ method: 'POST', url: '/api/detection/runs', headers: as.get('ops'), payload: { asOf: '2026-13-40' } });
    expect(bad.statusCode).toBe(400);
  });

  it('lists alerts by rank inside each jurisdiction', async () => {
    const all = (await get('ops', '/api/alerts?pageSize=500')).json();
    expect(all.total).toBe(60);
    expect(all.items.map((a: { rank: number }) => a.rank)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(all.items[0]).toMatchObject({ houseId: expect.any(String), address: expect.any(String), neighborhood: expect.any(String), community: expect.any(String), openCaseId: null });

    const mine = (await get('committee', '/api/alerts?pageSize=500')).json();
    const inNeighbourhood = all.items.filter((a: { neighborhood: string }) => a.neighborhood === places[0].neighborhood);
    expect(mine.total).toBe(inNeighbourhood.length);
    expect(mine.items.map((a: { houseId: string }) => a.houseId)).toEqual(inNeighbourhood.map((a: { houseId: string }) => a.houseId));

    // A property company sees no probabilities or ranks, not even of its own 小区 (docs/roles.md, 各角色可见的数据).
    expect((await get('property', '/api/alerts?pageSize=500')).statusCode).toBe(403);
    const houseInCompound = all.items.find((a: { community: string }) => a.community === places[0].community).houseId;
    expect((await get('property', `/api/houses/${houseInCompound}/alerts`)).statusCode).toBe(403);
    expect((await get('property', '/api/alerts/export.xlsx')).statusCode).toBe(403);

    // admin holds no unit role: no alert list
    expect((await get('admin', '/api/alerts')).statusCode).toBe(403);
  });

  it('filters by level, minimum score and place, and pages', async () => {
    const all = (await get('ops', '/api/alerts?pageSize=500')).json();
    const red = (await get('ops', '/api/alerts?level=red&level=yellow&pageSize=500')).json();
    expect(red.total).toBe(all.items.filter((a: { level: string }) => a.level !== 'green').length);
    const high = (await get('ops', '/api/alerts?minScore=0.05&pageSize=500')).json();
    expect(high.items.every((a: { score: number }) => a.score >= 0.05)).toBe(true);
    const page2 = (await get('ops', '/api/alerts?page=2&pageSize=7')).json();
    expect(page2.items.map((a: { rank: number }) => a.rank)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const place = (await get('ops', `/api/alerts?community=${encodeURIComponent(places[0].community)}&pageSize=500`)).json();
    expect(place.items.every((a: { community: string }) => a.community === places[0].community)).toBe(true);
  });

  it('keeps the run history and a house’s scores across runs', async () => {
    const second = await app.inject({ method: 'POST', url: '/api/detection/runs', headers: as.get('ops'), payload: { asOf: '2026-11-01' } });
    expect(second.statusCode).toBe(201);
    const runs = (await get('ops', '/api/detection/runs')).json();
    expect(runs.total).toBe(2);
    expect(runs.items.map((r: { asOfDay: string }) => r.asOfDay).sort()).toEqual(['2026-11-01', '2026-11-15']);
    expect((await get('committee', '/api/detection/runs')).statusCode).toBe(403);

    const houseInside = (await get('committee', '/api/alerts?pageSize=1')).json().items[0].houseId;
    const history = await get('committee', `/api/houses/${houseInside}/alerts`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toHaveLength(2);
    const outside = (await get('ops', '/api/alerts?pageSize=500')).json().items.find((a: { neighborhood: string }) => a.neighborhood !== places[0].neighborhood);
    if (outside) expect((await get('committee', `/api/houses/${outside.houseId}/alerts`)).statusCode).toBe(403);
  });
});
