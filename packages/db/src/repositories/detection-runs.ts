// Detection runs and their alerts (schema/detection-runs.ts): storing a run
// (alerts by COPY), the run history, the alert list of a run with the
// jurisdiction and filters applied in SQL, and a house's scores across runs.
import { CopyChunker, copyNumber, copyText } from '../copy-text.ts';
import { detectionRuns, type DetectionRunStatus } from '../schema/detection-runs.ts';
import type { AlertLevel } from '@sentinel/domain';
import { TERMINAL_CASE_STATES } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';
import { houseScopeSql, type HouseScope } from './house-scope.ts';
import type { Page } from './import-batches.ts';

export type DetectionRunRow = typeof detectionRuns.$inferSelect;
export type NewDetectionRunRow = typeof detectionRuns.$inferInsert;

/**
 * Stores a run; false (nothing stored) when a succeeded run of the same
 * subdistrict, as-of day and trigger is already there (a retried job). An
 * uncommitted twin makes this wait for its transaction, then decide.
 */
export async function insertDetectionRun(s: SqlSession, row: NewDetectionRunRow): Promise<boolean> {
  const stored = await s.db.insert(detectionRuns).values(row)
    .onConflictDoNothing({ target: [detectionRuns.subdistrict, detectionRuns.asOfDay, detectionRuns.runTrigger] })
    .returning({ id: detectionRuns.id });
  return stored.length > 0;
}

/** The run a trigger already stored for a subdistrict and as-of day (the retried job's answer). */
export async function triggeredRun(s: SqlSession, subdistrict: string, asOfDay: string, trigger: string): Promise<DetectionRunView | null> {
  const res = await s.query<DetectionRunView>(
    `SELECT ${RUN_COLUMNS} FROM detection_runs WHERE subdistrict = $1 AND as_of_day = $2 AND run_trigger = $3`, [subdistrict, asOfDay, trigger]);
  return res.rows.length > 0 ? runOf(res.rows[0]) : null;
}

export interface NewAlertRow {
  houseId: string;
  rank: number;
  score: number;
  level: AlertLevel;
  /** YYYY-MM-DD or null. */
  onsetDay: string | null;
  estimatedOccupants: number | null;
  reasons: readonly string[];
}

/** A text[] literal for COPY: each element quoted, quotes and backslashes escaped (then COPY's own escaping). */
function copyTextArray(values: readonly string[]): string {
  return copyText(`{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

/** Every alert of a run in one COPY, chunked (one row per house: 20,000 rows for a subdistrict). */
export async function copyAlerts(s: SqlSession, runId: string, alerts: readonly NewAlertRow[]): Promise<number> {
  const run = copyText(runId);
  function* chunks(): Generator<Buffer> {
    const chunker = new CopyChunker(1 << 20);
    for (const a of alerts) {
      const full = chunker.push([
        run, copyText(a.houseId), String(a.rank), copyNumber(a.score), a.level, copyText(a.onsetDay),
        copyNumber(a.estimatedOccupants), copyTextArray(a.reasons),
      ].join('\t'));
      if (full) yield full;
    }
    const last = chunker.take();
    if (last) yield last;
  }
  return s.copyRows('alerts', ['run_id', 'house_id', 'rank', 'score', 'level', 'onset_day', 'estimated_occupants', 'reasons'], chunks());
}

export interface DetectionRunView {
  id: string;
  startedAt: Date;
  finishedAt: Date;
  asOfDay: string;
  modelVersion: string;
  params: Record<string, unknown>;
  calibration: { a: number; b: number; n: number } | null;
  status: DetectionRunStatus;
  houseCount: number;
  redCount: number;
  yellowCount: number;
  greenCount: number;
  labelCount: number;
  triggeredBy: string;
  durationMs: number;
  error: string | null;
  /** The subdistrict a job scored; null = every house in the database. */
  subdistrict: string | null;
}

const RUN_COLUMNS = `id, started_at AS "startedAt", finished_at AS "finishedAt", as_of_day::text AS "asOfDay", model_version AS "modelVersion",
  params, calibration, status::text AS status, house_count AS "houseCount", red_count AS "redCount", yellow_count AS "yellowCount",
  green_count AS "greenCount", label_count AS "labelCount", triggered_by AS "triggeredBy", duration_ms AS "durationMs", error, subdistrict`;

function runOf(r: DetectionRunView): DetectionRunView {
  return { ...r, startedAt: new Date(r.startedAt), finishedAt: new Date(r.finishedAt) };
}

export async function getDetectionRun(s: SqlSession, id: string): Promise<DetectionRunView | null> {
  const res = await s.query<DetectionRunView>(`SELECT ${RUN_COLUMNS} FROM detection_runs WHERE id = $1`, [id]);
  return res.rows.length > 0 ? runOf(res.rows[0]) : null;
}

/**
 * The latest succeeded runs (today's whistles first), newest first. With a
 * subdistrict: those that scored it, its own jobs' runs and runs over every
 * house (null = any run).
 */
export async function latestSucceededRuns(s: SqlSession, subdistrict: string | null, limit: number): Promise<DetectionRunView[]> {
  const res = await s.query<DetectionRunView>(
    `SELECT ${RUN_COLUMNS} FROM detection_runs WHERE status = 'succeeded' ${subdistrict === null ? '' : 'AND (subdistrict = $2 OR subdistrict IS NULL)'}
      ORDER BY started_at DESC, id DESC LIMIT $1`, subdistrict === null ? [limit] : [limit, subdistrict]);
  return res.rows.map(runOf);
}

/** The latest succeeded run (of a subdistrict, see above), or null before the first. */
export async function latestSucceededRun(s: SqlSession, subdistrict: string | null = null): Promise<DetectionRunView | null> {
  return (await latestSucceededRuns(s, subdistrict, 1))[0] ?? null;
}

/** Run history, newest first (failed runs too: they say why the whistle was silent). */
export async function listDetectionRuns(s: SqlSession, page: { limit: number; offset: number }): Promise<Page<DetectionRunView>> {
  const res = await s.query<DetectionRunView>(
    `SELECT ${RUN_COLUMNS} FROM detection_runs ORDER BY started_at DESC, id DESC LIMIT $1 OFFSET $2`, [page.limit, page.offset]);
  const total = await s.query<{ n: number }>('SELECT count(*)::int AS n FROM detection_runs');
  return { rows: res.rows.map(runOf), total: total.rows[0].n };
}

export interface AlertFilter {
  /** The user's jurisdiction: only alerts of houses inside it. */
  scope: HouseScope;
  levels?: readonly AlertLevel[];
  neighborhood?: string;
  community?: string;
  minScore?: number;
}

export interface AlertListRow extends Omit<NewAlertRow, 'reasons'> {
  reasons: string[];
  address: string;
  neighborhood: string;
  community: string;
  /** The house's open case (at most one), if any. */
  openCaseId: string | null;
  /** That case's official number, which is what a person sees. */
  openCaseNumber: string | null;
}

/** WHERE clauses of a run's alerts inside the scope, filtered (houses joined as h). */
function alertFilter(runId: string, f: AlertFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [runId];
  const where = ['a.run_id = $1', houseScopeSql(f.scope, 'h', params)];
  const add = (clause: (p: string) => string, value: unknown) => { params.push(value); where.push(clause(`$${params.length}`)); };
  if (f.levels && f.levels.length > 0) add((p) => `a.level::text = ANY(${p}::text[])`, [...f.levels]);
  if (f.neighborhood) add((p) => `h.neighborhood = ${p}`, f.neighborhood);
  if (f.community) add((p) => `h.community = ${p}`, f.community);
  if (f.minScore !== undefined) add((p) => `a.score >= ${p}`, f.minScore);
  return { where, params };
}

/**
 * A run's alerts inside the scope, filtered, in rank order, one page, and the
 * number matching the filter. `knownTotal` skips the count (a scan of every
 * alert of the run joined to houses, the slow half of the request on 100,000
 * houses): a run's alerts never change, so the caller may cache the count
 * per run and register version.
 */
export async function listRunAlerts(s: SqlSession, runId: string, f: AlertFilter, page: { limit: number; offset: number }, knownTotal?: number): Promise<Page<AlertListRow>> {
  const { where, params } = alertFilter(runId, f);
  const terminal = TERMINAL_CASE_STATES.map((st) => `'${st}'`).join(', ');
  const rows = await s.query<AlertListRow>(`
    SELECT a.house_id AS "houseId", a.rank, a.score, a.level::text AS level, a.onset_day::text AS "onsetDay",
           a.estimated_occupants AS "estimatedOccupants", a.reasons, h.address, h.neighborhood, h.community,
           oc.id AS "openCaseId", oc.case_number AS "openCaseNumber"
      FROM alerts a JOIN houses h ON h.house_id = a.house_id
      LEFT JOIN LATERAL (SELECT c.id, c.case_number FROM cases c WHERE c.house_id = a.house_id AND c.state::text NOT IN (${terminal}) LIMIT 1) oc ON true
     WHERE ${where.join(' AND ')} ORDER BY a.rank LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, page.limit, page.offset]);
  const total = knownTotal ?? await countRunAlerts(s, runId, f);
  return {
    rows: rows.rows.map((r) => ({ ...r, score: Number(r.score), estimatedOccupants: r.estimatedOccupants === null ? null : Number(r.estimatedOccupants) })),
    total,
  };
}

/** How many of a run's alerts match the filter (listRunAlerts' total). */
export async function countRunAlerts(s: SqlSession, runId: string, f: AlertFilter): Promise<number> {
  const { where, params } = alertFilter(runId, f);
  const res = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM alerts a JOIN houses h ON h.house_id = a.house_id WHERE ${where.join(' AND ')}`, params);
  return res.rows[0].n;
}

export interface HouseAlertPoint {
  runId: string;
  startedAt: Date;
  asOfDay: string;
  modelVersion: string;
  rank: number;
  houseCount: number;
  score: number;
  level: AlertLevel;
  onsetDay: string | null;
  reasons: string[];
}

/** A house's alert in each succeeded run, oldest first (the last `limit` runs). */
export async function houseAlertHistory(s: SqlSession, houseId: string, limit: number): Promise<HouseAlertPoint[]> {
  const res = await s.query<HouseAlertPoint>(`
    SELECT * FROM (
      SELECT r.id AS "runId", r.started_at AS "startedAt", r.as_of_day::text AS "asOfDay", r.model_version AS "modelVersion",
             a.rank, r.house_count AS "houseCount", a.score, a.level::text AS level, a.onset_day::text AS "onsetDay", a.reasons
        FROM alerts a JOIN detection_runs r ON r.id = a.run_id
       WHERE a.house_id = $1 AND r.status = 'succeeded'
       ORDER BY r.started_at DESC, r.id DESC LIMIT $2) t
     ORDER BY "startedAt", "runId"`, [houseId, limit]);
  return res.rows.map((r) => ({ ...r, startedAt: new Date(r.startedAt), score: Number(r.score) }));
}
