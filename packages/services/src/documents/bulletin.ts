// 工作通报: the bulletin of a period for the user's jurisdiction (or one of its
// neighbourhoods), computed from the database — cases and their timelines,
// the whistles of the detection runs, imported 12345 complaints — through
// the pure computeBulletin, and written as JSON, DOCX, PDF or XLSX.
import { alertOnsetDays, listCaseEvents, listCaseReferralRows, listPeriodComplaints, listPeriodWhistles, listScopedCases, listScopedNeighborhoods } from '@sentinel/db';
import {
  bulletinCaseFromSnapshot, bulletinContent, bulletinSheets, computeBulletin, formatChinesePeriod, monthlyHistory, toDocx, toPdf, toXlsxWorkbook,
  type Bulletin, type BulletinComplaint, type DocumentContent, type MonthFigures,
} from '@sentinel/documents';
import { COMPLAINT_CHANNELS, dayStartUtcMs, isoToDay, shanghaiDay, type ComplaintChannel } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { outOfJurisdiction, ServiceError } from '../errors.ts';
import { toSnapshot } from '../cases/snapshot-store.ts';
import { FORMAT_MIME, type GeneratedFile } from './case-document.ts';
import { bulletinIssuer, bulletinSubject, findIssuedBulletin, issueBulletinDocument } from './bulletin-issue.ts';
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
  /** Month by month up to the period's end (same definitions). */
  readonly history: readonly MonthFigures[];
  readonly issuingUnit: string;
  /** Once issued: the 文号 and who issued it. */
  readonly issued: { readonly documentNumber: string; readonly issuedAt: string; readonly issuedByName: string } | null;
}

/** Longest period a bulletin covers (keeps the computation bounded). */
const MAX_PERIOD_DAYS = 3 * 366;

export function parsePeriod(from: string, to: string): { fromDay: number; toDay: number } {
  const fromDay = isoToDay(from);
  const toDay = isoToDay(to);
  if (Number.isNaN(fromDay) || Number.isNaN(toDay)) throw new ServiceError('document.invalid_period', `统计期间应为 YYYY-MM-DD 格式的日期（收到 from=${from}，to=${to}）。`);
  if (toDay < fromDay) throw new ServiceError('document.invalid_period', `统计期间的结束日 ${to} 早于开始日 ${from}。`);
  if (toDay - fromDay >= MAX_PERIOD_DAYS) throw new ServiceError('document.invalid_period', `统计期间最长 ${MAX_PERIOD_DAYS} 天。`);
  return { fromDay, toDay };
}

const isChannel = (c: string): c is ComplaintChannel => (COMPLAINT_CHANNELS as readonly string[]).includes(c);

export async function getBulletin({ ctx, input }: { ctx: ServiceContext; input: BulletinQuery }): Promise<BulletinResult> {
  requirePermission(ctx, 'bulletin.view');
  const period = parsePeriod(input.from, input.to);
  const scope = { ...ctx.user.jurisdiction, subdistrict: ownSubdistrict(ctx) };
  const neighborhood = input.neighborhood?.trim() || null;
  if (neighborhood !== null && scope.neighborhood !== null && neighborhood !== scope.neighborhood) throw outOfJurisdiction(`居民区 ${neighborhood}`);
  const neighborhoods = await listScopedNeighborhoods(ctx.db, scope, neighborhood);
  if (neighborhood !== null && !neighborhoods.includes(neighborhood)) throw outOfJurisdiction(`居民区 ${neighborhood}`);

  const caseRows = await listScopedCases(ctx.db, scope, neighborhood);
  const ids = caseRows.map((r) => r.case.id);
  const [events, onsets, whistles, complaints, referralRows] = await Promise.all([
    listCaseEvents(ctx.db, ids),
    alertOnsetDays(ctx.db, ids),
    listPeriodWhistles(ctx.db, scope, neighborhood, period.fromDay, period.toDay),
    listPeriodComplaints(ctx.db, scope, neighborhood, period.fromDay, period.toDay),
    // 疏堵结合: referral records made in the period (Shanghai days), same scope.
    listCaseReferralRows(ctx.db, { scope, from: new Date(dayStartUtcMs(period.fromDay)), to: new Date(dayStartUtcMs(period.toDay + 1)) }),
  ]);
  const eventsOf = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsOf.get(e.caseId);
    if (list) list.push(e); else eventsOf.set(e.caseId, [e]);
  }
  const cases = caseRows.map((r) => bulletinCaseFromSnapshot(toSnapshot(r.case, eventsOf.get(r.case.id) ?? []), { neighborhood: r.neighborhood, onsetDay: onsets.get(r.case.id) ?? null }));
  const bulletin = computeBulletin({
    period,
    cases,
    alerts: whistles.map((w) => ({ houseId: w.houseId, neighborhood: w.neighborhood, alertDay: w.alertDay, outcome: w.outcome, outcomeDay: w.outcomeDay })),
    complaints: complaints.flatMap((t): BulletinComplaint[] => isChannel(t.channel) ? [{
      ticketId: t.ticketId, neighborhood: t.neighborhood, receivedDay: t.receivedDay, channel: t.channel, category: t.category,
    }] : []),
    neighborhoods,
    referrals: referralRows.filter((r) => neighborhood === null || r.neighborhood === neighborhood).map((r) => r.referral),
  });
  const place = neighborhood ?? scope.neighborhood;
  const issued = await findIssuedBulletin(ctx.db, bulletinSubject(scope, neighborhood, input.from, input.to));
  return {
    bulletin, jurisdiction: place === null ? scope.subdistrict : `${scope.subdistrict}${place}`, from: input.from, to: input.to,
    history: monthlyHistory(cases, period.toDay), issuingUnit: bulletinIssuer(scope),
    issued: issued ? { documentNumber: issued.number, issuedAt: issued.issuedAt.toISOString(), issuedByName: issued.issuedByName } : null,
  };
}

/** The printed bulletin: issued by the subdistrict office; a draft (no 文号) until issued. */
function printed(result: BulletinResult, documentNumber: string | null, issuedDay: number): DocumentContent {
  const { fromDay, toDay } = result.bulletin.period;
  return bulletinContent(result.bulletin, {
    jurisdiction: result.jurisdiction, periodLabel: formatChinesePeriod(fromDay, toDay), issuingUnit: result.issuingUnit, issuedDay, documentNumber, history: result.history,
  });
}

/** 出具通报 (POST): takes the 文号 once; the same period and scope again changes nothing. */
export async function issueBulletin({ ctx, input }: { ctx: ServiceContext; input: BulletinQuery }): Promise<BulletinResult & { created: boolean }> {
  const result = await getBulletin({ ctx, input });
  const { fromDay, toDay } = result.bulletin.period;
  const subject = bulletinSubject({ ...ctx.user.jurisdiction, subdistrict: ownSubdistrict(ctx) }, input.neighborhood?.trim() || null, input.from, input.to);
  const { created } = await issueBulletinDocument(ctx, { subject, fromDay, toDay, render: (number) => printed(result, number, shanghaiDay(ctx.now())) });
  return { ...(await getBulletin({ ctx, input })), created };
}

export { BULLETIN_FORMATS, type BulletinFormat };

/** The bulletin as a file: the issued one (same 文号 and text at every download), else today's draft. */
export async function exportBulletin({ ctx, input }: { ctx: ServiceContext; input: BulletinQuery & { format: BulletinFormat } }): Promise<GeneratedFile> {
  const result = await getBulletin({ ctx, input });
  const kept = result.issued ? await findIssuedBulletin(ctx.db, bulletinSubject({ ...ctx.user.jurisdiction, subdistrict: ownSubdistrict(ctx) }, input.neighborhood?.trim() || null, input.from, input.to)) : null;
  const content = (kept?.content as unknown as DocumentContent | undefined) ?? printed(result, null, shanghaiDay(ctx.now()));
  const bytes = input.format === 'xlsx'
    ? await toXlsxWorkbook(bulletinSheets(result.bulletin))
    : await (input.format === 'pdf' ? toPdf : toDocx)(content);
  return {
    filename: `${result.jurisdiction}群租治理工作通报（${input.from}至${input.to}）.${input.format}`,
    asciiFilename: `bulletin-${input.from}-${input.to}.${input.format}`,
    mime: FORMAT_MIME[input.format],
    bytes,
  };
}
