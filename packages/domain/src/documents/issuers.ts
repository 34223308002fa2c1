// Who may issue each document (发文机关). A notice that orders something
// (责令整改) can only come from an administrative authority: the subdistrict
// office (街道办事处) or the comprehensive law-enforcement squad (综合执法队).
// The neighbourhood committee (居委会) is a self-governing body with no power
// to order: it serves the notice and informs, and is named as the serving unit.
import type { DocumentKind } from './kinds.ts';

export const DOCUMENT_ISSUERS = ['subdistrict_office', 'enforcement_squad'] as const;
export type DocumentIssuer = (typeof DOCUMENT_ISSUERS)[number];

export const DOCUMENT_ISSUER_LABELS: Record<DocumentIssuer, string> = {
  subdistrict_office: '街道办事处',
  enforcement_squad: '综合执法队',
};

/** Appended to the subdistrict's name (`临汾路街道`), which already ends in 街道. */
const ISSUER_SUFFIX: Record<DocumentIssuer, string> = {
  subdistrict_office: '办事处',
  enforcement_squad: '综合执法队',
};

/** Starting point of every subdistrict; an administrator changes it per kind. */
export const DEFAULT_DOCUMENT_ISSUERS: Record<DocumentKind, DocumentIssuer> = {
  legal_risk_notice: 'subdistrict_office',
  rectification_notice: 'subdistrict_office',
  population_registration_notice: 'subdistrict_office',
  rental_filing_notice: 'subdistrict_office',
  inspection_checklist: 'subdistrict_office',
};

export function isDocumentIssuer(value: unknown): value is DocumentIssuer {
  return typeof value === 'string' && (DOCUMENT_ISSUERS as readonly string[]).includes(value);
}

/**
 * The issuing body's full name as printed (版头 and 落款):
 * `临汾路街道` → `临汾路街道办事处` / `临汾路街道综合执法队`.
 */
export function issuerUnitName(issuer: DocumentIssuer, subdistrict: string): string {
  const base = subdistrict.replace(/办事处$/, '');
  return `${base}${ISSUER_SUFFIX[issuer]}`;
}
