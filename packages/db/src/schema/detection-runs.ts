// Runs of the digital whistle (数字吹哨) over the database and the alerts each
// produced: one alert per house per run, ranked. The cockpit shows the latest
// successful run's alerts (today's whistles) and a house's scores across runs
// (the house file chart). A succeeded run and its alerts are written in one
// transaction, so a run is never seen half-stored; a failed run is recorded
// afterwards with its error and no alerts.
import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { alertLevel } from './cases.ts';
import { houses } from './houses.ts';

export const DETECTION_RUN_STATUSES = ['succeeded', 'failed'] as const;
export type DetectionRunStatus = (typeof DETECTION_RUN_STATUSES)[number];
export const detectionRunStatus = pgEnum('detection_run_status', DETECTION_RUN_STATUSES);

export const detectionRuns = pgTable('detection_runs', {
  /** `run_<hex>`; cases opened from an alert keep it (cases.alert_run_id). */
  id: text('id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  /** The as-of day (Asia/Shanghai): nothing later was used. */
  asOfDay: date('as_of_day', { mode: 'string' }).notNull(),
  modelVersion: text('model_version').notNull(),
  /** The resolved model parameters (DetectParams), so a run can be reproduced. */
  params: jsonb('params').$type<Record<string, unknown>>().notNull(),
  /** Platt calibration used ({ a, b, n }); n = 0 means none (too few labels). */
  calibration: jsonb('calibration').$type<{ a: number; b: number; n: number }>(),
  status: detectionRunStatus('status').notNull(),
  houseCount: integer('house_count').notNull().default(0),
  redCount: integer('red_count').notNull().default(0),
  yellowCount: integer('yellow_count').notNull().default(0),
  greenCount: integer('green_count').notNull().default(0),
  /** Labelled visits the run learnt from: imported inspections + case verification outcomes. */
  labelCount: integer('label_count').notNull().default(0),
  /** User id, or 'system' (first start, scheduled runs, the CLI). */
  triggeredBy: text('triggered_by').notNull(),
  durationMs: integer('duration_ms').notNull(),
  /** Why a failed run failed (Chinese first). */
  error: text('error'),
  /** The subdistrict a job scored; NULL = every house in the database (one process, the CLI, the API). */
  subdistrict: text('subdistrict'),
  /** The job trigger that stored it (the fan-out job's key); NULL for a manual run. */
  runTrigger: text('run_trigger'),
}, (t) => [
  // "The latest successful run" (today's whistles) and the paged run history, newest first.
  index('detection_runs_status_started_idx').on(t.status, t.startedAt.desc()),
  // One stored run per subdistrict, as-of day and trigger: a retried job (its
  // worker killed after the commit) finds its run instead of storing another.
  uniqueIndex('detection_runs_trigger_uq').on(t.subdistrict, t.asOfDay, t.runTrigger),
]);

export const alerts = pgTable('alerts', {
  runId: text('run_id').notNull().references(() => detectionRuns.id, { onDelete: 'cascade' }),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  /** 1 = most suspicious; no ties inside a run. */
  rank: integer('rank').notNull(),
  /** Calibrated probability 0..1 that the dwelling is a group rental as of the run's day. */
  score: doublePrecision('score').notNull(),
  level: alertLevel('level').notNull(),
  onsetDay: date('onset_day', { mode: 'string' }),
  estimatedOccupants: real('estimated_occupants'),
  /** Chinese, most important first. */
  reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
}, (t) => [
  // One alert per house per run; also "this run's alert of a house".
  primaryKey({ name: 'alerts_pk', columns: [t.runId, t.houseId] }),
  // The alert list of a run in rank order, paged (the cockpit's default view); unique: no ties in a run.
  uniqueIndex('alerts_run_rank_uq').on(t.runId, t.rank),
  // The level filter (红 / 黄) of a run, still in rank order.
  index('alerts_run_level_rank_idx').on(t.runId, t.level, t.rank),
  // A house's score history across runs (the house file chart) and the foreign key.
  index('alerts_house_idx').on(t.houseId),
]);
