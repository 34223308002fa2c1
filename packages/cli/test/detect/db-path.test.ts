// The digital whistle over the database agrees with `sentinel detect --data`
// on the same data: a small demo district is generated, imported into each
// engine, and scored both ways; runs are stored with one alert per house.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { detect, type HouseAlert } from '@sentinel/detection';
import { dayToIso, isoToDay } from '@sentinel/domain';
import { importDataset, listRuns, loadDetectionInputFromDb, runDetectionAsSystem, systemContext, houseAlertHistory } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { generateDemo } from '@sentinel/demo';
import { IssueReport } from '../../src/detect/issueReport.ts';
import { loadDataset } from '../../src/detect/loadDataset.ts';

const END = '2026-11-15';
let dataset: string;

beforeAll(async () => {
  dataset = await mkdtemp(join(tmpdir(), 'sentinel-dbdetect-'));
  await generateDemo({ outDir: dataset, truthPath: join(dataset, 'truth.csv'), houses: 60, seed: 7, days: 60, end: END, messy: false });
});
afterAll(async () => { await rm(dataset, { recursive: true, force: true }); });

async function fileAlerts(asOfDay: number | null): Promise<HouseAlert[]> {
  const loaded = await loadDataset(dataset, { asOfDay, report: new IssueReport(() => {}), workers: 1 });
  return detect(loaded.input).alerts;
}

async function storedAlerts(db: Database, runId: string) {
  const res = await db.query<{ house_id: string; rank: number; score: number; level: string; onset_day: string | null; estimated_occupants: number | null; reasons: string[] }>(
    'SELECT house_id, rank, score, level::text AS level, onset_day::text AS onset_day, estimated_occupants, reasons FROM alerts WHERE run_id = $1 ORDER BY rank', [runId]);
  return res.rows;
}

function expectSame(db: Awaited<ReturnType<typeof storedAlerts>>, file: HouseAlert[]): void {
  expect(db.length).toBe(file.length);
  db.forEach((a, i) => {
    const f = file[i];
    expect({ house: a.house_id, rank: a.rank, level: a.level, onset: a.onset_day, reasons: a.reasons })
      .toEqual({ house: f.houseId, rank: f.rank, level: f.level, onset: f.onsetDay === null ? null : dayToIso(f.onsetDay), reasons: f.reasons });
    expect(Number(a.score)).toBe(f.score);
    // real column: float32 precision
    if (f.estimatedOccupants === null) expect(a.estimated_occupants).toBeNull();
    else expect(Number(a.estimated_occupants)).toBeCloseTo(f.estimatedOccupants, 4);
  });
}

describeEachEngine('detection over the database', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
    await importDataset(db, dataset);
  });
  afterAll(async () => { await db?.close(); });

  it('stores one alert per house, ranks 1..N, with the scores of the file path', async () => {
    const out = await runDetectionAsSystem(db, {}, () => Date.parse('2026-11-16T08:00:00+08:00'));
    expect(out.run.status).toBe('succeeded');
    expect(out.run.asOfDay).toBe(END);
    expect(out.run.triggeredBy).toBe('system');
    expect(out.run.houseCount).toBe(60);
    expect(out.run.redCount + out.run.yellowCount + out.run.greenCount).toBe(60);
    const stored = await storedAlerts(db, out.run.id);
    expect(stored.map((a) => a.rank)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(stored.map((a) => a.house_id)).size).toBe(60);
    expectSame(stored, await fileAlerts(null));
    expect(out.top).toHaveLength(10);
    const audit = await db.query<{ actor_id: string; action: string }>('SELECT actor_id, action FROM audit_log WHERE target_id = $1', [out.run.id]);
    expect(audit.rows).toEqual([{ actor_id: 'system', action: 'detection.run' }]);
  });

  it('respects --as-of: nothing later is used, and the paths still agree', async () => {
    const asOf = '2026-10-31';
    const { input } = await loadDetectionInputFromDb(db, { asOfDay: isoToDay(asOf) });
    expect(input.asOfDay).toBe(isoToDay(asOf));
    expect(input.water.startDay + input.water.days - 1).toBe(isoToDay(asOf));
    expect(input.complaints.every((c) => c.day <= input.asOfDay)).toBe(true);
    expect(input.inspections.every((i) => i.day <= input.asOfDay)).toBe(true);
    const out = await runDetectionAsSystem(db, { asOf }, () => Date.parse('2026-11-16T09:00:00+08:00'));
    expect(out.run.asOfDay).toBe(asOf);
    expectSame(await storedAlerts(db, out.run.id), await fileAlerts(isoToDay(asOf)));
  });

  it('keeps the run history and each house’s scores across runs', async () => {
    const ctx = systemContext(db);
    const runs = await listRuns({ ctx, input: { limit: 10, offset: 0 } });
    expect(runs.total).toBe(2);
    expect(runs.items.map((r) => r.asOfDay)).toEqual(['2026-10-31', END]);
    const houseId = (await storedAlerts(db, runs.items[0].id))[0].house_id;
    const history = await houseAlertHistory({ ctx: { ...ctx, user: { ...ctx.user, role: 'ops_center', jurisdiction: { subdistrict: (await db.query<{ s: string }>('SELECT subdistrict AS s FROM houses LIMIT 1')).rows[0].s, neighborhood: null, communities: null } } }, input: { houseId, limit: 10 } });
    expect(history.map((h) => h.asOfDay)).toEqual([END, '2026-10-31']);
  });
});
