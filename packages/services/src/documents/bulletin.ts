// 工作通报: the bulletin of a period for the user's jurisdiction (or one of its
// neighbourhoods), computed from the database — cases and their timelines,
// the whistles of the detection runs, imported 12345 complaints — through
// the pure computeBulletin, and written as JSON, DOCX, PDF or XLSX.
import { alertOnsetDays, listCaseEvents, listPeriodComplaints, listPeriodWhistles, listScopedCases, listScopedNeighborhoods } from '@sentinel/db';
import {
  bulletinCaseFromSnapshot, bulletinContent, bulletinSheets, computeBulletin, formatChinesePeriod, toDocx, toPdf, toXlsxWorkbook,
  type Bulletin, type BulletinComplaint,
} from '@sentinel/documents';
import { COMPLAINT_CHANNELS, isoToDay, shanghaiDay, type ComplaintChannel } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { outOfJurisdiction, ServiceError } from '../errors.ts';
import { toSnapshot } from '../cases/snapshot-store.ts';
import { FORMAT_MIME, type GeneratedFile } from './case-document.ts';
import { BULLETIN_FORMATS, type BulletinFormat } from '@sentinel/contract';

export interface BulletinQuery {
  /** `YYYY-MM-DD`, both ends included. */
  readonly from: string;
  readonly to: string;
  /** One neighbourhood of the jurisdiction; all of them when absent. */
  readonly neighborhood?: string | null;
}

export interface BulletinResult {
  readonly bulletin: Bulletin;
  /** 辖区 as printed: the subdistrict, or `<街道><居民区>`. */
  readonly jurisdiction: string;
  readonly from: string;
  readonly to: string;
}

/** Longest period a bulletin covers (keeps the computation bounded). */
const MAX_PERIOD_DAYS = 3 * 366;

export function parsePeriod(from: string, to: string): { fromDay: number; toDay: number } {
  const fromDay = isoToDay(from);
  const toDay = isoToDay(to);
  if (Number.isNaN(fromDay) || Number.isNaN(toDay)) throw new ServiceError('document.invalid_period', `统计期间应为 YYYY-MM-DD 格式的日期（收到 from=${from}，to=${to}）。 (invalid period)`);
  if (toDay < fromDay) throw new ServiceError('document.invalid_period', `统计期间的结束日 ${to} 早于开始日 ${from}。 (period ends before it starts)`);
  if (toDay - fromDay >= MAX_PERIOD_DAYS) throw new ServiceError('document.invalid_period', `统计期间最长 ${MAX_PERIOD_DAYS} 天。 (period too long)`);
  return { fromDay, toDay };
}

const isChannel = (c: string): c is ComplaintChannel => (COMPLAINT_CHANNELS as readonly string[]).includes(c);

export async function getBulletin({ ctx, input }: { ctx: ServiceContext; input: BulletinQuery }): Promise<BulletinResult> {
  requirePermission(ctx, 'bulletin.view');
  const period = parsePeriod(input.from, input.to);
  const scope = ctx.user.jurisdiction;
  const neighborhood = input.neighborhood?.trim() || null;
  if (neighborhood !== null && scope.neighborhood !== null && neighborhood !== scope.neighborhood) throw outOfJurisdiction(`居民区 ${neighborhood}`);
  const neighborhoods = await listScopedNeighborhoods(ctx.db, scope, neighborhood);
  if (neighborhood !== null && !neighborhoods.includes(neighborhood)) throw outOfJurisdiction(`居民区 ${neighborhood}`);

  const caseRows = await listScopedCases(ctx.db, scope, neighborhood);
  const ids = caseRows.map((r) => r.case.id);
  const [events, onsets, whistles, complaints] = await Promise.all([
    listCaseEvents(ctx.db, ids),
    alertOnsetDays(ctx.db, ids),
    listPeriodWhistles(ctx.db, scope, neighborhood, period.fromDay, period.toDay),
    listPeriodComplaints(ctx.db, scope, neighborhood, period.fromDay, period.toDay),
  ]);
  const eventsOf = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsOf.get(e.caseId);
    if (list) list.push(e); else eventsOf.set(e.caseId, [e]);
  }
  const bulletin = computeBulletin({
    period,
    cases: caseRows.map((r) => bulletinCaseFromSnapshot(toSnapshot(r.case, eventsOf.get(r.case.id) ?? []), { neighborhood: r.neighborhood, onsetDay: onsets.get(r.case.id) ?? null })),
    alerts: whistles.map((w) => ({ houseId: w.houseId, neighborhood: w.neighborhood, alertDay: w.alertDay, outcome: w.outcome, outcomeDay: w.outcomeDay })),
    complaints: complaints.flatMap((t): BulletinComplaint[] => isChannel(t.channel) ? [{
      ticketId: t.ticketId, neighborhood: t.neighborhood, receivedDay: t.receivedDay, channel: t.channel, category: t.category,
    }] : []),
    neighborhoods,
  });
  const place = neighborhood ?? scope.neighborhood;
  return { bulletin, jurisdiction: place === null ? scope.subdistrict : `${scope.subdistrict}${place}`, from: input.from, to: input.to };
}

export { BULLETIN_FORMATS, type BulletinFormat };

/** The bulletin as a file; issued by the user's unit, dated today. */
export async function exportBulletin({ ctx, input }: { ctx: ServiceContext; input: BulletinQuery & { format: BulletinFormat } }): Promise<GeneratedFile> {
  const result = await getBulletin({ ctx, input });
  const { fromDay, toDay } = result.bulletin.period;
  const periodLabel = formatChinesePeriod(fromDay, toDay);
  const bytes = input.format === 'xlsx'
    ? await toXlsxWorkbook(bulletinSheets(result.bulletin))
    : await (input.format === 'pdf' ? toPdf : toDocx)(bulletinContent(result.bulletin, { jurisdiction: result.jurisdiction, periodLabel, issuingUnit: ctx.user.unitName, issuedDay: shanghaiDay(ctx.now()) }));
  return {
    filename: `${result.jurisdiction}群租治理工作通报（${input.from}至${input.to}）.${input.format}`,
    asciiFilename: `bulletin-${input.from}-${input.to}.${input.format}`,
    mime: FORMAT_MIME[input.format],
    bytes,
  };
}
