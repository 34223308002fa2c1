// The one rule of intake: a house has at most one open case. A report on a
// house with an open case is attached to it (the timeline shows it); else a
// new case opens and the house gets the 疑似群租 label. Runs inside the
// caller's transaction.
import {
  appendCaseEvent, insertCase, insertIntakeReport, lockOpenCaseOfHouse, markIntakeAttached, putHouseLabel, type House, type SqlSession,
} from '@sentinel/db';
import { caseNumbering, openCase, type AlertLevel, type CaseSource } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { newId } from '../ids.ts';
import { enqueueOutboxEvent } from '../outbox/enqueue.ts';
import { actorFromUser, snapshotColumns } from '../cases/snapshot-store.ts';
import { isUniqueViolation } from '../unique-violation.ts';

export interface ReportFacts {
  readonly channel: CaseSource;
  /** The source system's number (12345 ticket); a ticket is taken in once. */
  readonly ticketId?: string | null;
  readonly address?: string | null;
  /** UTC ms. */
  readonly receivedAt: number;
  readonly category?: string | null;
  readonly content?: string | null;
  /** Set when the report is already stored (an unmatched ticket matched by staff): it is updated, not inserted. */
  readonly existingId?: string;
}

export interface AlertFacts {
  readonly score: number;
  readonly level: AlertLevel;
  readonly reasons: readonly string[];
  readonly runId?: string | null;
}

export interface MatchFacts {
  readonly kind: 'given' | 'exact' | 'fuzzy' | 'manual' | 'alert';
  readonly confidence: number | null;
}

export interface IntakeOutcome {
  readonly caseId: string;
  /** The official number a person sees (e.g. 临汾群租〔2026〕0001号); caseId stays internal. */
  readonly caseNumber: string;
  /** true: a new case was opened; false: the report was attached to the open case. */
  readonly created: boolean;
  readonly reportId: string;
}

export async function openOrAttach(tx: SqlSession, ctx: ServiceContext, house: House, report: ReportFacts, match: MatchFacts, alert: AlertFacts | null): Promise<IntakeOutcome> {
  const at = ctx.now();
  const reportId = report.existingId ?? newId('rep');
  const actor = actorFromUser(ctx.user);
  const open = await lockOpenCaseOfHouse(tx, house.houseId);
  const reportRow = {
    id: reportId, channel: report.channel, ticketId: report.ticketId ?? null, address: report.address ?? house.address,
    subdistrict: house.subdistrict, houseId: house.houseId, matchKind: match.kind, matchConfidence: match.confidence,
    status: 'attached' as const, receivedAt: new Date(report.receivedAt), category: report.category ?? null,
    content: report.content ?? (alert ? alert.reasons.join('; ') : null), reportedById: ctx.user.id, createdAt: new Date(at),
  };
  const storeReport = async (caseId: string): Promise<void> => {
    if (report.existingId) await markIntakeAttached(tx, report.existingId, { houseId: house.houseId, caseId, matchKind: match.kind, matchConfidence: match.confidence });
    else await insertIntakeReport(tx, { ...reportRow, caseId });
  };
  const eventBase = { actorId: actor.id, actorRole: actor.role, actorUnit: actor.unitName ?? null, at: new Date(at), reportId };

  if (open) {
    await storeReport(open.id);
    await appendCaseEvent(tx, { ...eventBase, caseId: open.id, kind: 'report_attached', fromState: open.state, toState: open.state, evidence: { note: reportRow.content ?? undefined } });
    await enqueueOutboxEvent(tx, 'case.report_attached', { caseId: open.id, houseId: house.houseId, channel: report.channel, reportId }, at);
    return { caseId: open.id, caseNumber: open.caseNumber, created: false, reportId };
  }

  const opened = openCase({ id: newId('case'), houseId: house.houseId, source: report.channel, actor, at });
  if (!opened.ok) throw opened.error;
  let caseNumber: string;
  try {
    caseNumber = await insertCase(tx, {
      ...snapshotColumns(opened.snapshot),
      alertScore: alert?.score ?? null, alertLevel: alert?.level ?? null,
      alertReasons: alert ? [...alert.reasons] : null, alertRunId: alert?.runId ?? null,
    }, caseNumbering(house.subdistrict, at));
  } catch (error) {
    // Another request opened a case on this house a moment ago: the caller may retry and will attach.
    if (isUniqueViolation(error)) throw conflict('case.concurrent_update', `房屋 ${house.houseId} 刚刚已有案件登记，请重试。`);
    throw error;
  }
  const caseId = opened.snapshot.id;
  await storeReport(caseId);
  await appendCaseEvent(tx, { ...eventBase, caseId, kind: 'opened', fromState: null, toState: 'discovered', evidence: { note: reportRow.content ?? undefined } });
  await putHouseLabel(tx, { houseId: house.houseId, label: 'suspected_group_rental', caseId, setAt: new Date(at), setById: ctx.user.id });
  await enqueueOutboxEvent(tx, 'case.opened', { caseId, houseId: house.houseId, address: house.address, source: report.channel, alert }, at);
  return { caseId, caseNumber, created: true, reportId };
}
