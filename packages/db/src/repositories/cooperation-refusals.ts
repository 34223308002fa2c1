// Recorded refusals to cooperate (拒不配合): inserted, withdrawn (never
// deleted), and listed inside a scope of the house register through their case.
import { and, desc, eq, gte, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cases } from '../schema/cases.ts';
import { cooperationRefusals } from '../schema/cooperation-refusals.ts';
import { houses } from '../schema/houses.ts';
import { users } from '../schema/users.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';

export type CooperationRefusalRow = typeof cooperationRefusals.$inferSelect;
export type NewCooperationRefusalRow = typeof cooperationRefusals.$inferInsert;

export async function insertCooperationRefusal(s: SqlSession, row: NewCooperationRefusalRow): Promise<CooperationRefusalRow> {
  const [created] = await s.db.insert(cooperationRefusals).values(row).returning();
  return created;
}

/** The refusal, locked inside a transaction so two withdrawals of it serialise. */
export async function lockCooperationRefusal(s: SqlSession, id: string): Promise<CooperationRefusalRow | null> {
  const rows = await s.db.select().from(cooperationRefusals).where(eq(cooperationRefusals.id, id)).for('update');
  return rows[0] ?? null;
}

/** Marks a refusal withdrawn unless it already is; returns the row after, or null when it was already withdrawn. */
export async function revokeCooperationRefusal(s: SqlSession, id: string, w: { at: Date; by: string; reason: string }): Promise<CooperationRefusalRow | null> {
  const rows = await s.db.update(cooperationRefusals)
    .set({ revokedAt: w.at, revokedBy: w.by, revokeReason: w.reason })
    .where(and(eq(cooperationRefusals.id, id), isNull(cooperationRefusals.revokedAt)))
    .returning();
  return rows[0] ?? null;
}

export interface CooperationRefusalFilter {
  /** Only refusals on cases of houses inside this scope. */
  scope: HouseScope;
  /** `YYYY-MM-DD`, both ends included. */
  fromDay?: string;
  toDay?: string;
  id?: string;
  caseId?: string;
  /** Only this unit's refusals (a committee or property company sees its own). */
  unit?: { role: 'committee' | 'property'; name: string };
  /** Withdrawn ones too (the 考核 tab shows them struck through); the assessment reads only the standing ones. */
  includeWithdrawn: boolean;
}

export interface CooperationRefusalListRow {
  refusal: CooperationRefusalRow;
  /** Official number of the case (临汾群租〔2026〕0001号). */
  caseNumber: string;
  address: string;
  neighborhood: string;
  community: string;
  /** Display names of who recorded / withdrew it (null when the account is gone). */
  recordedByName: string | null;
  revokedByName: string | null;
}

/** Refusals matching the filter, latest day first. */
export async function listCooperationRefusalRows(s: SqlSession, f: CooperationRefusalFilter): Promise<CooperationRefusalListRow[]> {
  const r = cooperationRefusals;
  const recorder = alias(users, 'recorder');
  const revoker = alias(users, 'revoker');
  return s.db.select({
    refusal: r, caseNumber: cases.caseNumber, address: houses.address, neighborhood: houses.neighborhood, community: houses.community,
    recordedByName: recorder.displayName, revokedByName: revoker.displayName,
  })
    .from(r)
    .innerJoin(cases, eq(cases.id, r.caseId))
    .innerJoin(houses, eq(houses.houseId, cases.houseId))
    .leftJoin(recorder, eq(recorder.id, r.recordedBy))
    .leftJoin(revoker, eq(revoker.id, r.revokedBy))
    .where(and(
      houseScopeCondition(f.scope),
      f.id !== undefined ? eq(r.id, f.id) : undefined,
      f.fromDay !== undefined ? gte(r.day, f.fromDay) : undefined,
      f.toDay !== undefined ? lte(r.day, f.toDay) : undefined,
      f.caseId !== undefined ? eq(r.caseId, f.caseId) : undefined,
      f.unit !== undefined ? and(eq(r.unitRole, f.unit.role), eq(r.unitName, f.unit.name)) : undefined,
      f.includeWithdrawn ? undefined : isNull(r.revokedAt),
    ))
    .orderBy(desc(r.day), desc(r.recordedAt), desc(r.id));
}
