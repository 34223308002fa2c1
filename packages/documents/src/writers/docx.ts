// DocumentContent → .docx (Word), the format staff edit and print from.
// Typography follows Chinese official documents loosely: title in 黑体-like
// bold 二号 (22 pt), body 宋体 三号-ish (14 pt would overflow tables; 12 pt),
// two-character first-line indent.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { BarChartBlock, ContentBlock, DocumentContent, TableBlock, TextAlign } from '../content.ts';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } as const;
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' } as const;
/** docx sizes are half-points. */
const BODY_SIZE = 24;
const ALIGN: Record<TextAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const run = (text: string, extra: Partial<IRunOptions> = {}): TextRun => new TextRun({ text, font: FONT, size: BODY_SIZE, ...extra });

function para(text: string, options: { align?: TextAlign; indent?: boolean; bold?: boolean; spacingAfter?: number } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: options.bold ?? false })],
    alignment: ALIGN[options.align ?? 'left'],
    // 2 characters of 12 pt = 24 pt = 480 twips.
    indent: options.indent ? { firstLine: 480 } : undefined,
    spacing: { after: options.spacingAfter ?? 120, line: 360 },
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, widthPct: number, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, { bold: header })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT })],
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function widthsPct(columns: number, widths: readonly number[] | null): number[] {
  const w = widths && widths.length === columns ? widths : Array.from({ length: columns }, () => 1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / total) * 100);
}

function table(block: Pick<TableBlock, 'columns' | 'rows' | 'widths'>): Table {
  const pct = widthsPct(block.columns.length, block.widths);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, pct[i], true)) }),
      ...block.rows.map((row) => new TableRow({ children: block.columns.map((_, i) => cell(row[i] ?? '', pct[i], false)) })),
    ],
  });
}

/** Word has no vector chart here: the chart becomes a table with a text bar, so the figures stay readable. */
function chartAsTable(block: BarChartBlock): (Paragraph | Table)[] {
  const max = block.max ?? Math.max(0, ...block.bars.map((b) => b.value));
  const bar = (v: number): string => (max > 0 ? '█'.repeat(Math.round((Math.max(0, v) / max) * 20)) : '');
  return [
    para(block.title, { bold: true }),
    table({ columns: ['项目', '数值', '图示'], widths: [2, 1, 3], rows: block.bars.map((b, i) => [b.label, block.valueLabels[i] ?? String(b.value), bar(b.value)]) }),
  ];
}

function blockToDocx(block: ContentBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ children: [run(block.text, { bold: true, font: TITLE_FONT })], spacing: { before: 200, after: 120 } })];
    case 'paragraph':
      return [para(block.text, block)];
    case 'list':
      return block.items.map((item, i) => para(`${block.ordered ? `${i + 1}. ` : '· '}${item}`, { indent: true }));
    case 'table':
      return [table(block), para('', { spacingAfter: 60 })];
    case 'bar_chart':
      return [...chartAsTable(block), para('', { spacingAfter: 60 })];
  }
}

/** The document as a .docx file. */
export async function toDocx(content: DocumentContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [run(content.title, { bold: true, size: 44, font: TITLE_FONT })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
    }),
  ];
  if (content.number) children.push(para(content.number, { align: 'center', spacingAfter: 240 }));
  for (const block of content.blocks) children.push(...blockToDocx(block));
  if (content.signature) {
    children.push(para('', { spacingAfter: 240 }));
    children.push(para(content.signature.unit, { align: 'right' }));
    children.push(para(content.signature.date, { align: 'right' }));
    for (const line of content.signature.lines) children.push(para(line, { align: 'right' }));
  }
  const doc = new Document({
    creator: 'Sentinel 群租哨兵',
    title: content.title,
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
