// Every bulletin figure against the same figure computed by an independent SQL
// query (PostgreSQL via PGlite) over the same rows, for the jurisdiction and
// each neighbourhood, over several periods. The SQL is the formula as
// docs/documents.md states it, written separately from the TypeScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { CASE_SOURCES, COMPLAINT_CHANNELS, isoToDay } from '@sentinel/domain';
import { computeBulletin, type BulletinAlert, type BulletinCase, type BulletinComplaint, type BulletinFigures } from '../../src/index.ts';

/** Deterministic PRNG (mulberry32): the same data every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOODS = ['上钢一', '上钢二', '上钢三', '上钢四', '上钢五', '上钢六'];
const START = isoToDay('2026-01-01');

function generate(): { cases: BulletinCase[]; alerts: BulletinAlert[]; complaints: BulletinComplaint[] } {
  const r = prng(20260930);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (n: number): number => Math.floor(r() * n);
  const cases: BulletinCase[] = [];
  for (let i = 0; i < 400; i += 1) {
    const discovered = START + int(330);
    const confirmed = r() < 0.6 ? discovered + int(10) : null;
    const rectified = confirmed !== null && r() < 0.7 ? confirmed + 3 + int(30) : null;
    const end = rectified !== null ? r() : 1;
    cases.push({
      id: `C${i}`,
      houseId: `H${int(300)}`,
      neighborhood: pick(HOODS),
      source: pick(CASE_SOURCES),
      discoveredDay: discovered,
      onsetDay: r() < 0.6 ? discovered - int(120) : null,
      confirmedDay: confirmed,
      ruledOutDay: confirmed === null && r() < 0.7 ? discovered + int(10) : null,
      rectifiedDay: rectified,
      closedDay: rectified !== null && end < 0.4 ? rectified + 30 + int(90) : null,
      relapsedDay: rectified !== null && end > 0.8 ? rectified + 5 + int(120) : null,
      firstMediaDay: r() < 0.8 ? discovered + int(15) : null,
    });
  }
  const alerts: BulletinAlert[] = Array.from({ length: 300 }, (_, i) => {
    const day = START + int(340);
    const outcome = pick(['confirmed', 'not_confirmed', null] as const);
    return { houseId: `H${i}`, neighborhood: pick(HOODS), alertDay: day, outcome, outcomeDay: outcome === null ? null : day + int(20) };
  });
  const complaints: BulletinComplaint[] = Array.from({ length: 300 }, (_, i) => ({
    ticketId: `T${i}`,
    neighborhood: r() < 0.9 ? pick(HOODS) : null,
    receivedDay: START + int(360),
    channel: pick(COMPLAINT_CHANNELS),
    category: pick(['群租', '群租', '噪音', '消防安全', null]),
  }));
  return { cases, alerts, complaints };
}

const data = generate();
let db: PGlite;

const lit = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

beforeAll(async () => {
  db = new PGlite();
  await db.exec(`
    CREATE TABLE cases (id text, neighborhood text, source text, discovered_day int, onset_day int, confirmed_day int, ruled_out_day int,
      rectified_day int, closed_day int, relapsed_day int, first_media_day int);
    CREATE TABLE alerts (neighborhood text, alert_day int, outcome text, outcome_day int);
    CREATE TABLE complaints (neighborhood text, received_day int, channel text, category text);`);
  await db.exec(`INSERT INTO cases VALUES ${data.cases.map((c) => `(${[c.id, c.neighborhood, c.source, c.discoveredDay, c.onsetDay, c.confirmedDay, c.ruledOutDay, c.rectifiedDay, c.closedDay, c.relapsedDay, c.firstMediaDay].map(lit).join(',')})`).join(',')}`);
  await db.exec(`INSERT INTO alerts VALUES ${data.alerts.map((a) => `(${[a.neighborhood, a.alertDay, a.outcome, a.outcomeDay].map(lit).join(',')})`).join(',')}`);
  await db.exec(`INSERT INTO complaints VALUES ${data.complaints.map((t) => `(${[t.neighborhood, t.receivedDay, t.channel, t.category].map(lit).join(',')})`).join(',')}`);
});

afterAll(async () => {
  await db?.close();
});

interface SqlFigures {
  discovered: number; confirmed: number; proactive_n: number; disposal_n: number; visible_n: number;
  watched: number; relapsed: number; onset_count: number; onset_median: number | null; onset_mean: number | null;
  rect_count: number; rect_median: number | null; rect_mean: number | null;
  alerts_raised: number; alerts_verified: number; alerts_confirmed: number; complaints: number;
}

/** $1, $2 = period; $3 = neighbourhood or NULL for the whole jurisdiction. */
const FIGURES_SQL = `
WITH c AS (SELECT * FROM cases WHERE $3::text IS NULL OR neighborhood = $3),
     a AS (SELECT * FROM alerts WHERE $3::text IS NULL OR neighborhood = $3),
     t AS (SELECT * FROM complaints WHERE $3::text IS NULL OR neighborhood = $3)
SELECT
  (SELECT count(*) FROM c WHERE discovered_day BETWEEN $1 AND $2)::int AS discovered,
  (SELECT count(*) FROM c WHERE confirmed_day BETWEEN $1 AND $2)::int AS confirmed,
  (SELECT count(*) FROM c WHERE confirmed_day BETWEEN $1 AND $2 AND source <> '12345')::int AS proactive_n,
  (SELECT count(*) FROM c WHERE confirmed_day BETWEEN $1 AND $2 AND rectified_day <= $2)::int AS disposal_n,
  (SELECT count(*) FROM c WHERE discovered_day BETWEEN $1 AND $2 AND first_media_day <= $2)::int AS visible_n,
  (SELECT count(*) FROM c WHERE rectified_day <= $2 AND coalesce(least(closed_day, relapsed_day), $1) >= $1)::int AS watched,
  (SELECT count(*) FROM c WHERE rectified_day <= $2 AND coalesce(least(closed_day, relapsed_day), $1) >= $1 AND relapsed_day BETWEEN $1 AND $2)::int AS relapsed,
  (SELECT count(*) FROM c WHERE confirmed_day BETWEEN $1 AND $2 AND onset_day IS NOT NULL)::int AS onset_count,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, discovered_day - onset_day)) FROM c WHERE confirmed_day BETWEEN $1 AND $2 AND onset_day IS NOT NULL) AS onset_median,
  (SELECT avg(greatest(0, discovered_day - onset_day))::float8 FROM c WHERE confirmed_day BETWEEN $1 AND $2 AND onset_day IS NOT NULL) AS onset_mean,
  (SELECT count(*) FROM c WHERE rectified_day BETWEEN $1 AND $2)::int AS rect_count,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY rectified_day - discovered_day) FROM c WHERE rectified_day BETWEEN $1 AND $2) AS rect_median,
  (SELECT avg(rectified_day - discovered_day)::float8 FROM c WHERE rectified_day BETWEEN $1 AND $2) AS rect_mean,
  (SELECT count(*) FROM a WHERE alert_day BETWEEN $1 AND $2)::int AS alerts_raised,
  (SELECT count(*) FROM a WHERE outcome IS NOT NULL AND outcome_day BETWEEN $1 AND $2)::int AS alerts_verified,
  (SELECT count(*) FROM a WHERE outcome = 'confirmed' AND outcome_day BETWEEN $1 AND $2)::int AS alerts_confirmed,
  (SELECT count(*) FROM t WHERE channel = '12345' AND category = '群租' AND received_day BETWEEN $1 AND $2)::int AS complaints`;

function expectSame(f: BulletinFigures, s: SqlFigures, where: string): void {
  const close = (a: number | null, b: number | null) => (a === null || b === null ? expect(a, where).toBe(b) : expect(a, where).toBeCloseTo(b, 9));
  expect([f.discovered, f.confirmed], where).toEqual([s.discovered, s.confirmed]);
  expect([f.proactiveDiscovery.numerator, f.proactiveDiscovery.denominator], where).toEqual([s.proactive_n, s.confirmed]);
  expect([f.disposal.numerator, f.disposal.denominator], where).toEqual([s.disposal_n, s.confirmed]);
  expect([f.visibility.numerator, f.visibility.denominator], where).toEqual([s.visible_n, s.discovered]);
  expect([f.relapse.numerator, f.relapse.denominator], where).toEqual([s.relapsed, s.watched]);
  expect(f.onsetToDiscoveryDays.count, where).toBe(s.onset_count);
  close(f.onsetToDiscoveryDays.median, s.onset_median);
  close(f.onsetToDiscoveryDays.mean, s.onset_mean);
  expect(f.discoveryToRectificationDays.count, where).toBe(s.rect_count);
  close(f.discoveryToRectificationDays.median, s.rect_median);
  close(f.discoveryToRectificationDays.mean, s.rect_mean);
  expect(f.alertsRaised, where).toBe(s.alerts_raised);
  expect([f.alertConfirmation.numerator, f.alertConfirmation.denominator], where).toEqual([s.alerts_confirmed, s.alerts_verified]);
  expect(f.complaints12345, where).toBe(s.complaints);
}

const PERIODS = [
  ['2026-09-01', '2026-09-30'],
  ['2026-01-01', '2026-03-31'],
  ['2026-06-15', '2026-06-15'],
  ['2026-01-01', '2026-12-31'],
] as const;

describe('bulletin figures equal independent SQL over the same rows', () => {
  it.each(PERIODS)('%s … %s', async (from, to) => {
    const period = { fromDay: isoToDay(from), toDay: isoToDay(to) };
    const bulletin = computeBulletin({ period, ...data });
    const overall = await db.query<SqlFigures>(FIGURES_SQL, [period.fromDay, period.toDay, null]);
    expectSame(bulletin.overall, overall.rows[0], `${from}..${to} 全街道`);
    for (const n of bulletin.neighborhoods) {
      const res = await db.query<SqlFigures>(FIGURES_SQL, [period.fromDay, period.toDay, n.neighborhood]);
      expectSame(n.figures, res.rows[0], `${from}..${to} ${n.neighborhood}`);
    }
    // The data must exercise the formulas, not compare zeros with zeros.
    if (from === '2026-01-01' && to === '2026-12-31') {
      expect(bulletin.overall.relapse.numerator).toBeGreaterThan(0);
      expect(bulletin.overall.disposal.numerator).toBeGreaterThan(0);
      expect(bulletin.overall.complaints12345).toBeGreaterThan(0);
    }
  });
});
