// DocumentContent → PDF (A4) for printing and archiving, with the CJK fonts
// embedded (pdfkit subsets them to the glyphs used). Layout after GB/T 9704
// (党政机关公文格式): margins 37/35/28/26 mm; a document with an issuing body
// opens with its 版头 (the body's name in red, the 文号 under it, a red rule);
// title in the 小标宋 face, body text 三号 (16 pt) in the 仿宋 face; the
// signature (发文机关署名, 成文日期) right, four characters in from the
// margin, with the seal position (印章) drawn over them.
import PDFDocument from 'pdfkit';
import type { DocumentContent } from '../content.ts';
import { BODY_SIZE, contentWidth, drawBarChart, drawTable, ensureSpace } from './pdf-layout.ts';
import { resolveCjkFont, resolveCjkTitleFont, type CjkFont } from './font.ts';

export interface PdfOptions {
  /** Default resolveCjkFont() (SENTINEL_CJK_FONT or Debian's Noto CJK). */
  readonly font?: CjkFont;
  /** Title face; default resolveCjkTitleFont() when `font` is not given, else the body font. */
  readonly titleFont?: CjkFont | null;
}

const FONT_KEY = 'cjk';
const TITLE_FONT_KEY = 'cjk-title';
const MM = 72 / 25.4;
/** 三号, the body size of GB/T 9704. */
const TEXT_SIZE = 16;
const TITLE_SIZE = 22;
const RED = '#c00000';

type Doc = InstanceType<typeof PDFDocument>;

function register(doc: Doc, key: string, font: CjkFont): void {
  if (font.name) doc.registerFont(key, font.path, font.name);
  else doc.registerFont(key, font.path);
}

/** 版头: the issuing body in red, the 文号 centred under it, a red rule across. */
function drawMasthead(doc: Doc, issuingBody: string, number: string | null, width: number): void {
  const left = doc.page.margins.left;
  doc.font(TITLE_FONT_KEY).fontSize(26).fillColor(RED).text(issuingBody, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.4);
  if (number) doc.font(FONT_KEY).fontSize(TEXT_SIZE).fillColor('#000000').text(number, left, doc.y, { width, align: 'center' });
  const y = doc.y + 6;
  doc.save().moveTo(left, y).lineTo(left + width, y).lineWidth(1.5).stroke(RED).restore();
  doc.fillColor('#000000').font(FONT_KEY);
  doc.y = y + 18;
}

/** 发文机关署名 and 成文日期 right, 4 characters in; the seal position drawn over both, red and dashed. */
function drawSignature(doc: Doc, lines: readonly string[], width: number): void {
  const left = doc.page.margins.left;
  const rightGap = 4 * TEXT_SIZE;
  ensureSpace(doc, (lines.length + 3) * (TEXT_SIZE + 8));
  doc.moveDown(1.5);
  const top = doc.y;
  for (const line of lines) doc.font(FONT_KEY).fontSize(TEXT_SIZE).text(line, left, doc.y, { width: width - rightGap, align: 'right', lineGap: 6 });
  const unitWidth = Math.max(...lines.slice(0, 2).map((l) => doc.widthOfString(l)));
  const cx = left + width - rightGap - unitWidth / 2;
  const cy = top + TEXT_SIZE * 1.2;
  doc.save().circle(cx, cy, 42).lineWidth(1).dash(3, { space: 3 }).stroke(RED).undash().restore();
  doc.save().fontSize(8).fillColor(RED).text('印章位置', cx - 20, cy + 28, { width: 40, align: 'center', lineBreak: false }).restore();
  doc.fillColor('#000000');
}

/**
 * The document as a PDF file.
 * @throws CjkFontMissingError when no CJK font is available.
 */
export function toPdf(content: DocumentContent, options: PdfOptions = {}): Promise<Buffer> {
  const font = options.font ?? resolveCjkFont();
  const titleFont = options.titleFont !== undefined ? options.titleFont : options.font ? null : resolveCjkTitleFont();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    info: { Title: content.title, Creator: 'Sentinel 群租哨兵' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  register(doc, FONT_KEY, font);
  register(doc, TITLE_FONT_KEY, titleFont ?? font);
  doc.font(FONT_KEY);
  const width = contentWidth(doc);
  const left = doc.page.margins.left;

  // A document signed by an issuing body carries its 版头 and the 文号 in it; others print the number under the title.
  const issuingBody = content.signature?.unit ?? null;
  if (issuingBody) drawMasthead(doc, issuingBody, content.number, width);
  doc.font(TITLE_FONT_KEY).fontSize(TITLE_SIZE).text(content.title, left, doc.y, { width, align: 'center' });
  doc.font(FONT_KEY).moveDown(0.3);
  if (content.number && !issuingBody) doc.fontSize(BODY_SIZE).text(content.number, { width, align: 'center' });
  doc.moveDown(0.8);

  for (const block of content.blocks) {
    doc.x = left;
    switch (block.type) {
      case 'heading':
        ensureSpace(doc, 40);
        // 一级标题 in 黑体 style: the title face at body size.
        doc.moveDown(0.3).font(TITLE_FONT_KEY).fontSize(TEXT_SIZE).text(block.text, { width }).font(FONT_KEY);
        doc.moveDown(0.2);
        break;
      case 'paragraph':
        doc.fontSize(TEXT_SIZE).text(block.text, { width, align: block.align, indent: block.indent ? TEXT_SIZE * 2 : 0, lineGap: 6 });
        doc.moveDown(0.4);
        break;
      case 'list':
        block.items.forEach((item, i) => {
          doc.fontSize(TEXT_SIZE).text(`${block.ordered ? `${i + 1}. ` : '· '}${item}`, { width, indent: TEXT_SIZE * 2, lineGap: 6 });
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

  if (content.signature) drawSignature(doc, [content.signature.unit, content.signature.date, ...content.signature.lines], width);
  doc.end();
  return done;
}
