// Cases and their append-only timelines.
import { and, asc, desc, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import { TERMINAL_CASE_STATES, type CaseState } from '@sentinel/domain';
import { cases } from '../schema/cases.ts';
import { caseEvents } from '../schema/case-events.ts';
import { houses } from '../schema/houses.ts';
import type { SqlSession } from '../session.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEventRow = typeof caseEvents.$inferInsert;

/** A scope over the house register (居民区 / 小区 lists), see services' Jurisdiction. */
export interface HouseScope {
  subdistrict: string;
  neighborhood: string | null;
  communities: readonly string[] | null;
}

export function houseScopeCondition(scope: HouseScope): SQL | undefined {
  return and(
    eq(houses.subdistrict, scope.subdistrict),
    scope.neighborhood !== null ? eq(houses.neighborhood, scope.neighborhood) : undefined,
    scope.communities !== null ? (scope.communities.length === 0 ? sql`false` : inArray(houses.community, [...scope.communities])) : undefined,
  );
}

export async function insertCase(s: SqlSession, row: NewCaseRow): Promise<void> {
  await s.db.insert(cases).values(row);
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
