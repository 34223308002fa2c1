// The demo seeds `npm start` runs after the demo accounts: a campaign with
// visits and the referral housing, through the real services, once.
import { expect, it } from 'vitest';
import { openCaseFromAlert, seedDemoReferral, seedDemoSurvey, seedDemoUsers } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { photoDir, seedHouses, userOf } from '../closed-loop/fixtures.ts';

describeEachEngine('survey and referral demo seeds', (engine) => {
  it('fill a campaign with visits and the referral housing, and run only once', async () => {
    const db = await engine.open();
    try {
      await seedHouses(db, 8);
      await db.exec("UPDATE houses SET is_rental = true WHERE house_id LIKE 'H%' OR house_id LIKE 'X%'");
      await seedDemoUsers(db);
      const now = Date.parse('2026-03-20T09:00:00+08:00');
      await openCaseFromAlert({ ctx: { db, user: userOf('ops_center', 'whole'), now: () => now }, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } });
      const dir = await photoDir();
      for (let i = 0; i < 2; i++) {
        await seedDemoSurvey(db, { dir }, now);
        await seedDemoReferral(db, now);
      }
      const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;
      expect(await count('SELECT count(*)::int AS n FROM survey_campaigns')).toBe(1);
      expect(await count('SELECT count(*)::int AS n FROM survey_visits')).toBeGreaterThan(0);
      expect(await count('SELECT count(*)::int AS n FROM referral_housing')).toBe(3);
      expect(await count('SELECT count(*)::int AS n FROM case_referrals')).toBe(1);
    } finally {
      await db.close();
    }
  });
});
