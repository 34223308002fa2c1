// The demo's landlords and brokers (seedDemoWork, after the demo accounts):
// one sublessor behind five flats with two confirmed cases, an owner, a
// rental company and a broker, through the real services, once; the referral
// seed then offers beds on those cases.
import { expect, it } from 'vitest';
import { getRentalPartyFile, listRentalParties, seedDemoUsers, seedDemoWork } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { findUserByUsername } from '@sentinel/db';
import { photoDir, seedHouses } from '../closed-loop/fixtures.ts';
import { toCurrentUser } from '../../src/users/current-user.ts';

describeEachEngine('demo landlords, sublessors and brokers', (engine) => {
  it('registers the demo parties with a credit record, and runs only once', async () => {
    const db = await engine.open();
    try {
      await seedHouses(db, 20);
      await seedDemoUsers(db);
      const now = Date.parse('2026-03-20T09:00:00+08:00');
      const dir = await photoDir();
      for (let i = 0; i < 2; i++) await seedDemoWork(db, { dir }, now);
      const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;
      expect(await count('SELECT count(*)::int AS n FROM rental_parties')).toBe(4);
      expect(await count('SELECT count(*)::int AS n FROM rental_party_links')).toBe(10);
      expect(await count("SELECT count(*)::int AS n FROM cases WHERE state = 'confirmed'")).toBe(2);
      expect(await count('SELECT count(*)::int AS n FROM case_referrals')).toBe(2);
      const committee = await findUserByUsername(db, 'committee');
      const ctx = { db, user: toCurrentUser(committee!), now: () => now };
      const [worst] = (await listRentalParties({ ctx, input: {} })).items;
      expect(worst).toMatchObject({ name: '周**', dwellings: 5, credit: { score: 80, band: '一般', inForce: 2 } });
      expect((await getRentalPartyFile({ ctx, input: { partyId: worst.id } })).dwellings.filter((d) => d.lead)).toHaveLength(3);
    } finally {
      await db.close();
    }
  });
});
