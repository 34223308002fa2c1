// The rows a bulletin (通报) and the assessment (考核) are computed from,
// inside a scope of the house register. Days are Shanghai day numbers
// (days since 1970-01-01 at UTC+8, fixed offset), computed in SQL the same
// way as @sentinel/domain shanghaiDay so both engines agree.
import { and, eq } from 'drizzle-orm';
import { cases } from '../schema/cases.ts';
import { houses } from '../schema/houses.ts';
import type { SqlSession } from '../session.ts';
import type { CaseRow } from './cases.ts';
import { houseScopeCondition, houseScopeSql, type HouseScope } from './house-scope.ts';

export interface ScopedCaseRow {
  readonly case: CaseRow;
  readonly neighborhood: string;
  readonly community: string;
  readonly address: string;
}

/** Cases of the houses in scope (optionally one neighbourhood), oldest first. */
export async function listScopedCases(s: SqlSession, scope: HouseScope, neighborhood: string | null): Promise<ScopedCaseRow[]> {
  const rows = await s.db.select({ case: cases, neighborhood: houses.neighborhood, community: houses.community, address: houses.address })
    .from(cases).innerJoin(houses, eq(houses.houseId, cases.houseId))
    .where(and(houseScopeCondition(scope), neighborhood !== null ? eq(houses.neighborhood, neighborhood) : undefined))
    .orderBy(cases.openedAt, cases.id);
  return rows;
}

/** Onset day of the alert each case was opened from (alerts.onset_day of its run), by case id. */
export async function alertOnsetDays(s: SqlSession, caseIds: readonly string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const res = await s.query<{ case_id: string; onset: number }>(
    `SELECT c.id AS case_id, (a.onset_day - DATE '1970-01-01')::int AS onset
       FROM cases c JOIN alerts a ON a.run_id = c.alert_run_id AND a.house_id = c.house_id
      WHERE c.id = ANY($1::text[]) AND a.onset_day IS NOT NULL`, [[...caseIds]]);
  return new Map(res.rows.map((r) => [r.case_id, Number(r.onset)]));
}

/** SQL of a house scope over `houses h` with parameters from $start. */
function scopeSql(scope: HouseScope, neighborhood: string | null, start: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = [houseScopeSql(scope, 'h', params, start - 1)];
  if (neighborhood !== null) { params.push(neighborhood); parts.push(`h.neighborhood = $${start - 1 + params.length}`); }
  return { sql: parts.join(' AND '), params };
}

export interface WhistleRow {
  readonly houseId: string;
  readonly neighborhood: string;
  readonly alertDay: number;
  readonly outcome: 'confirmed' | 'not_confirmed' | null;
  readonly outcomeDay: number | null;
}

/**
 * Whistles of a period: each house in scope that a succeeded detection run
 * with its day in [fromDay, toDay] rated red or yellow, once, on the first such
 * day; with the first on-site verdict (confirmed / not confirmed; no access
 * is no verdict) of a case opened from an alert of that house, on or after it.
 */
export async function listPeriodWhistles(s: SqlSession, scope: HouseScope, neighborhood: string | null, fromDay: number, toDay: number): Promise<WhistleRow[]> {
  const where = scopeSql(scope, neighborhood, 3);
  const res = await s.query<{ house_id: string; neighborhood: string; alert_day: number; outcome: string | null; outcome_day: number | null }>(
    `WITH raised AS (
       SELECT a.house_id, min(r.as_of_day - DATE '1970-01-01')::int AS alert_day
         FROM alerts a JOIN detection_runs r ON r.id = a.run_id JOIN houses h ON h.house_id = a.house_id
        WHERE r.status = 'succeeded' AND a.level IN ('red', 'yellow')
          AND (r.as_of_day - DATE '1970-01-01') BETWEEN $1 AND $2 AND ${where.sql}
        GROUP BY a.house_id)
     SELECT w.house_id, h.neighborhood, w.alert_day, v.result AS outcome, v.day AS outcome_day
       FROM raised w JOIN houses h ON h.house_id = w.house_id
       LEFT JOIN LATERAL (
         SELECT o.result::text AS result, floor((extract(epoch FROM o.verified_at) + 28800) / 86400)::int AS day
           FROM verification_outcomes o
          WHERE o.house_id = w.house_id AND o.alert_run_id IS NOT NULL AND o.result IN ('confirmed', 'not_confirmed')
            AND floor((extract(epoch FROM o.verified_at) + 28800) / 86400) >= w.alert_day
          ORDER BY o.verified_at, o.id LIMIT 1) v ON true
      ORDER BY w.house_id`, [fromDay, toDay, ...where.params]);
  return res.rows.map((r) => ({
    houseId: r.house_id, neighborhood: r.neighborhood, alertDay: Number(r.alert_day),
    outcome: r.outcome === 'confirmed' || r.outcome === 'not_confirmed' ? r.outcome : null,
    outcomeDay: r.outcome_day === null ? null : Number(r.outcome_day),
  }));
}

export interface ComplaintDayRow {
  readonly ticketId: string;
  readonly neighborhood: string | null;
  readonly receivedDay: number;
  readonly channel: string;
  readonly category: string | null;
}

/**
 * Imported complaints received in [fromDay, toDay]: those of houses in scope,
 * plus — for a user who sees the whole subdistrict and no neighbourhood filter —
 * those whose address matched no house (they count in the total only).
 */
export async function listPeriodComplaints(s: SqlSession, scope: HouseScope, neighborhood: string | null, fromDay: number, toDay: number): Promise<ComplaintDayRow[]> {
  const where = scopeSql(scope, neighborhood, 3);
  const unmatched = scope.neighborhood === null && scope.communities === null && neighborhood === null;
  const res = await s.query<{ ticket_id: string; neighborhood: string | null; day: number; channel: string; category: string | null }>(
    `SELECT t.ticket_id, h.neighborhood, floor((extract(epoch FROM t.received_at) + 28800) / 86400)::int AS day, t.channel::text AS channel, t.category
       FROM complaints t LEFT JOIN houses h ON h.house_id = t.house_id
      WHERE floor((extract(epoch FROM t.received_at) + 28800) / 86400) BETWEEN $1 AND $2
        AND ((t.house_id IS NOT NULL AND ${where.sql})${unmatched ? ' OR t.house_id IS NULL' : ''})
      ORDER BY t.ticket_id`, [fromDay, toDay, ...where.params]);
  return res.rows.map((r) => ({ ticketId: r.ticket_id, neighborhood: r.neighborhood, receivedDay: Number(r.day), channel: r.channel, category: r.category }));
}

/** Neighbourhoods of the register in scope, by name. */
export async function listScopedNeighborhoods(s: SqlSession, scope: HouseScope, neighborhood: string | null): Promise<string[]> {
  const where = scopeSql(scope, neighborhood, 1);
  const res = await s.query<{ neighborhood: string }>(`SELECT DISTINCT h.neighborhood FROM houses h WHERE ${where.sql} ORDER BY 1`, where.params);
  return res.rows.map((r) => r.neighborhood);
}
