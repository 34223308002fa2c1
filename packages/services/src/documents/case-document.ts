// The five documents of a case (告知书 and 检查表), built from the case's own
// data: the house, its people, the checklist of the verification step, the
// notices served, the assigned unit. A document is ISSUED once, by an explicit
// POST: that takes the next document number (文号) and keeps the rendered
// document in the same transaction. Every download (GET) reads the kept one
// back, so the number and the text never change; each is audited, and an
// unmasked copy counts as a view of personal data.
import {
  findIssuedDocument, findUserById, getCaseRow, listCaseEvents, listIssuedDocumentsOfCase, listParties, storeIssuedContent, takeDocumentSequence,
  type CaseEventRow, type IssuedDocumentRow, type PartyRow, type SqlSession,
} from '@sentinel/db';
import {
  DOCUMENT_KIND_LABELS, formatDocumentNumber, generateDocument, toDocx, toPdf, yearOfShanghaiDay,
  type DocumentContent, type DocumentKind, type DocumentParty, type DocumentRequest,
} from '@sentinel/documents';
import {
  emptyChecklist, evaluateChecklist, issuerUnitName, shanghaiDay, subdistrictShortName,
  type ChecklistAnswers, type InterviewParty, type NoticeKind, type WorkingCalendar,
} from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { can, REVEALABLE_PARTIES, requirePermission } from '../auth/permissions.ts';
import { isUniqueViolation } from '../unique-violation.ts';
import type { ServiceContext } from '../context.ts';
import { notFound, ServiceError } from '../errors.ts';
import { houseInScope } from '../cases/house-access.ts';
import { maskName } from '../household/masking.ts';
import { committeeUnitName } from '../users/unit-names.ts';
import { calendarFor } from '../calendar/working-calendar.ts';
import { issuerOf } from './document-issuers.ts';
import { requireOwnTask } from '../auth/property-view.ts';
import { documentKindOf, effectiveTemplate } from './templates.ts';

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface GeneratedFile {
  /** Chinese file name, e.g. `限期整改告知书-汾西路261弄12号101室.docx`. */
  readonly filename: string;
  /** ASCII fallback for old clients, e.g. `rectification_notice-2026-1.docx`. */
  readonly asciiFilename: string;
  readonly mime: string;
  readonly bytes: Buffer;
}

export interface CaseDocument extends GeneratedFile {
  readonly documentNumber: string;
}

export interface IssuedDocumentView {
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  readonly documentNumber: string;
  readonly issuingUnit: string;
  readonly issuedAt: string;
  readonly issuedByName: string;
  /** false when it had been issued before (the POST changed nothing). */
  readonly created: boolean;
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

/** The step that served the given notice (first serve_notices naming it); null before serving. */
function serveEventOf(events: readonly CaseEventRow[], kind: NoticeKind): { event: CaseEventRow; day: number } | null {
  for (const e of events) {
    const notice = e.kind === 'transition' ? e.evidence.notices?.find((n) => n.kind === kind) : undefined;
    if (notice) return { event: e, day: shanghaiDay(notice.servedAt) };
  }
  return null;
}

/** `王小明（汾西居民区居委会）`: the person who took the step, named, with their unit. */
async function namedActor(s: SqlSession, event: CaseEventRow): Promise<string> {
  const user = await findUserById(s, event.actorId);
  const name = user?.displayName ?? event.actorId;
  const unit = event.actorUnit ?? user?.unitName ?? null;
  return unit ? `${name}（${unit}）` : name;
}

function kindOfCase(ctx: ServiceContext, kind: string): DocumentKind {
  requirePermission(ctx, 'document.generate');
  return documentKindOf(kind);
}

const viewOf = (row: IssuedDocumentRow, kind: DocumentKind, issuedByName: string, created: boolean): IssuedDocumentView => ({
  kind,
  kindLabel: DOCUMENT_KIND_LABELS[kind],
  documentNumber: row.number,
  issuingUnit: String((row.content as { signature?: { unit?: string } } | null)?.signature?.unit ?? ''),
  issuedAt: row.issuedAt.toISOString(),
  issuedByName,
  created,
});

async function issuerName(s: SqlSession, userId: string): Promise<string> {
  return (await findUserById(s, userId))?.displayName ?? userId;
}

/**
 * Issues a case document (POST): takes the 文号 and keeps the document. Issuing
 * a kind already issued on the case changes nothing and answers the kept one.
 */
export async function issueCaseDocument({ ctx, input }: { ctx: ServiceContext; input: { caseId: string; kind: string } }): Promise<IssuedDocumentView> {
  const kind = kindOfCase(ctx, input.kind);
  // Deadlines on the same calendar (official + the admin's overrides) as the case's own deadlines.
  const calendar = await calendarFor(ctx);
  // Two issuers racing: the unique indexes refuse the later one, whose whole
  // transaction is then retried (and finds the number or the document taken).
  for (let attempt = 1; ; attempt++) {
    try {
      return await issueOnce(ctx, input.caseId, kind, calendar);
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

async function issueOnce(ctx: ServiceContext, caseId: string, kind: DocumentKind, calendar: WorkingCalendar): Promise<IssuedDocumentView> {
  // Rendering runs inside the transaction: a template or font error rolls the number back.
  return ctx.db.transaction(async (tx) => {
    const row = await getCaseRow(tx, caseId);
    if (!row) throw notFound(`案件 ${caseId}`);
    const house = await houseInScope(tx, ctx, row.houseId);
    requireOwnTask(ctx, row);
    const existing = await findIssuedDocument(tx, kind, row.id);
    if (existing) return viewOf(existing, kind, await issuerName(tx, existing.issuedBy), false);

    // One after the other: a transaction is one connection, and pg refuses overlapping queries on one client.
    const events = (await listCaseEvents(tx, [row.id])).filter((e) => e.caseId === row.id);
    const partyRows = await listParties(tx, row.houseId);
    const now = ctx.now();
    const issuedDay = shanghaiDay(now);

    // The issued document prints the names the issuer's role may see; a masked twin serves readers who may not.
    const allowed: readonly InterviewParty[] = can(ctx.user.role, 'party.reveal') ? REVEALABLE_PARTIES[ctx.user.role] : [];
    const shown = (p: PartyRow): boolean => allowed.includes(p.kind);
    const parties: DocumentParty[] = partyRows.map((p) => ({ role: p.kind, name: shown(p) ? p.name : maskName(p.name), phone: shown(p) ? p.phone : null }));
    const maskedParties: DocumentParty[] = partyRows.map((p) => ({ role: p.kind, name: maskName(p.name), phone: null }));

    const prefix = documentPrefix(house.subdistrict);
    const year = yearOfShanghaiDay(issuedDay);
    const issued = await takeDocumentSequence(tx, {
      prefix, year, kind, caseId: row.id, subject: row.id, issuedAt: new Date(now), issuedBy: ctx.user.id,
      format: (sequence) => formatDocumentNumber({ prefix, year, sequence }),
    });
    const notice = NOTICE_OF_KIND[kind];
    const served = notice ? serveEventOf(events, notice) : null;
    const servingUnit = row.assigneeUnit ?? committeeUnitName(house.neighborhood);
    const common = {
      documentNumber: issued.number,
      caseNumber: row.caseNumber,
      subdistrict: house.subdistrict,
      address: house.address,
      parties,
      // The authority that may issue it (街道办事处 / 综合执法队), never the committee that serves it.
      issuingUnit: issuerUnitName(await issuerOf(tx, house.subdistrict, kind), house.subdistrict),
      issuedDay,
      servingUnit,
      servers: served ? await namedActor(tx, served.event) : null,
    };
    const checked = lastChecklistEvent(events);
    const answers: ChecklistAnswers = checked?.evidence.checklist ?? row.checklist ?? emptyChecklist();
    // Printed before serving (to take along), the deadline counts from today.
    const servedDay = served?.day ?? issuedDay;
    const inspectors = checked ? await namedActor(tx, checked) : servingUnit;
    const requestWith = (people: DocumentParty[]): DocumentRequest => {
      const base = { ...common, parties: people };
      return kind === 'legal_risk_notice' ? { kind, input: base }
        : kind === 'rectification_notice' ? { kind, input: { ...base, servedDay, violations: evaluateChecklist(answers).violations } }
        : kind === 'population_registration_notice' ? { kind, input: { ...base, servedDay, registrationPlace: `${house.neighborhood}警务室（${house.subdistrict}派出所）` } }
        : kind === 'rental_filing_notice' ? { kind, input: { ...base, servedDay, filingPlace: `${house.subdistrict}社区事务受理服务中心` } }
        : { kind, input: { ...base, inspectedDay: checked ? shanghaiDay(checked.at.getTime()) : issuedDay, inspectors, answers } };
    };

    const { template } = await effectiveTemplate(tx, kind);
    const content: DocumentContent = generateDocument(requestWith(parties), { calendar, template });
    const maskedContent: DocumentContent = generateDocument(requestWith(maskedParties), { calendar, template });
    const revealed = partyRows.filter(shown);
    await storeIssuedContent(tx, issued.id, {
      content: content as unknown as Record<string, unknown>,
      maskedContent: maskedContent as unknown as Record<string, unknown>,
      revealedKinds: [...new Set(revealed.map((p) => p.kind))],
    });
    await recordAudit(tx, ctx, {
      action: 'document.generate', targetKind: 'case', targetId: row.id,
      detail: { kind, documentNumber: issued.number, houseId: row.houseId, maskedPartyIds: partyRows.filter((p) => !shown(p)).map((p) => p.id) },
    });
    if (revealed.length > 0) {
      // The same record as the household file's reveal: who saw which people, when and why.
      await recordAudit(tx, ctx, {
        action: 'personal_data.reveal', targetKind: 'house', targetId: row.houseId,
        purpose: `出具${DOCUMENT_KIND_LABELS[kind]}（${issued.number}）`, detail: { partyIds: revealed.map((p) => p.id), caseId: row.id },
      });
    }
    const kept = await findIssuedDocument(tx, kind, row.id);
    if (!kept) throw notFound(`${DOCUMENT_KIND_LABELS[kind]}`);
    return viewOf(kept, kind, ctx.user.displayName, true);
  });
}

/** The documents issued on a case, oldest first. */
export async function listCaseDocuments({ ctx, input }: { ctx: ServiceContext; input: { caseId: string } }): Promise<IssuedDocumentView[]> {
  requirePermission(ctx, 'case.view');
  const row = await getCaseRow(ctx.db, input.caseId);
  if (!row) throw notFound(`案件 ${input.caseId}`);
  await houseInScope(ctx.db, ctx, row.houseId);
  requireOwnTask(ctx, row);
  const rows = await listIssuedDocumentsOfCase(ctx.db, row.id);
  const out: IssuedDocumentView[] = [];
  for (const r of rows) out.push(viewOf(r, documentKindOf(r.kind), await issuerName(ctx.db, r.issuedBy), false));
  return out;
}

/**
 * A download (GET) of an issued document: the kept one, as DOCX or PDF. A
 * reader whose role may see every person the issuer printed gets that copy
 * (a logged view of personal data); anyone else the masked twin.
 * @throws ServiceError document.not_issued before the POST that issues it.
 */
export async function downloadCaseDocument({ ctx, input }: {
  ctx: ServiceContext;
  input: { caseId: string; kind: string; format: DocumentFormat };
}): Promise<CaseDocument> {
  const kind = kindOfCase(ctx, input.kind);
  return ctx.db.transaction(async (tx) => {
    const row = await getCaseRow(tx, input.caseId);
    if (!row) throw notFound(`案件 ${input.caseId}`);
    const house = await houseInScope(tx, ctx, row.houseId);
    requireOwnTask(ctx, row);
    const kept = await findIssuedDocument(tx, kind, row.id);
    if (!kept?.content || !kept.maskedContent) {
      throw new ServiceError('document.not_issued', `本案的${DOCUMENT_KIND_LABELS[kind]}尚未出具，请先点击「出具」取得文号。`);
    }
    const allowed: readonly string[] = can(ctx.user.role, 'party.reveal') ? REVEALABLE_PARTIES[ctx.user.role] : [];
    const revealedKinds = kept.revealedKinds ?? [];
    const full = revealedKinds.every((k) => allowed.includes(k));
    const content = (full ? kept.content : kept.maskedContent) as unknown as DocumentContent;
    const bytes = input.format === 'pdf' ? await toPdf(content) : await toDocx(content);
    await recordAudit(tx, ctx, {
      action: 'document.download', targetKind: 'case', targetId: row.id,
      detail: { kind, format: input.format, documentNumber: kept.number, masked: !full },
    });
    if (full && revealedKinds.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'personal_data.reveal', targetKind: 'house', targetId: row.houseId,
        purpose: `下载${DOCUMENT_KIND_LABELS[kind]}（${kept.number}）`, detail: { partyKinds: revealedKinds, caseId: row.id },
      });
    }
    return {
      documentNumber: kept.number,
      filename: `${DOCUMENT_KIND_LABELS[kind]}-${house.address}.${input.format}`,
      asciiFilename: `${kind}-${row.numberYear}-${row.numberSeq}.${input.format}`,
      mime: FORMAT_MIME[input.format],
      bytes,
    };
  });
}
