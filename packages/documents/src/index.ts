// @sentinel/documents — the paper the loop runs on: the five attachments of
// the 双清 plan, bulletins (通报), assessment deductions (考核) and XLSX lists.
export * from './errors.ts';
export * from './content.ts';
export * from './format/index.ts';
export * from './numbering/document-number.ts';
export * from './template/index.ts';
export * from './attachments/index.ts';
export * from './writers/index.ts';
export * from './xlsx/index.ts';
export * from './bulletin/index.ts';
export * from './assessment/index.ts';
