// 一户一档: everything known about one dwelling on one page — registry facts,
// labels, people (masked), meters with a consumption summary, the whistle's
// alerts, complaints, cases with their timelines, inspections with checklist
// answers, notices served, photos and videos. The view is logged, because
// even masked it is about people.
import {
  complaintsOfHouse, importedInspectionsOfHouse, listAttachmentsOfHouse, listCaseEvents, listCasesOfHouse, listHouseLabels, listParties,
  meterSummaries, HOUSE_LABEL_LABELS, type ComplaintSummaryRow, type House, type ImportedInspectionRow, type MeterSummaryRow,
} from '@sentinel/db';
import {
  evaluateChecklist, NOTICE_KIND_LABELS, type AlertLevel, type ChecklistAnswers, type ChecklistVerdict, type NoticeKind,
} from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { houseInScope } from '../cases/house-access.ts';
import { toCaseView, type CaseView } from '../cases/case-view.ts';
import { partyView, type PartyView } from './masking.ts';
import { houseForRole, seesHouseholdDetail, withoutWhistle } from '../auth/property-view.ts';

/** Whose details a property company's house file lists: the people it must reach to serve notices. */
const PROPERTY_PARTIES: ReadonlySet<string> = new Set(['owner', 'sublessor']);

export interface HouseLabelView { readonly label: string; readonly labelText: string; readonly caseId: string | null; readonly setAt: string; readonly removedAt: string | null }
export interface AlertHistoryEntry { readonly caseId: string; readonly openedAt: string; readonly score: number; readonly level: AlertLevel; readonly reasons: readonly string[]; readonly runId: string | null }
export interface InspectionEntry {
  readonly source: 'case' | 'import';
  readonly caseId: string | null;
  readonly at: string;
  /** confirmed / not_confirmed / no_access (inspections.csv vocabulary). */
  readonly result: string;
  readonly occupants: number | null;
  readonly checklist: ChecklistAnswers | null;
  readonly verdict: ChecklistVerdict | null;
  readonly notes: string | null;
}
export interface NoticeEntry { readonly caseId: string; readonly caseNumber: string; readonly kind: NoticeKind; readonly kindLabel: string; readonly servedAt: string; readonly photoIds: readonly string[] }
export interface AttachmentEntry { readonly id: string; readonly mime: string; readonly sizeBytes: number; readonly caseId: string | null; readonly uploadedAt: string }

export interface HouseholdFile {
  readonly house: House;
  readonly labels: readonly HouseLabelView[];
  readonly parties: readonly PartyView[];
  readonly meters: readonly MeterSummaryRow[];
  readonly alerts: readonly AlertHistoryEntry[];
  readonly complaints: readonly ComplaintSummaryRow[];
  readonly cases: readonly CaseView[];
  readonly inspections: readonly InspectionEntry[];
  readonly notices: readonly NoticeEntry[];
  readonly attachments: readonly AttachmentEntry[];
}

const RESULT_OF_ACTION: Record<string, string> = { confirm: 'confirmed', rule_out: 'not_confirmed', record_no_access: 'no_access', relapse: 'confirmed' };

function importedInspection(r: ImportedInspectionRow): InspectionEntry {
  return { source: 'import', caseId: null, at: r.inspectedAt.toISOString(), result: r.result, occupants: r.occupants, checklist: null, verdict: null, notes: r.notes };
}

export async function getHouseholdFile({ ctx, input }: { ctx: ServiceContext; input: { houseId: string; purpose?: string } }): Promise<HouseholdFile> {
  requirePermission(ctx, 'household.view');
  return ctx.db.transaction(async (tx) => {
    const house = await houseInScope(tx, ctx, input.houseId);
    // One after the other: a transaction is one connection, and pg refuses overlapping queries on one client.
    const labels = await listHouseLabels(tx, house.houseId);
    const parties = await listParties(tx, house.houseId);
    const meters = await meterSummaries(tx, house.houseId);
    const complaints = await complaintsOfHouse(tx, house.houseId);
    const imported = await importedInspectionsOfHouse(tx, house.houseId);
    const caseRows = await listCasesOfHouse(tx, house.houseId);
    const attachments = await listAttachmentsOfHouse(tx, house.houseId);
    const events = await listCaseEvents(tx, caseRows.map((c) => c.id));
    const now = ctx.now();
    const cases = caseRows.map((c) => toCaseView(c, events, house, ctx.user, now, true));
    if (!seesHouseholdDetail(ctx)) {
      // 物业: the address, the owner / sublessor to reach, and the tasks of its own unit — nothing else.
      const own = new Set(caseRows.filter((c) => c.assigneeUnit === ctx.user.unitName).map((c) => c.id));
      const reachable = parties.filter((p) => PROPERTY_PARTIES.has(p.kind));
      await recordAudit(tx, ctx, {
        action: 'personal_data.view', targetKind: 'house', targetId: house.houseId, purpose: input.purpose?.trim() || '查看一户一档（物业：业主、二房东联系）',
        detail: { parties: reachable.length, masked: true },
      });
      return {
        house: houseForRole(ctx, house), labels: [], parties: reachable.map((p) => partyView(p, false)), meters: [], alerts: [], complaints: [],
        cases: cases.filter((c) => own.has(c.id)).map((c) => withoutWhistle(ctx, c)), inspections: [], notices: [], attachments: [],
      };
    }

    const caseInspections: InspectionEntry[] = events.filter((e) => e.kind === 'transition' && e.action !== null && e.action in RESULT_OF_ACTION).map((e) => ({
      source: 'case', caseId: e.caseId, at: e.at.toISOString(), result: RESULT_OF_ACTION[e.action as string], occupants: e.evidence.checklist?.occupants ?? null,
      checklist: e.evidence.checklist ?? null, verdict: e.evidence.checklist ? evaluateChecklist(e.evidence.checklist).verdict : null, notes: e.evidence.note ?? null,
    }));
    const notices: NoticeEntry[] = events.filter((e) => e.action === 'serve_notices').flatMap((e) => (e.evidence.notices ?? []).map((n) => ({
      caseId: e.caseId, caseNumber: caseRows.find((c) => c.id === e.caseId)?.caseNumber ?? '', kind: n.kind, kindLabel: NOTICE_KIND_LABELS[n.kind], servedAt: new Date(n.servedAt).toISOString(), photoIds: n.photoIds,
    })));

    await recordAudit(tx, ctx, {
      action: 'personal_data.view', targetKind: 'house', targetId: house.houseId, purpose: input.purpose?.trim() || '查看一户一档（脱敏）',
      detail: { parties: parties.length, masked: true },
    });
    return {
      house,
      labels: labels.map((l) => ({ label: l.label, labelText: HOUSE_LABEL_LABELS[l.label], caseId: l.caseId, setAt: l.setAt.toISOString(), removedAt: l.removedAt ? l.removedAt.toISOString() : null })),
      parties: parties.map((p) => partyView(p, false)),
      meters,
      alerts: caseRows.filter((c) => c.alertScore !== null && c.alertLevel !== null).map((c) => ({
        caseId: c.id, openedAt: c.openedAt.toISOString(), score: c.alertScore as number, level: c.alertLevel as AlertLevel, reasons: c.alertReasons ?? [], runId: c.alertRunId,
      })),
      complaints,
      cases,
      inspections: [...imported.map(importedInspection), ...caseInspections].sort((a, b) => a.at.localeCompare(b.at)),
      notices,
      attachments: attachments.map((a) => ({ id: a.id, mime: a.mime, sizeBytes: a.sizeBytes, caseId: a.caseId, uploadedAt: a.uploadedAt.toISOString() })),
    };
  });
}
