// The battle map and consumption routes against a real database: scoped to
// the user's jurisdiction, refused without the right, and the peer band
// computed from the stored daily series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/test/engines.ts';
import { as, startHarness, type Harness } from './loop/harness.ts';
import { OTHER, OWN } from '../../services/test/closed-loop/fixtures.ts';

interface Areas { features: { properties: { name: string; neighborhood: string; houses: number; level: string }; geometry: { coordinates: number[][][] } }[] }

/** Points, one meter per house and 5 days of water: the peers use 1..2 m3, the first own house 6 m3. */
async function seedGeometryAndWater(h: Harness): Promise<string> {
  await h.db.exec(`UPDATE houses SET lat = 31.30 + (source_line % 7) * 0.0004 + CASE neighborhood WHEN '${OWN.neighborhood}' THEN 0 ELSE 0.01 END,
                                     lon = 121.45 + (source_line % 5) * 0.0004`);
  const houses = await h.db.query<{ house_id: string; import_batch_id: number }>('SELECT house_id, import_batch_id FROM houses ORDER BY house_id');
  let i = 0;
  for (const house of houses.rows) {
    i++;
    const m = await h.db.query<{ id: number }>(
      `INSERT INTO meters (meter_id, house_id, kind, unit, import_batch_id, source_line) VALUES ($1, $2, 'water', 'm3', $3, $4) RETURNING id`,
      [`W-${house.house_id}`, house.house_id, house.import_batch_id, i]);
    const level = i === 1 ? 6 : 1 + (i % 3) * 0.5;
    await h.db.query(
      `INSERT INTO meter_daily_consumption (meter_ref, start_day, amounts, flags, coverage) VALUES ($1, '2026-02-01', $2::float8[], '{0,0,0,0,0}', '{1,1,1,1,1}')`,
      [m.rows[0].id, [level, level, null, level, level]]);
  }
  return houses.rows[0].house_id;
}

describeEachEngine('battle map and consumption routes', (engine) => {
  let h: Harness;
  let firstHouse: string;
  beforeAll(async () => {
    h = await startHarness(engine);
    firstHouse = await seedGeometryAndWater(h);
  });
  afterAll(async () => h?.close());

  const get = (url: string, headers?: Record<string, string>) => h.app.inject({ method: 'GET', url, headers });

  it('gives the district units every neighbourhood as a closed polygon', async () => {
    const res = await get('/api/map/areas?level=neighborhood', as(h, 'ops_center', 'own'));
    expect(res.statusCode).toBe(200);
    const areas = res.json() as Areas;
    expect(areas.features.map((f) => f.properties.name).sort()).toEqual([OWN.neighborhood, OTHER.neighborhood].sort());
    for (const f of areas.features) {
      const ring = f.geometry.coordinates[0];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(f.properties.houses).toBeGreaterThan(0);
    }
  });

  it('shows a committee only its own neighbourhood, even when it asks for another', async () => {
    const own = (await get('/api/map/areas?level=community', as(h, 'committee', 'own'))).json() as Areas;
    expect(new Set(own.features.map((f) => f.properties.neighborhood))).toEqual(new Set([OWN.neighborhood]));
    const other = await get(`/api/map/areas?level=community&neighborhood=${encodeURIComponent(OTHER.neighborhood)}`, as(h, 'committee', 'own'));
    expect((other.json() as Areas).features).toEqual([]);
  });

  it('lists the dwellings of a building and refuses the property company, the administrator and anonymous callers', async () => {
    const q = `neighborhood=${encodeURIComponent(OWN.neighborhood)}&community=${encodeURIComponent(OWN.community)}&building=${encodeURIComponent('12号')}`;
    const dwellings = await get(`/api/map/dwellings?${q}`, as(h, 'grid_worker', 'own'));
    expect(dwellings.statusCode).toBe(200);
    const items = (dwellings.json() as { items: { room: string; address: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    // The list shows room numbers, not ids.
    expect(items[0].room).not.toBe('');
    expect(items[0].address).toContain(items[0].room);
    const streets = await get('/api/map/streets', as(h, 'grid_worker', 'own'));
    expect(streets.statusCode).toBe(200);
    for (const s of (streets.json() as { items: { line: unknown[] }[] }).items) expect(s.line).toHaveLength(2);
    // The map shades areas by alerts and group rentals: not for a property company (docs/roles.md, 各角色可见的数据).
    for (const url of ['/api/map/areas', `/api/map/dwellings?${q}`, '/api/map/streets']) expect((await get(url, as(h, 'property', 'own'))).statusCode).toBe(403);
    expect((await get('/api/map/areas', as(h, 'admin', 'own'))).statusCode).toBe(403);
    expect((await get('/api/map/areas')).statusCode).toBe(401);
  });

  it('returns the daily water with the peers quartiles, inside the jurisdiction only', async () => {
    const res = await get(`/api/houses/${firstHouse}/consumption`, as(h, 'committee', 'own'));
    expect(res.statusCode).toBe(200);
    const body = res.json() as { series: { kind: string; days: string[]; amounts: (number | null)[]; peer: { level: string; peers: number; median: (number | null)[]; p25: (number | null)[]; p75: (number | null)[] } | null }[] };
    expect(body.series).toHaveLength(1);
    const water = body.series[0];
    expect(water.days).toEqual(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05']);
    expect(water.amounts).toEqual([6, 6, null, 6, 6]);
    // Too few same-layout peers in the compound and the neighbourhood: the district's.
    expect(water.peer?.level).toBe('district');
    expect(water.peer?.median[2]).toBeNull();
    const med = water.peer?.median[0] ?? 0;
    expect(med).toBeGreaterThanOrEqual(1);
    expect(med).toBeLessThanOrEqual(2);
    expect(water.peer?.p25[0]).toBeLessThanOrEqual(med);
    expect(water.peer?.p75[0]).toBeGreaterThanOrEqual(med);

    expect((await get(`/api/houses/${firstHouse}/consumption`, as(h, 'committee', 'other'))).statusCode).toBe(403);
    expect((await get(`/api/houses/${firstHouse}/consumption`, as(h, 'property', 'own'))).statusCode).toBe(403);
    expect((await get('/api/houses/NOPE/consumption', as(h, 'committee', 'own'))).statusCode).toBe(404);
  });
});

describe('map route registration', () => {
  it('is documented in the OpenAPI tags', async () => {
    const { buildApp } = await import('../src/index.ts');
    const { openDatabase } = await import('@sentinel/db');
    const db = await openDatabase({ dataDir: 'memory://' });
    const app = await buildApp({ db, logger: false });
    try {
      const paths = Object.keys((await app.inject({ url: '/api/docs/json' })).json().paths as Record<string, unknown>);
      expect(paths).toEqual(expect.arrayContaining(['/api/map/areas', '/api/map/dwellings', '/api/map/streets', '/api/houses/{houseId}/consumption']));
    } finally {
      await app.close();
      await db.close();
    }
  });
});
