// 数字吹哨 over the database: build the input from the imported data, score
// every house, and store the run with one alert per house in one transaction
// (alerts by COPY), audited. A failure is stored as a failed run with its
// reason, so the run history says why there were no new whistles.
// A detection job scores one subdistrict (runSubdistrictDetection): it reads
// only that subdistrict's data and stores its run under the job's trigger, a
// key unique per subdistrict and as-of day written in the same transaction as
// the alerts, so a job retried after its worker died never stores twice.
import { randomUUID } from 'node:crypto';
import { copyAlerts, insertDetectionRun, triggeredRun, type Database, type DetectionRunView, getDetectionRun } from '@sentinel/db';
import { dayToIso, isoToDay, shanghaiDay, type AlertLevel } from '@sentinel/domain';
import { detect, type DetectResult } from '@sentinel/detection';
import { requirePermission } from '../auth/permissions.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { loadDetectionInputFromDb } from './load-input.ts';
import { systemContext, SYSTEM_ACTOR } from './system-context.ts';

export interface RunDetectionInput {
  /** YYYY-MM-DD (Asia/Shanghai); default: the day of the latest data. */
  readonly asOf?: string;
}

export interface RunTopAlert {
  readonly houseId: string;
  readonly rank: number;
  readonly score: number;
  readonly level: AlertLevel;
  readonly reasons: readonly string[];
}

export interface RunDetectionResult {
  readonly run: DetectionRunView;
  /** The ten most suspicious houses of the run (for the CLI summary and the answer of POST). */
  readonly top: readonly RunTopAlert[];
  /** True when a retried job found its run already stored (nothing new was written). */
  readonly alreadyStored?: boolean;
}

/** What a detection job scores and under which trigger its run is stored. */
export interface SubdistrictDetectionInput {
  readonly subdistrict: string;
  /** YYYY-MM-DD: the fan-out fixes one as-of day for every subdistrict. */
  readonly asOf: string;
  /** The fan-out's key (e.g. `detection:daily:2026-12-07`): one stored run per subdistrict, as-of day and trigger. */
  readonly trigger: string;
}

interface RunTarget { readonly subdistrict: string | null; readonly trigger: string | null }

const EVERY_HOUSE: RunTarget = { subdistrict: null, trigger: null };

const TOP = 10;

function parseAsOf(asOf: string | undefined): number | null {
  if (asOf === undefined) return null;
  const day = isoToDay(asOf);
  if (Number.isNaN(day)) throw invalidInput(`检测日期 "${asOf}" 不是有效日期，应为 YYYY-MM-DD。`);
  return day;
}

/** One run over every house in the database (the API's 重新检测, the CLI, the first start). */
export async function runDetection({ ctx, input }: { ctx: ServiceContext; input: RunDetectionInput }): Promise<RunDetectionResult> {
  requirePermission(ctx, 'detection.run');
  return detectAndStore(ctx, parseAsOf(input.asOf), EVERY_HOUSE);
}

/** A detection job: one subdistrict, as the system, stored once per trigger. */
export async function runSubdistrictDetection(db: Database, input: SubdistrictDetectionInput, now: () => number = Date.now): Promise<RunDetectionResult> {
  const ctx = systemContext(db, now);
  requirePermission(ctx, 'detection.run');
  return detectAndStore(ctx, parseAsOf(input.asOf), { subdistrict: input.subdistrict, trigger: input.trigger });
}

async function detectAndStore(ctx: ServiceContext, asOfDay: number | null, target: RunTarget): Promise<RunDetectionResult> {
  const id = `run_${randomUUID().replace(/-/g, '')}`;
  const startedAt = ctx.now();
  const t0 = performance.now();
  let loaded;
  let result: DetectResult;
  try {
    loaded = await loadDetectionInputFromDb(ctx.db, { asOfDay, subdistrict: target.subdistrict });
    result = detect(loaded.input);
  } catch (error) {
    await recordFailure(ctx, id, startedAt, asOfDay, t0, error, target.subdistrict);
    throw error;
  }
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const a of result.alerts) counts[a.level] += 1;
  const { input: detectionInput, labelCount } = loaded;
  const stored = await ctx.db.transaction(async (tx) => {
    const inserted = await insertDetectionRun(tx, {
      id, startedAt: new Date(startedAt), finishedAt: new Date(startedAt + (performance.now() - t0)),
      asOfDay: dayToIso(detectionInput.asOfDay), modelVersion: result.modelVersion,
      params: JSON.parse(JSON.stringify(result.params)) as Record<string, unknown>,
      calibration: { a: result.calibration.a, b: result.calibration.b, n: result.calibration.n },
      status: 'succeeded', houseCount: result.alerts.length, redCount: counts.red, yellowCount: counts.yellow, greenCount: counts.green,
      labelCount, triggeredBy: ctx.user.id, durationMs: Math.round(performance.now() - t0), error: null,
      subdistrict: target.subdistrict, runTrigger: target.trigger,
    });
    if (!inserted) return false; // this trigger's run of the subdistrict is already stored: write nothing
    await copyAlerts(tx, id, result.alerts.map((a) => ({
      houseId: a.houseId, rank: a.rank, score: a.score, level: a.level, onsetDay: a.onsetDay === null ? null : dayToIso(a.onsetDay),
      estimatedOccupants: a.estimatedOccupants, reasons: a.reasons,
    })));
    await recordAudit(tx, ctx, {
      action: 'detection.run', targetKind: 'detection_run', targetId: id,
      detail: { asOfDay: dayToIso(detectionInput.asOfDay), houses: result.alerts.length, ...counts, modelVersion: result.modelVersion, subdistrict: target.subdistrict },
    });
    return true;
  });
  if (!stored && target.subdistrict !== null && target.trigger !== null) {
    const earlier = await triggeredRun(ctx.db, target.subdistrict, dayToIso(detectionInput.asOfDay), target.trigger);
    if (earlier) return { run: earlier, top: [], alreadyStored: true };
  }
  const run = await getDetectionRun(ctx.db, id);
  if (!run) throw new Error(`detection run ${id} vanished after commit`);
  return {
    run,
    top: result.alerts.slice(0, TOP).map((a) => ({ houseId: a.houseId, rank: a.rank, score: a.score, level: a.level, reasons: a.reasons })),
  };
}

/** Runs without a signed-in user (first start, the CLI, a schedule): audited as the system. */
export function runDetectionAsSystem(db: Database, input: RunDetectionInput = {}, now: () => number = Date.now): Promise<RunDetectionResult> {
  return runDetection({ ctx: systemContext(db, now), input });
}

async function recordFailure(ctx: ServiceContext, id: string, startedAt: number, asOfDay: number | null, t0: number, error: unknown, subdistrict: string | null): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await ctx.db.transaction(async (tx) => {
    await insertDetectionRun(tx, {
      id, startedAt: new Date(startedAt), finishedAt: new Date(startedAt + (performance.now() - t0)),
      asOfDay: dayToIso(asOfDay ?? shanghaiDay(startedAt)),
      modelVersion: '', params: {}, calibration: null, status: 'failed', triggeredBy: ctx.user.id,
      durationMs: Math.round(performance.now() - t0), error: message, subdistrict,
    });
    await recordAudit(tx, ctx, { action: 'detection.run_failed', targetKind: 'detection_run', targetId: id, detail: { error: message } });
  });
}

export { SYSTEM_ACTOR };
