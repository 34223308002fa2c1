// Owner, sublessor and tenants of a dwelling.
import { asc, eq } from 'drizzle-orm';
import { parties } from '../schema/parties.ts';
import type { SqlSession } from '../session.ts';

export type PartyRow = typeof parties.$inferSelect;

export async function insertParty(s: SqlSession, row: typeof parties.$inferInsert): Promise<void> {
  await s.db.insert(parties).values(row);
}

export async function listParties(s: SqlSession, houseId: string): Promise<PartyRow[]> {
  return s.db.select().from(parties).where(eq(parties.houseId, houseId)).orderBy(asc(parties.kind), asc(parties.createdAt), asc(parties.id));
}
