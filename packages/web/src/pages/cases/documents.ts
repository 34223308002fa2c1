// The five documents of a case, from the one list in @sentinel/domain: issued
// once (POST /api/cases/{id}/documents/{kind}, which takes the 文号), listed
// (GET …/documents) and downloaded as often as needed (GET …/{kind}.{pdf|docx},
// always the same document and number).
import type { IssuedDocument } from '@sentinel/contract';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';

export const CASE_DOCUMENTS = DOCUMENT_KINDS.map((kind) => ({ kind, label: DOCUMENT_KIND_LABELS[kind] }));

export type CaseDocumentKind = DocumentKind;
export type { IssuedDocument };

const base = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}/documents`;

export function caseDocumentUrl(caseId: string, kind: CaseDocumentKind, format: 'pdf' | 'docx'): string {
  return `${base(caseId)}/${kind}.${format}`;
}

export const fetchIssuedDocuments = (caseId: string, signal?: AbortSignal) => get<IssuedDocument[]>(base(caseId), undefined, signal);

export const issueDocument = (caseId: string, kind: CaseDocumentKind) => post<IssuedDocument>(`${base(caseId)}/${kind}`);
