// 疏堵结合: the referral-housing inventory and the referral records of cases.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { caseReferrals, referralHousing } from '../schema/referral.ts';
import { cases } from '../schema/cases.ts';
import { houses } from '../schema/houses.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';

export type ReferralHousingRow = typeof referralHousing.$inferSelect;
export type CaseReferralRow = typeof caseReferrals.$inferSelect;

export async function insertReferralHousing(s: SqlSession, row: ReferralHousingRow): Promise<void> {
  await s.db.insert(referralHousing).values(row);
}

export async function updateReferralHousing(s: SqlSession, id: string, set: Partial<Omit<ReferralHousingRow, 'id' | 'subdistrict'>>): Promise<void> {
  await s.db.update(referralHousing).set(set).where(eq(referralHousing.id, id));
}

/** Locked inside a transaction, so two edits of one project serialise. */
export async function lockReferralHousing(s: SqlSession, id: string): Promise<ReferralHousingRow | null> {
  const rows = await s.db.select().from(referralHousing).where(eq(referralHousing.id, id)).for('update');
  return rows[0] ?? null;
}

export async function listReferralHousingRows(s: SqlSession, subdistrict: string): Promise<ReferralHousingRow[]> {
  return s.db.select().from(referralHousing).where(eq(referralHousing.subdistrict, subdistrict)).orderBy(asc(referralHousing.kind), asc(referralHousing.name));
}

export async function insertCaseReferral(s: SqlSession, row: CaseReferralRow): Promise<void> {
  await s.db.insert(caseReferrals).values(row);
}

export async function lockCaseReferral(s: SqlSession, id: string): Promise<CaseReferralRow | null> {
  const rows = await s.db.select().from(caseReferrals).where(eq(caseReferrals.id, id)).for('update');
  return rows[0] ?? null;
}

export async function updateCaseReferralCounts(s: SqlSession, id: string, set: { placed: number; declined: number; note: string | null; updatedAt: Date }): Promise<void> {
  await s.db.update(caseReferrals).set(set).where(eq(caseReferrals.id, id));
}

export interface CaseReferralListRow {
  referral: CaseReferralRow;
  housingName: string | null;
  caseNumber: string;
  neighborhood: string;
}

/** Referral records inside the scope: of one case, or recorded in [from, to). */
export async function listCaseReferralRows(s: SqlSession, f: { scope: HouseScope; caseId?: string; from?: Date; to?: Date }): Promise<CaseReferralListRow[]> {
  return s.db.select({ referral: caseReferrals, housingName: referralHousing.name, caseNumber: cases.caseNumber, neighborhood: houses.neighborhood })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .innerJoin(houses, eq(houses.houseId, cases.houseId))
    .leftJoin(referralHousing, eq(referralHousing.id, caseReferrals.housingId))
    .where(and(
      houseScopeCondition(f.scope),
      f.caseId !== undefined ? eq(caseReferrals.caseId, f.caseId) : undefined,
      f.from !== undefined ? gte(caseReferrals.recordedAt, f.from) : undefined,
      f.to !== undefined ? lt(caseReferrals.recordedAt, f.to) : undefined,
    ))
    .orderBy(asc(caseReferrals.recordedAt), asc(caseReferrals.id));
}
