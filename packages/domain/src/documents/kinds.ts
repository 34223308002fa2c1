// The five attachments of the 双清 action plan (上钢新村街道, 2023) that the
// platform writes from case data. Declared here (pure) so the document writers
// and the cockpit share one list.

export const DOCUMENT_KINDS = [
  'legal_risk_notice',
  'rectification_notice',
  'population_registration_notice',
  'rental_filing_notice',
  'inspection_checklist',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  legal_risk_notice: '群租法律风险告知书',
  rectification_notice: '限期整改告知书',
  population_registration_notice: '实有人口登记告知书',
  rental_filing_notice: '租赁房屋备案登记告知书',
  inspection_checklist: '群租房屋检查表',
};

/** Attachment number in the plan (附件 1-5). */
export const DOCUMENT_KIND_ATTACHMENT_NO: Record<DocumentKind, number> = {
  legal_risk_notice: 1,
  rectification_notice: 2,
  population_registration_notice: 3,
  rental_filing_notice: 4,
  inspection_checklist: 5,
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
