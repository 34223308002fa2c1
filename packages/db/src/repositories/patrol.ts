// 三级动态管理: what grading needs about each dwelling of a scope (register
// flags, today's whistle, the latest case, the last relapse, the latest
// patrol visit, the grade last logged), the visits, and the grade log.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { AlertLevel, CaseState, PatrolFinding } from '@sentinel/domain';
import { houses } from '../schema/houses.ts';
import { dwellingGradeLog, dwellingGrades, patrolVisits } from '../schema/patrol.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';

export type PatrolVisitRow = typeof patrolVisits.$inferSelect;
export type GradeLogRow = typeof dwellingGradeLog.$inferSelect;

export interface PatrolFactsRow {
  houseId: string;
  address: string;
  neighborhood: string;
  community: string;
  isRental: boolean | null;
  rentalFiled: boolean | null;
  alertLevel: AlertLevel | null;
  caseState: CaseState | null;
  lastRelapseAt: Date | null;
  lastFinding: PatrolFinding | null;
  lastVisitAt: Date | null;
  storedGrade: AlertLevel | null;
  storedReasons: string[] | null;
}

const FACTS_SQL = `
  WITH run AS (SELECT id FROM detection_runs WHERE status = 'succeeded' ORDER BY started_at DESC, id DESC LIMIT 1)
  SELECT h.house_id AS "houseId", h.address, h.neighborhood, h.community, h.is_rental AS "isRental", h.rental_filed AS "rentalFiled",
         a.level::text AS "alertLevel", lc.state::text AS "caseState", lr.at AS "lastRelapseAt",
         lp.finding AS "lastFinding", lp.visited_at AS "lastVisitAt", g.grade AS "storedGrade", g.reasons AS "storedReasons"
    FROM houses h
    LEFT JOIN alerts a ON a.house_id = h.house_id AND a.run_id = (SELECT id FROM run)
    LEFT JOIN LATERAL (SELECT c.state FROM cases c WHERE c.house_id = h.house_id ORDER BY c.opened_at DESC, c.id DESC LIMIT 1) lc ON true
    LEFT JOIN LATERAL (SELECT max(e.at) AS at FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.house_id = h.house_id AND e.to_state = 'relapsed') lr ON true
    LEFT JOIN LATERAL (SELECT v.finding, v.visited_at FROM patrol_visits v WHERE v.house_id = h.house_id ORDER BY v.visited_at DESC, v.id DESC LIMIT 1) lp ON true
    LEFT JOIN dwelling_grades g ON g.house_id = h.house_id
   WHERE h.house_id = ANY($1::text[])`;

const toFacts = (r: PatrolFactsRow): PatrolFactsRow => ({
  ...r, lastRelapseAt: r.lastRelapseAt === null ? null : new Date(r.lastRelapseAt), lastVisitAt: r.lastVisitAt === null ? null : new Date(r.lastVisitAt),
});

/**
 * The managed rental stock of a scope: dwellings let (register), scored red
 * or yellow today, with a case, or visited on patrol — with what grading needs.
 */
export async function patrolFactsInScope(s: SqlSession, scope: HouseScope): Promise<PatrolFactsRow[]> {
  const ids = (await s.db.select({ id: houses.houseId }).from(houses).where(houseScopeCondition(scope))).map((r) => r.id);
  if (ids.length === 0) return [];
  const res = await s.query<PatrolFactsRow>(`${FACTS_SQL}
     AND (h.is_rental IS TRUE OR a.level IN ('red', 'yellow') OR lc.state IS NOT NULL OR lp.finding IS NOT NULL)
   ORDER BY h.neighborhood, h.address, h.house_id`, [ids]);
  return res.rows.map(toFacts);
}

export async function patrolFactsOfHouse(s: SqlSession, houseId: string): Promise<PatrolFactsRow | null> {
  const res = await s.query<PatrolFactsRow>(FACTS_SQL, [[houseId]]);
  return res.rows.length > 0 ? toFacts(res.rows[0]) : null;
}

export async function insertPatrolVisit(s: SqlSession, row: PatrolVisitRow): Promise<void> {
  await s.db.insert(patrolVisits).values(row);
}

/** Keeps the grade last logged for a dwelling (insert or replace). */
export async function upsertDwellingGrade(s: SqlSession, row: typeof dwellingGrades.$inferInsert): Promise<void> {
  await s.db.insert(dwellingGrades).values(row).onConflictDoUpdate({ target: dwellingGrades.houseId, set: { grade: row.grade, reasons: row.reasons, updatedAt: row.updatedAt } });
}

export async function insertGradeLog(s: SqlSession, row: GradeLogRow): Promise<void> {
  await s.db.insert(dwellingGradeLog).values(row);
}

/** A dwelling's grade changes and visits, newest first. */
export async function gradeLogOfHouse(s: SqlSession, houseId: string): Promise<GradeLogRow[]> {
  return s.db.select().from(dwellingGradeLog).where(eq(dwellingGradeLog.houseId, houseId)).orderBy(desc(dwellingGradeLog.at), asc(dwellingGradeLog.id));
}

export async function patrolVisitsOfHouse(s: SqlSession, houseId: string): Promise<PatrolVisitRow[]> {
  return s.db.select().from(patrolVisits).where(and(eq(patrolVisits.houseId, houseId))).orderBy(desc(patrolVisits.visitedAt), asc(patrolVisits.id));
}
