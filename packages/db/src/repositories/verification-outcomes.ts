// Verification outcomes: the labels detection learns from, and the whistle's precision over time.
import { asc, gte } from 'drizzle-orm';
import { verificationOutcomes } from '../schema/verification-outcomes.ts';
import type { SqlSession } from '../session.ts';

export type VerificationOutcomeRow = typeof verificationOutcomes.$inferSelect;

export async function insertVerificationOutcome(s: SqlSession, row: typeof verificationOutcomes.$inferInsert): Promise<void> {
  await s.db.insert(verificationOutcomes).values(row).onConflictDoNothing();
}

/** Outcomes verified at or after `since` (null = all), oldest first: the detector's labels. */
export async function listVerificationOutcomes(s: SqlSession, since: Date | null): Promise<VerificationOutcomeRow[]> {
  return s.db.select().from(verificationOutcomes).where(since ? gte(verificationOutcomes.verifiedAt, since) : undefined).orderBy(asc(verificationOutcomes.verifiedAt), asc(verificationOutcomes.id));
}

export interface MonthlyPrecisionRow {
  /** `YYYY-MM` in Asia/Shanghai. */
  month: string;
  confirmed: number;
  notConfirmed: number;
  noAccess: number;
}

/** Outcomes of whistle-opened cases per month, with a subdistricts filter (the user's scope) through the house register. */
export async function monthlyWhistleOutcomes(s: SqlSession, subdistricts: readonly string[]): Promise<MonthlyPrecisionRow[]> {
  const res = await s.query<{ month: string; confirmed: number; not_confirmed: number; no_access: number }>(
    `SELECT to_char(v.verified_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
            count(*) FILTER (WHERE v.result = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE v.result = 'not_confirmed')::int AS not_confirmed,
            count(*) FILTER (WHERE v.result = 'no_access')::int AS no_access
       FROM verification_outcomes v JOIN houses h ON h.house_id = v.house_id
      WHERE v.case_source = 'whistle' AND h.subdistrict = ANY($1::text[])
      GROUP BY 1 ORDER BY 1`, [[...subdistricts]]);
  return res.rows.map((r) => ({ month: r.month, confirmed: r.confirmed, notConfirmed: r.not_confirmed, noAccess: r.no_access }));
}
