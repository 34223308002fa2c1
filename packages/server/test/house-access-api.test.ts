// GET /api/houses/{houseId}/access over HTTP on both engines: the door-access
// card of the house file, scoped to the jurisdiction, validated by its
// schema, documented in OpenAPI, and with no raw credential id on the wire.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessFeatures } from '@sentinel/detection';
import { shanghaiDay } from '@sentinel/domain';
import { describeEachEngine } from '../../db/test/engines.ts';
import { as, startHarness, type Harness } from './loop/harness.ts';
import { accessColumnsOf, doorEvents, seedDoorEvents, type DoorEvent } from '../../services/test/houses/access-fixture.ts';

describeEachEngine('house access route', (engine) => {
  let h: Harness;
  let events: DoorEvent[];
  let today: number;
  beforeAll(async () => {
    h = await startHarness(engine);
    today = shanghaiDay(h.clock.t);
    events = doorEvents(today);
    await seedDoorEvents(h.db, events);
  });
  afterAll(async () => h?.close());

  const get = (url: string, headers?: Record<string, string>) => h.app.inject({ method: 'GET', url, headers });

  it('answers the daily series and the 30-day figures the reasons quote, with credentials shortened', async () => {
    const res = await get('/api/houses/H1/access?days=30', as(h, 'grid_worker', 'own'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.covered).toBe(true);
    expect(body.days).toHaveLength(30);
    expect(body.events).toHaveLength(30);
    const houseIds = (await h.db.query<{ house_id: string }>('SELECT house_id FROM houses ORDER BY house_id')).rows.map((r) => r.house_id);
    const f = accessFeatures(accessColumnsOf(events, houseIds), houseIds.length, today - 29, today);
    const h1 = houseIds.indexOf('H1');
    expect(body.recent.credentials).toBe(f.distinctCredentials[h1]);
    expect(body.recent.nightEvents).toBe(f.nightEvents[h1]);
    expect(body.recent.peer).toMatchObject({ median: 2 });
    for (const e of events) expect(res.body).not.toContain(e.credential);
  });

  it('refuses another jurisdiction, anonymous callers and a window out of range', async () => {
    expect((await get('/api/houses/H1/access', as(h, 'grid_worker', 'other'))).json()).toMatchObject({ code: 'auth.out_of_jurisdiction' });
    expect((await get('/api/houses/H1/access', as(h, 'grid_worker', 'other'))).statusCode).toBe(403);
    expect((await get('/api/houses/H1/access')).statusCode).toBe(401);
    expect((await get('/api/houses/H1/access?days=400', as(h, 'grid_worker', 'own'))).statusCode).toBe(400);
    expect((await get('/api/houses/H1/access?until=3.2', as(h, 'grid_worker', 'own'))).statusCode).toBe(400);
  });

  it('says a compound without door data is not covered', async () => {
    const res = await get('/api/houses/X1/access', as(h, 'ops_center', 'own'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ houseId: 'X1', covered: false, days: [], recent: null });
  });

  it('is in the OpenAPI document under houses', async () => {
    const doc = (await get('/api/docs/json')).json() as { paths: Record<string, { get?: { tags?: string[] } }> };
    expect(doc.paths['/api/houses/{houseId}/access']?.get?.tags).toEqual(['houses']);
  });
});
