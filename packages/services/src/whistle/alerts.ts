// Reading the whistle: today's alerts (the latest succeeded run) inside the
// user's jurisdiction, the run history, and one house's scores across runs.
import {
  countRunAlerts, houseAlertHistory as houseAlertRows, housesVersion, latestSucceededRun, listDetectionRuns, listRunAlerts, getHouse,
  type AlertListRow, type Database, type DetectionRunView, type HouseAlertPoint,
} from '@sentinel/db';
import type { AlertLevel } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { DerivedCache } from '../derived-cache.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';

/**
 * Alert totals per run, scope and filter: a run's alerts never change, and the
 * houses they are filtered by change only on imports (the register version),
 * so the count — a scan of the run's alerts, 100,000 rows — is made once.
 */
const totalCaches = new WeakMap<Database, DerivedCache<number>>();

export interface ListAlertsInput {
  readonly levels?: readonly AlertLevel[];
  readonly neighborhood?: string;
  readonly community?: string;
  readonly minScore?: number;
  readonly limit: number;
  readonly offset: number;
}

export interface AlertList {
  /** The run the alerts come from; null before the first run (then no items). */
  readonly run: DetectionRunView | null;
  readonly total: number;
  readonly items: readonly AlertListRow[];
}

export async function listAlerts({ ctx, input }: { ctx: ServiceContext; input: ListAlertsInput }): Promise<AlertList> {
  requirePermission(ctx, 'alert.view');
  const run = await latestSucceededRun(ctx.db, ctx.user.jurisdiction.subdistrict);
  if (!run) return { run: null, total: 0, items: [] };
  const filter = {
    scope: ctx.user.jurisdiction, levels: input.levels, neighborhood: input.neighborhood, community: input.community, minScore: input.minScore,
  };
  let totals = totalCaches.get(ctx.db);
  if (!totals) totalCaches.set(ctx.db, (totals = new DerivedCache<number>(512)));
  const total = await totals.get(JSON.stringify([run.id, filter]), await housesVersion(ctx.db), () => countRunAlerts(ctx.db, run.id, filter));
  const page = await listRunAlerts(ctx.db, run.id, filter, { limit: input.limit, offset: input.offset }, total);
  return { run, total: page.total, items: page.rows };
}

export async function listRuns({ ctx, input }: { ctx: ServiceContext; input: { limit: number; offset: number } }): Promise<{ total: number; items: DetectionRunView[] }> {
  requirePermission(ctx, 'detection.run');
  const page = await listDetectionRuns(ctx.db, input);
  return { total: page.total, items: page.rows };
}

/** The house's score in each of its last `limit` runs, oldest first (the house file chart). */
export async function houseAlertHistory({ ctx, input }: { ctx: ServiceContext; input: { houseId: string; limit: number } }): Promise<HouseAlertPoint[]> {
  requirePermission(ctx, 'alert.view');
  const house = await getHouse(ctx.db, input.houseId);
  if (!house) throw notFound(`房屋 ${input.houseId}`);
  if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`房屋 ${input.houseId}`);
  return houseAlertRows(ctx.db, input.houseId, input.limit);
}
