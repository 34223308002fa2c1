// DocumentContent → PDF (A4) for printing and archiving, with the CJK font
// embedded (pdfkit subsets it to the glyphs used).
import PDFDocument from 'pdfkit';
import type { DocumentContent } from '../content.ts';
import { BODY_SIZE, contentWidth, drawBarChart, drawTable, ensureSpace } from './pdf-layout.ts';
import { resolveCjkFont, type CjkFont } from './font.ts';

export interface PdfOptions {
  /** Default resolveCjkFont() (SENTINEL_CJK_FONT or Debian's Noto CJK). */
  readonly font?: CjkFont;
}

const FONT_KEY = 'cjk';

/**
 * The document as a PDF file.
 * @throws CjkFontMissingError when no CJK font is available.
 */
export function toPdf(content: DocumentContent, options: PdfOptions = {}): Promise<Buffer> {
  const font = options.font ?? resolveCjkFont();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 64, right: 64 }, info: { Title: content.title, Creator: 'Sentinel 群租哨兵' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.name) doc.registerFont(FONT_KEY, font.path, font.name);
  else doc.registerFont(FONT_KEY, font.path);
  doc.font(FONT_KEY);
  const width = contentWidth(doc);
  const left = doc.page.margins.left;

  doc.fontSize(20).text(content.title, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.3);
  if (content.number) doc.fontSize(BODY_SIZE).text(content.number, { width, align: 'center' });
  doc.moveDown(0.8);

  for (const block of content.blocks) {
    doc.x = left;
    switch (block.type) {
      case 'heading':
        ensureSpace(doc, 40);
        doc.moveDown(0.3).fontSize(13).text(block.text, { width });
        doc.moveDown(0.2);
        break;
      case 'paragraph':
        doc.fontSize(BODY_SIZE).text(block.text, { width, align: block.align, indent: block.indent ? BODY_SIZE * 2 : 0, lineGap: 4 });
        doc.moveDown(0.4);
        break;
      case 'list':
        block.items.forEach((item, i) => {
          doc.fontSize(BODY_SIZE).text(`${block.ordered ? `${i + 1}. ` : '· '}${item}`, { width, indent: BODY_SIZE * 2, lineGap: 4 });
        });
        doc.moveDown(0.4);
        break;
      case 'table':
        drawTable(doc, block.columns, block.rows, block.widths);
        break;
      case 'bar_chart':
        drawBarChart(doc, block);
        break;
    }
  }

  if (content.signature) {
    const lines = [content.signature.unit, content.signature.date, ...content.signature.lines];
    ensureSpace(doc, (lines.length + 2) * (BODY_SIZE + 6));
    doc.moveDown(1.5);
    for (const line of lines) doc.fontSize(BODY_SIZE + 1).text(line, left, doc.y, { width, align: 'right', lineGap: 4 });
  }
  doc.end();
  return done;
}
