// Freshness (#12 item 4, #14 item 5): for each feed, the day of its newest
// data and the last successful import; the last successful detection run;
// each flagged stale when older than the configured number of days, so the
// cockpit can say what its figures rest on.
import { latestSucceededRun } from '@sentinel/db';
import { dayToIso, shanghaiDay } from '@sentinel/domain';
import { can, requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';

export interface FeedFreshness {
  /** `readings-water`, `readings-electricity`, `readings-gas`, `access_events`, `complaints`. */
  readonly feed: string;
  readonly label: string;
  /** YYYY-MM-DD (Asia/Shanghai) of the newest data; null = none yet. */
  readonly newestDataDay: string | null;
  readonly lastImportAt: string | null;
  readonly ageDays: number | null;
  readonly stale: boolean;
}

export interface Freshness {
  readonly today: string;
  readonly thresholds: { readonly feedDays: number; readonly runDays: number };
  readonly feeds: readonly FeedFreshness[];
  readonly lastRun: { readonly id: string; readonly finishedAt: string; readonly asOfDay: string; readonly ageDays: number; readonly stale: boolean } | null;
  /** Something is older than its threshold (or detection never ran). */
  readonly stale: boolean;
}

const LABELS: Record<string, string> = {
  'readings-water': '水表读数', 'readings-electricity': '电表读数', 'readings-gas': '燃气表读数', access_events: '门禁记录', complaints: '12345 及巡查工单',
};

export async function getFreshness({ ctx, input }: { ctx: ServiceContext; input: { feedDays: number; runDays: number } }): Promise<Freshness> {
  // Whoever sees the figures (alerts) or the feeds (imports) sees how old they are.
  if (!can(ctx.user.role, 'import.view')) requirePermission(ctx, 'alert.view');
  const today = shanghaiDay(ctx.now());
  const newest = await ctx.db.query<{ feed: string; day: string | null }>(
    `SELECT 'readings-' || m.kind::text AS feed, max(d.start_day + array_length(d.amounts, 1) - 1)::text AS day
       FROM meter_daily_consumption d JOIN meters m ON m.id = d.meter_ref GROUP BY m.kind
     UNION ALL SELECT 'access_events', (max(event_at) AT TIME ZONE 'Asia/Shanghai')::date::text FROM access_events
     UNION ALL SELECT 'complaints', (max(received_at) AT TIME ZONE 'Asia/Shanghai')::date::text FROM complaints`);
  const imports = await ctx.db.query<{ table_name: string; kind: string | null; at: Date | string }>(
    `SELECT table_name::text, NULL AS kind, max(finished_at) AS at FROM import_batches
      WHERE status IN ('imported', 'unchanged') GROUP BY table_name`);
  const lastImport = new Map(imports.rows.map((r) => [r.table_name, new Date(r.at).toISOString()]));
  const feeds: FeedFreshness[] = newest.rows.filter((r) => r.day !== null || r.feed !== 'complaints').map((r) => {
    const ageDays = r.day === null ? null : today - Math.round(Date.parse(`${r.day}T00:00:00Z`) / 86_400_000);
    const table = r.feed.startsWith('readings-') ? 'readings' : r.feed;
    return {
      feed: r.feed, label: LABELS[r.feed] ?? r.feed, newestDataDay: r.day, lastImportAt: lastImport.get(table) ?? null,
      ageDays, stale: r.day !== null && ageDays !== null && ageDays > input.feedDays,
    };
  }).filter((f) => f.newestDataDay !== null);
  const run = await latestSucceededRun(ctx.db, ctx.user.jurisdiction.subdistrict);
  const lastRun = run === null ? null : (() => {
    const ageDays = today - shanghaiDay(new Date(run.finishedAt).getTime());
    return { id: run.id, finishedAt: new Date(run.finishedAt).toISOString(), asOfDay: run.asOfDay, ageDays, stale: ageDays > input.runDays };
  })();
  return {
    today: dayToIso(today), thresholds: input, feeds, lastRun,
    stale: feeds.some((f) => f.stale) || lastRun === null || lastRun.stale,
  };
}
