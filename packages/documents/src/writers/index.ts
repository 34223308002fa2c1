export * from './docx.ts';
export * from './pdf.ts';
export * from './font.ts';
