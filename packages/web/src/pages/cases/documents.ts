// The five documents of a case that the server writes (GET
// /api/cases/{id}/documents/{kind}.{pdf|docx}), from the one list in @sentinel/domain.
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '@sentinel/domain';

export const CASE_DOCUMENTS = DOCUMENT_KINDS.map((kind) => ({ kind, label: DOCUMENT_KIND_LABELS[kind] }));

export type CaseDocumentKind = DocumentKind;

export function caseDocumentUrl(caseId: string, kind: CaseDocumentKind, format: 'pdf' | 'docx'): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${kind}.${format}`;
}
