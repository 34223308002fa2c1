// 数字吹哨 over the database: build the input from the imported data, score
// every house, and store the run with one alert per house in one transaction
// (alerts by COPY), audited. A failure is stored as a failed run with its
// reason, so the run history says why there were no new whistles.
import { randomUUID } from 'node:crypto';
import { copyAlerts, insertDetectionRun, type Database, type DetectionRunView, getDetectionRun } from '@sentinel/db';
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
}

const TOP = 10;

export async function runDetection({ ctx, input }: { ctx: ServiceContext; input: RunDetectionInput }): Promise<RunDetectionResult> {
  requirePermission(ctx, 'detection.run');
  let asOfDay: number | null = null;
  if (input.asOf !== undefined) {
    asOfDay = isoToDay(input.asOf);
    if (Number.isNaN(asOfDay)) throw invalidInput(`检测日期 "${input.asOf}" 不是有效日期，应为 YYYY-MM-DD。 (invalid asOf)`);
  }
  const id = `run_${randomUUID().replace(/-/g, '')}`;
  const startedAt = ctx.now();
  const t0 = performance.now();
  let loaded;
  let result: DetectResult;
  try {
    loaded = await loadDetectionInputFromDb(ctx.db, { asOfDay });
    result = detect(loaded.input);
  } catch (error) {
    await recordFailure(ctx, id, startedAt, asOfDay, t0, error);
    throw error;
  }
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const a of result.alerts) counts[a.level] += 1;
  const { input: detectionInput, labelCount } = loaded;
  await ctx.db.transaction(async (tx) => {
    await insertDetectionRun(tx, {
      id, startedAt: new Date(startedAt), finishedAt: new Date(startedAt + (performance.now() - t0)),
      asOfDay: dayToIso(detectionInput.asOfDay), modelVersion: result.modelVersion,
      params: JSON.parse(JSON.stringify(result.params)) as Record<string, unknown>,
      calibration: { a: result.calibration.a, b: result.calibration.b, n: result.calibration.n },
      status: 'succeeded', houseCount: result.alerts.length, redCount: counts.red, yellowCount: counts.yellow, greenCount: counts.green,
      labelCount, triggeredBy: ctx.user.id, durationMs: Math.round(performance.now() - t0), error: null,
    });
    await copyAlerts(tx, id, result.alerts.map((a) => ({
      houseId: a.houseId, rank: a.rank, score: a.score, level: a.level, onsetDay: a.onsetDay === null ? null : dayToIso(a.onsetDay),
      estimatedOccupants: a.estimatedOccupants, reasons: a.reasons,
    })));
    await recordAudit(tx, ctx, {
      action: 'detection.run', targetKind: 'detection_run', targetId: id,
      detail: { asOfDay: dayToIso(detectionInput.asOfDay), houses: result.alerts.length, ...counts, modelVersion: result.modelVersion },
    });
  });
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

async function recordFailure(ctx: ServiceContext, id: string, startedAt: number, asOfDay: number | null, t0: number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await ctx.db.transaction(async (tx) => {
    await insertDetectionRun(tx, {
      id, startedAt: new Date(startedAt), finishedAt: new Date(startedAt + (performance.now() - t0)),
      asOfDay: dayToIso(asOfDay ?? shanghaiDay(startedAt)),
      modelVersion: '', params: {}, calibration: null, status: 'failed', triggeredBy: ctx.user.id,
      durationMs: Math.round(performance.now() - t0), error: message,
    });
    await recordAudit(tx, ctx, { action: 'detection.run_failed', targetKind: 'detection_run', targetId: id, detail: { error: message } });
  });
}

export { SYSTEM_ACTOR };
