// The lived-in demo board (`npm start`): about 40 cases over every state of
// the loop through the real services, back-dated, with their documents
// issued; the bulletin shows non-zero figures for this month and the last;
// a second run seeds nothing. On PGlite and PostgreSQL.
import { expect, it } from 'vitest';
import { copyAlerts, insertDetectionRun, type Database } from '@sentinel/db';
import { CASE_STATES, dayToIso, shanghaiDay, type CaseState } from '@sentinel/domain';
import { getBulletin, seedDemoCases, seedDemoUsers } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { photoDir, seedHouses, userOf } from '../closed-loop/fixtures.ts';

const NOW = Date.parse('2026-12-07T15:00:00+08:00');

/** A succeeded whistle run over every house, most suspicious first. */
async function whistleRun(db: Database): Promise<void> {
  const houses = (await db.query<{ house_id: string }>('SELECT house_id FROM houses ORDER BY house_id')).rows;
  await insertDetectionRun(db, {
    id: 'run-demo', startedAt: new Date(NOW - 3_600_000), finishedAt: new Date(NOW - 3_000_000), asOfDay: dayToIso(shanghaiDay(NOW) - 1),
    modelVersion: 'test', params: {}, status: 'succeeded', houseCount: houses.length, triggeredBy: 'test', durationMs: 1,
  });
  await copyAlerts(db, 'run-demo', houses.map((h, i) => ({
    houseId: h.house_id, rank: i + 1, score: 0.95 - i * 0.005, level: i < 30 ? 'red' : 'yellow', onsetDay: null, estimatedOccupants: 7, reasons: ['用水量为登记人口的 3 倍'],
  })));
}

describeEachEngine('demo cases seed', (engine) => {
  it('covers every state of the loop, issues the documents, fills two months of the bulletin, and runs once', async () => {
    const db = await engine.open();
    try {
      await seedHouses(db, 60);
      await seedDemoUsers(db);
      await whistleRun(db);
      const dir = await photoDir();
      const seeded = await seedDemoCases(db, { dir }, NOW);
      expect(seeded).toBeGreaterThanOrEqual(38);

      const states = (await db.query<{ state: CaseState; n: number }>('SELECT state, count(*)::int AS n FROM cases GROUP BY state')).rows;
      const byState = new Map(states.map((r) => [r.state, r.n]));
      // Every state of the loop, the 回潮 escalation included.
      for (const state of CASE_STATES) expect(byState.get(state) ?? 0, state).toBeGreaterThan(0);
      const total = states.reduce((n, r) => n + r.n, 0);
      expect(total).toBeGreaterThanOrEqual(38);
      expect(total).toBeLessThanOrEqual(50);
      // Cases of several 居民区, with official numbers, and dispatches already overdue.
      expect((await db.query('SELECT DISTINCT h.neighborhood FROM cases c JOIN houses h USING (house_id)')).rows.length).toBe(2);
      expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE case_number LIKE '临汾群租〔2026〕%'`)).rows[0].n).toBe(total);
      expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE deadline_due_day < ${shanghaiDay(NOW)}`)).rows[0].n).toBeGreaterThan(0);
      // Documents issued with their 文号: three notices for every case that was served, a checklist for every confirmation.
      const served = (await db.query<{ n: number }>(`SELECT count(DISTINCT case_id)::int AS n FROM case_events WHERE action = 'serve_notices'`)).rows[0].n;
      const docs = (await db.query<{ kind: string; n: number }>('SELECT kind, count(*)::int AS n FROM document_numbers WHERE case_id IS NOT NULL GROUP BY kind')).rows;
      expect(Object.fromEntries(docs.map((d) => [d.kind, d.n]))).toMatchObject({ rectification_notice: served, population_registration_notice: served, rental_filing_notice: served });
      // Back-dated: the events spread over the last months, none in the future.
      const span = (await db.query<{ first: Date; last: Date }>('SELECT min(at) AS first, max(at) AS last FROM case_events')).rows[0];
      expect(new Date(span.last).getTime()).toBeLessThanOrEqual(NOW);
      expect(NOW - new Date(span.first).getTime()).toBeGreaterThan(45 * 86_400_000);

      // The bulletin of this month and of the last shows real figures.
      const ops = { db, user: userOf('ops_center', 'whole'), now: () => NOW };
      for (const [from, to] of [['2026-12-01', '2026-12-07'], ['2026-11-01', '2026-11-30']]) {
        const bulletin = await getBulletin({ ctx: ops, input: { from, to } });
        const f = bulletin.bulletin.overall;
        expect(f.discovered, `${from} discovered`).toBeGreaterThan(0);
        expect(f.confirmed, `${from} confirmed`).toBeGreaterThan(0);
        expect(f.disposal.numerator, `${from} disposal`).toBeGreaterThan(0);
        expect(f.relapse.numerator, `${from} relapse`).toBeGreaterThan(0);
      }

      const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events')).rows[0].n;
      expect(await seedDemoCases(db, { dir }, NOW + 86_400_000)).toBe(0);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events')).rows[0].n).toBe(before);
    } finally {
      await db.close();
    }
  }, 900_000);
});
