// Cases and their append-only timelines.
import { and, asc, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { formatCaseNumber, TERMINAL_CASE_STATES, type CaseState } from '@sentinel/domain';
import { cases } from '../schema/cases.ts';
import { caseEvents } from '../schema/case-events.ts';
import { houses } from '../schema/houses.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEventRow = typeof caseEvents.$inferInsert;

/** A new case row without its official number, which insertCase takes with the insert. */
export type UnnumberedCaseRow = Omit<NewCaseRow, 'caseNumber' | 'numberPrefix' | 'numberYear' | 'numberSeq'>;

/**
 * Opens a case and gives it the next official number of its subdistrict and
 * year (临汾群租〔2026〕0001号) in the same transaction: a rolled-back opening
 * takes no number, so the sequence has no gaps. Concurrent openings of one
 * prefix and year wait on an advisory lock held to the end of the transaction.
 */
export async function insertCase(s: SqlSession, row: UnnumberedCaseRow, numbering: { prefix: string; year: number }): Promise<string> {
  const { prefix, year } = numbering;
  await s.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [`case-number:${prefix}`, year]);
  const next = await s.query<{ seq: number }>('SELECT coalesce(max(number_seq), 0)::int + 1 AS seq FROM cases WHERE number_prefix = $1 AND number_year = $2', [prefix, year]);
  const sequence = Number(next.rows[0]?.seq ?? 1);
  const caseNumber = formatCaseNumber({ prefix, year, sequence });
  await s.db.insert(cases).values({ ...row, caseNumber, numberPrefix: prefix, numberYear: year, numberSeq: sequence });
  return caseNumber;
}

/** The case row, locked for update inside a transaction so concurrent steps serialise. */
export async function lockCase(s: SqlSession, id: string): Promise<CaseRow | null> {
  const rows = await s.db.select().from(cases).where(eq(cases.id, id)).for('update');
  return rows[0] ?? null;
}

export async function getCaseRow(s: SqlSession, id: string): Promise<CaseRow | null> {
  const rows = await s.db.select().from(cases).where(eq(cases.id, id));
  return rows[0] ?? null;
}

/** The open (non-terminal) case of a house, locked; at most one exists (unique index). */
export async function lockOpenCaseOfHouse(s: SqlSession, houseId: string): Promise<CaseRow | null> {
  const rows = await s.db.select().from(cases)
    .where(and(eq(cases.houseId, houseId), notInArray(cases.state, [...TERMINAL_CASE_STATES])))
    .for('update');
  return rows[0] ?? null;
}

/** Updates a case only if nobody changed it since `expectedVersion`; returns whether it did. */
export async function updateCaseIfVersion(s: SqlSession, id: string, expectedVersion: number, patch: Partial<NewCaseRow>): Promise<boolean> {
  const res = await s.db.update(cases).set(patch).where(and(eq(cases.id, id), eq(cases.version, expectedVersion))).returning({ id: cases.id });
  return res.length === 1;
}

export async function appendCaseEvent(s: SqlSession, row: Omit<NewCaseEventRow, 'seq'>): Promise<number> {
  // seq = last + 1 under the case row lock; the unique (case_id, seq) index catches a lost race.
  const res = await s.query<{ seq: number }>('SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM case_events WHERE case_id = $1', [row.caseId]);
  const seq = res.rows[0].seq;
  await s.db.insert(caseEvents).values({ ...row, seq });
  return seq;
}

export async function listCaseEvents(s: SqlSession, caseIds: readonly string[]): Promise<CaseEventRow[]> {
  if (caseIds.length === 0) return [];
  return s.db.select().from(caseEvents).where(inArray(caseEvents.caseId, [...caseIds])).orderBy(asc(caseEvents.caseId), asc(caseEvents.seq));
}

export interface CaseListFilter {
  scope: HouseScope;
  states?: readonly CaseState[];
  houseId?: string;
  assigneeUnit?: string;
  /** Only cases whose running deadline ended before this Shanghai day. */
  overdueBeforeDay?: number;
}

export interface CaseListRow {
  case: CaseRow;
  address: string;
  neighborhood: string;
  community: string;
}

export async function listCaseRows(s: SqlSession, f: CaseListFilter, page: { limit: number; offset: number }): Promise<{ rows: CaseListRow[]; total: number }> {
  const where = and(
    houseScopeCondition(f.scope),
    f.states && f.states.length > 0 ? inArray(cases.state, [...f.states]) : undefined,
    f.houseId ? eq(cases.houseId, f.houseId) : undefined,
    f.assigneeUnit ? eq(cases.assigneeUnit, f.assigneeUnit) : undefined,
    f.overdueBeforeDay !== undefined ? and(lt(cases.deadlineDueDay, f.overdueBeforeDay), notInArray(cases.state, [...TERMINAL_CASE_STATES])) : undefined,
  );
  const rows = await s.db.select({ case: cases, address: houses.address, neighborhood: houses.neighborhood, community: houses.community })
    .from(cases).innerJoin(houses, eq(houses.houseId, cases.houseId)).where(where)
    .orderBy(f.overdueBeforeDay !== undefined ? asc(cases.deadlineDueDay) : desc(cases.openedAt), asc(cases.id))
    .limit(page.limit).offset(page.offset);
  const [{ total }] = await s.db.select({ total: sql<number>`count(*)::int` }).from(cases).innerJoin(houses, eq(houses.houseId, cases.houseId)).where(where);
  return { rows, total };
}

export async function listCasesOfHouse(s: SqlSession, houseId: string): Promise<CaseRow[]> {
  return s.db.select().from(cases).where(eq(cases.houseId, houseId)).orderBy(asc(cases.openedAt), asc(cases.id));
}
