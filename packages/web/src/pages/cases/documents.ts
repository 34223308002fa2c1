// The five documents of a case that the server writes (GET
// /api/cases/{id}/documents/{kind}.{pdf|docx}). The kinds and their titles
// mirror DOCUMENT_KINDS / DOCUMENT_KIND_LABELS of @sentinel/documents, which
// the browser bundle cannot import (it carries the DOCX and PDF writers).

export const CASE_DOCUMENTS = [
  { kind: 'legal_risk_notice', label: '群租法律风险告知书' },
  { kind: 'rectification_notice', label: '限期整改告知书' },
  { kind: 'population_registration_notice', label: '实有人口登记告知书' },
  { kind: 'rental_filing_notice', label: '租赁房屋备案登记告知书' },
  { kind: 'inspection_checklist', label: '群租房屋检查表' },
] as const;

export type CaseDocumentKind = (typeof CASE_DOCUMENTS)[number]['kind'];

export function caseDocumentUrl(caseId: string, kind: CaseDocumentKind, format: 'pdf' | 'docx'): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${kind}.${format}`;
}
