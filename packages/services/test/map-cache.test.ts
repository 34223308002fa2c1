// The battle map's outlines are cached per register version (issue 13: map
// areas were recomputed from every house on every request). What the cache
// gives must be what the full computation gives, at every step: the counts
// follow each new case and inspection at once, and an import that adds or
// moves a house redraws the outlines.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMapPoints, type Database } from '@sentinel/db';
import type { MapLevel } from '@sentinel/contract';
import { describeEachEngine } from '../../db/test/engines.ts';
import { buildAreas, mapAreas, openCaseFromAlert } from '../src/index.ts';
import { clockAt, ctxFor, OWN, seedHouses, SUB } from './closed-loop/fixtures.ts';

describeEachEngine('battle map outlines cached per register version', (engine) => {
  let db: Database;
  const clock = clockAt('2026-03-02T09:00:00+08:00');
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 6);
    await db.exec(`UPDATE houses SET lat = 31.30 + (source_line % 3) * 0.0004 + CASE neighborhood WHEN '${OWN.neighborhood}' THEN 0 ELSE 0.01 END,
                                     lon = 121.45 + (source_line % 4) * 0.0004`);
  });
  afterAll(async () => db.close());

  /** The served areas equal the full computation from every house, for each level. */
  const expectFresh = async (): Promise<void> => {
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    for (const level of ['neighborhood', 'community', 'building'] as MapLevel[]) {
      const served = await mapAreas({ ctx: ops, input: { level } });
      expect(served, level).toEqual(buildAreas(level, await listMapPoints(db, { subdistricts: [SUB], neighborhood: null, communities: null })));
    }
  };
  const own = async () => (await mapAreas({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { level: 'neighborhood' } }))
    .features.find((f) => f.properties.neighborhood === OWN.neighborhood)?.properties;

  it('counts a new case and a new inspection at once, with the outlines from the cache', async () => {
    await expectFresh();
    expect(await own()).toMatchObject({ houses: 6, openCases: 0, groupRentals: 0 });
    await openCaseFromAlert({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } });
    await db.exec("INSERT INTO inspections (house_id, inspected_at, result, import_batch_id, source_line) VALUES ('H2', '2026-03-01T10:00:00+08:00', 'confirmed', 1, 2)");
    expect(await own()).toMatchObject({ houses: 6, openCases: 1, groupRentals: 1 });
    await expectFresh();
  });

  it('redraws the outlines after an import adds a house and moves another', async () => {
    const before = (await mapAreas({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { level: 'neighborhood' } }))
      .features.find((f) => f.properties.neighborhood === OWN.neighborhood)?.geometry;
    await db.exec(`
      INSERT INTO import_batches (table_name, file, sha256, size_bytes, status) VALUES ('houses', 'houses-2.csv', 'test-2', 0, 'imported');
      INSERT INTO houses (house_id, building_id, subdistrict, neighborhood, community, building, unit, room, address, area_m2, bedrooms, registered_residents, import_batch_id, source_line, lat, lon)
        SELECT 'H99', building_id, '${SUB}', neighborhood, community, building, NULL, '999', '汾西路261弄12号999室', 60, 2, 3, (SELECT max(id) FROM import_batches), 99, 31.31, 121.46
        FROM houses WHERE house_id = 'H1';
      UPDATE houses SET lat = 31.29, import_batch_id = (SELECT max(id) FROM import_batches) WHERE house_id = 'H3';`);
    expect(await own()).toMatchObject({ houses: 7, openCases: 1 });
    const after = (await mapAreas({ ctx: ctxFor(db, clock, 'ops_center', 'whole'), input: { level: 'neighborhood' } }))
      .features.find((f) => f.properties.neighborhood === OWN.neighborhood)?.geometry;
    expect(after).not.toEqual(before);
    await expectFresh();
  });

  it('keeps each jurisdiction to its own areas (a committee sees its neighbourhood only)', async () => {
    const committee = await mapAreas({ ctx: ctxFor(db, clock, 'committee'), input: { level: 'neighborhood' } });
    expect(committee.features.map((f) => f.properties.neighborhood)).toEqual([OWN.neighborhood]);
    const other = await mapAreas({ ctx: ctxFor(db, clock, 'committee', 'other'), input: { level: 'community', neighborhood: OWN.neighborhood } });
    expect(other.features).toEqual([]);
  });
});
