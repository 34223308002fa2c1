// Drawing helpers for the PDF writer: tables and bar charts are drawn by hand
// (pdfkit has neither), with page breaks that repeat a table's header row.
import type PDFDocument from 'pdfkit';
import type { BarChartBlock } from '../content.ts';

type Doc = InstanceType<typeof PDFDocument>;

export const BODY_SIZE = 11;
const CELL_PAD = 4;

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when less than `height` points are left. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function columnWidths(doc: Doc, columns: number, widths: readonly number[] | null): number[] {
  const w = widths && widths.length === columns ? widths : Array.from({ length: columns }, () => 1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / total) * contentWidth(doc));
}

function drawRow(doc: Doc, cells: readonly string[], widths: readonly number[], header: boolean): void {
  doc.fontSize(BODY_SIZE);
  const heights = widths.map((w, i) => doc.heightOfString(cells[i] ?? '', { width: w - 2 * CELL_PAD }));
  const rowHeight = Math.max(BODY_SIZE, ...heights) + 2 * CELL_PAD;
  const top = doc.y;
  let x = doc.page.margins.left;
  widths.forEach((w, i) => {
    if (header) doc.save().rect(x, top, w, rowHeight).fill('#eeeeee').restore();
    doc.rect(x, top, w, rowHeight).lineWidth(0.5).stroke('#000000');
    doc.fillColor('#000000').text(cells[i] ?? '', x + CELL_PAD, top + CELL_PAD, { width: w - 2 * CELL_PAD, align: header ? 'center' : 'left' });
    x += w;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + rowHeight;
}

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[]): number {
  doc.fontSize(BODY_SIZE);
  return Math.max(BODY_SIZE, ...widths.map((w, i) => doc.heightOfString(cells[i] ?? '', { width: w - 2 * CELL_PAD }))) + 2 * CELL_PAD;
}

export function drawTable(doc: Doc, columns: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[] | null): void {
  const w = columnWidths(doc, columns.length, widths);
  // Keep the header with at least the first row.
  ensureSpace(doc, rowHeight(doc, columns, w) + (rows[0] ? rowHeight(doc, rows[0], w) : 0));
  drawRow(doc, columns, w, true);
  for (const row of rows) {
    const h = rowHeight(doc, row, w);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(doc, columns, w, true);
    }
    drawRow(doc, row, w, false);
  }
  doc.moveDown(0.6);
}

/** Horizontal bars, one per entry, label left and printed value right: vector shapes, sharp at any zoom. */
export function drawBarChart(doc: Doc, block: BarChartBlock): void {
  const barHeight = 12;
  const gap = 6;
  const labelWidth = 110;
  const valueWidth = 56;
  const left = doc.page.margins.left;
  const area = contentWidth(doc) - labelWidth - valueWidth;
  const max = block.max ?? Math.max(0, ...block.bars.map((b) => b.value));
  ensureSpace(doc, BODY_SIZE * 2 + Math.min(block.bars.length, 3) * (barHeight + gap));
  doc.fontSize(BODY_SIZE).fillColor('#000000').text(block.title, left, doc.y, { width: contentWidth(doc), align: 'center' });
  doc.moveDown(0.4);
  for (let i = 0; i < block.bars.length; i += 1) {
    const bar = block.bars[i];
    ensureSpace(doc, barHeight + gap);
    const top = doc.y;
    const length = max > 0 ? (Math.max(0, bar.value) / max) * area : 0;
    doc.fontSize(BODY_SIZE - 1).fillColor('#000000').text(bar.label, left, top, { width: labelWidth - 6, align: 'right', lineBreak: false, ellipsis: true, height: barHeight });
    doc.save().rect(left + labelWidth, top, Math.max(length, 0.5), barHeight).fill('#3b6fb6').restore();
    doc.fillColor('#000000').text(block.valueLabels[i] ?? String(bar.value), left + labelWidth + length + 4, top, { width: valueWidth, lineBreak: false });
    doc.x = left;
    doc.y = top + barHeight + gap;
  }
  // Axis line along the bars' start.
  doc.moveDown(0.8);
  doc.x = left;
}
