// The five documents of a case (告知书 and 检查表), built from the case's own
// data: the house, its people, the checklist of the verification step, the
// day the notices were served, the assigned unit. Each issue takes the next
// document number (文号) in the same transaction that records it, and every
// personal datum printed is accounted for in the audit log.
import { getCaseRow, listCaseEvents, listParties, takeDocumentSequence, type CaseEventRow, type PartyRow } from '@sentinel/db';
import {
  DOCUMENT_KIND_LABELS, formatDocumentNumber, generateDocument, toDocx, toPdf, yearOfShanghaiDay,
  type DocumentContent, type DocumentKind, type DocumentParty, type DocumentRequest,
} from '@sentinel/documents';
import { emptyChecklist, evaluateChecklist, shanghaiDay, subdistrictShortName, type ChecklistAnswers, type NoticeKind, type WorkingCalendar } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { can, REVEALABLE_PARTIES, requirePermission } from '../auth/permissions.ts';
import { isUniqueViolation } from '../unique-violation.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { houseInScope } from '../cases/house-access.ts';
import { maskName } from '../household/masking.ts';
import { committeeUnitName } from '../users/unit-names.ts';
import { calendarFor } from '../calendar/working-calendar.ts';
import { documentKindOf, effectiveTemplate } from './templates.ts';

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface GeneratedFile {
  /** Chinese file name, e.g. `限期整改告知书-汾西路261弄12号101室.docx`. */
  readonly filename: string;
  /** ASCII fallback for old clients, e.g. `rectification_notice-case_ab12.docx`. */
  readonly asciiFilename: string;
  readonly mime: string;
  readonly bytes: Buffer;
}

export interface CaseDocument extends GeneratedFile {
  readonly documentNumber: string;
}

export const FORMAT_MIME: Record<DocumentFormat | 'xlsx', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Which served notice (evidence of serve_notices) dates which document. */
const NOTICE_OF_KIND: Partial<Record<DocumentKind, NoticeKind>> = {
  rectification_notice: 'rectification',
  population_registration_notice: 'population_registration',
  rental_filing_notice: 'rental_filing',
};

/** 机关代字 of the subdistrict: `上钢新村街道` → `上钢群整` (first two characters + 群整). */
export function documentPrefix(subdistrict: string): string {
  return `${subdistrictShortName(subdistrict)}群整`;
}

/** The last step that recorded a checklist (confirm, rule_out …), the facts of 附件 2 and 5. */
function lastChecklistEvent(events: readonly CaseEventRow[]): (CaseEventRow & { evidence: { checklist: ChecklistAnswers } }) | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === 'transition' && e.evidence.checklist) return e as CaseEventRow & { evidence: { checklist: ChecklistAnswers } };
  }
  return null;
}

/** Day the given notice was served (first serve_notices step naming it); null before serving. */
function servedDayOf(events: readonly CaseEventRow[], kind: NoticeKind): number | null {
  for (const e of events) {
    const notice = e.kind === 'transition' ? e.evidence.notices?.find((n) => n.kind === kind) : undefined;
    if (notice) return shanghaiDay(notice.servedAt);
  }
  return null;
}

export async function generateCaseDocument({ ctx, input }: {
  ctx: ServiceContext;
  input: { caseId: string; kind: string; format: DocumentFormat };
}): Promise<CaseDocument> {
  requirePermission(ctx, 'document.generate');
  const kind = documentKindOf(input.kind);
  // Deadlines on the same calendar (official + the admin's overrides) as the case's own deadlines.
  const calendar = await calendarFor(ctx);
  // Two issuers racing for the same number: the unique index refuses the
  // later one, whose whole transaction is then retried with the next number.
  for (let attempt = 1; ; attempt++) {
    try {
      return await issueCaseDocument(ctx, input.caseId, kind, input.format, calendar);
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

async function issueCaseDocument(ctx: ServiceContext, caseId: string, kind: DocumentKind, format: DocumentFormat, calendar: WorkingCalendar): Promise<CaseDocument> {
  const input = { caseId, format };
  // Rendering runs inside the transaction: a template or font error rolls the number back.
  return ctx.db.transaction(async (tx) => {
    const row = await getCaseRow(tx, input.caseId);
    if (!row) throw notFound(`案件 ${input.caseId}`);
    const house = await houseInScope(tx, ctx, row.houseId);
    // One after the other: a transaction is one connection, and pg refuses overlapping queries on one client.
    const events = await listCaseEvents(tx, [row.id]);
    const partyRows = await listParties(tx, row.houseId);
    const now = ctx.now();
    const issuedDay = shanghaiDay(now);

    // Names print unmasked only for roles allowed to see that kind of person; the rest masked.
    const allowed = can(ctx.user.role, 'party.reveal') ? REVEALABLE_PARTIES[ctx.user.role] : [];
    const shown = (p: PartyRow): boolean => allowed.includes(p.kind);
    const parties: DocumentParty[] = partyRows.map((p) => ({ role: p.kind, name: shown(p) ? p.name : maskName(p.name), phone: shown(p) ? p.phone : null }));

    const prefix = documentPrefix(house.subdistrict);
    const year = yearOfShanghaiDay(issuedDay);
    const issued = await takeDocumentSequence(tx, {
      prefix, year, kind, caseId: row.id, issuedAt: new Date(now), issuedBy: ctx.user.id,
      format: (sequence) => formatDocumentNumber({ prefix, year, sequence }),
    });
    const common = {
      documentNumber: issued.number,
      caseNumber: row.caseNumber,
      subdistrict: house.subdistrict,
      address: house.address,
      parties,
      issuingUnit: row.assigneeUnit ?? committeeUnitName(house.neighborhood),
      issuedDay,
    };
    const checked = lastChecklistEvent(events.filter((e) => e.caseId === row.id));
    const answers: ChecklistAnswers = checked?.evidence.checklist ?? row.checklist ?? emptyChecklist();
    const notice = NOTICE_OF_KIND[kind];
    // Printed before serving (to take along), the deadline counts from today.
    const servedDay = notice ? servedDayOf(events, notice) ?? issuedDay : issuedDay;
    const request: DocumentRequest = kind === 'legal_risk_notice' ? { kind, input: common }
      : kind === 'rectification_notice' ? { kind, input: { ...common, servedDay, violations: evaluateChecklist(answers).violations } }
      : kind === 'population_registration_notice' ? { kind, input: { ...common, servedDay, registrationPlace: `${house.neighborhood}警务室（${house.subdistrict}派出所）` } }
      : kind === 'rental_filing_notice' ? { kind, input: { ...common, servedDay, filingPlace: `${house.subdistrict}社区事务受理服务中心` } }
      : { kind, input: { ...common, inspectedDay: checked ? shanghaiDay(checked.at.getTime()) : issuedDay, inspectors: checked?.actorUnit ?? common.issuingUnit, answers } };

    const { template } = await effectiveTemplate(tx, kind);
    const content: DocumentContent = generateDocument(request, { calendar, template });
    const bytes = input.format === 'pdf' ? await toPdf(content) : await toDocx(content);

    const revealedIds = partyRows.filter(shown).map((p) => p.id);
    await recordAudit(tx, ctx, {
      action: 'document.generate', targetKind: 'case', targetId: row.id,
      detail: { kind, format: input.format, documentNumber: issued.number, houseId: row.houseId, maskedPartyIds: partyRows.filter((p) => !shown(p)).map((p) => p.id) },
    });
    if (revealedIds.length > 0) {
      // The same record as the household file's reveal: who saw which people, when and why.
      await recordAudit(tx, ctx, {
        action: 'personal_data.reveal', targetKind: 'house', targetId: row.houseId,
        purpose: `生成${DOCUMENT_KIND_LABELS[kind]}（${issued.number}）`, detail: { partyIds: revealedIds, caseId: row.id },
      });
    }
    return {
      documentNumber: issued.number,
      filename: `${DOCUMENT_KIND_LABELS[kind]}-${house.address}.${input.format}`,
      asciiFilename: `${kind}-${row.numberYear}-${row.numberSeq}.${input.format}`,
      mime: FORMAT_MIME[input.format],
      bytes,
    };
  });
}
