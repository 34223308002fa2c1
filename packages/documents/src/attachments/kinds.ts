// The five attachments are declared once, in @sentinel/domain (the cockpit uses them too).
export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, DOCUMENT_KIND_ATTACHMENT_NO, isDocumentKind, type DocumentKind } from '@sentinel/domain';
