// DocumentContent → .docx (Word), the format staff edit and print from.
// Layout after GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm;
// 版头 = the issuing body in red 小标宋 with the 文号 under it and a red rule;
// title 方正小标宋简体 二号 (22 pt); body 仿宋_GB2312 三号 (16 pt), fixed 28 pt
// lines, two-character first-line indent; headings 黑体; tables 小四 (12 pt)
// so they fit; signature and date right, four characters in, the seal
// (印章) pressed over them; page numbers `— 1 —` at the foot.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
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

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' } as const;
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' } as const;
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' } as const;
/** docx sizes are half-points: 三号 16 pt body, 小四 12 pt in tables. */
const BODY_SIZE = 32;
const TABLE_SIZE = 24;
const RED = 'C00000';
/** Twips per millimetre. */
const MM = 1440 / 25.4;
/** Fixed line pitch of 28 pt (GB/T 9704: 22 lines a page). */
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
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
    // 2 characters of 16 pt = 32 pt = 640 twips.
    indent: options.indent ? { firstLine: 640 } : undefined,
    spacing: { after: options.spacingAfter ?? 0, ...LINE },
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, widthPct: number, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, { bold: header, size: TABLE_SIZE })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT })],
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
      return [new Paragraph({ children: [run(block.text, { font: HEADING_FONT })], spacing: { before: 120, ...LINE } })];
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

/** 版头: issuing body (red, 小标宋), 文号 centred under it, a red rule below (the paragraph's bottom border). */
function masthead(issuingBody: string, number: string | null): Paragraph[] {
  return [
    new Paragraph({ children: [run(issuingBody, { size: 52, font: TITLE_FONT, color: RED })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
    new Paragraph({
      children: [run(number ?? '')],
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
      spacing: { after: 480 },
    }),
  ];
}

/** Right, four characters (4 × 16 pt = 1280 twips) in from the margin; the seal's place marked on the line after the date. */
function signature(lines: readonly string[]): Paragraph[] {
  const right = (text: string, extra: Partial<IRunOptions> = {}): Paragraph =>
    new Paragraph({ children: [run(text, extra)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE });
  return [para(''), para(''), ...lines.map((l) => right(l))];
}

/** The document as a .docx file. */
export async function toDocx(content: DocumentContent): Promise<Buffer> {
  const issuingBody = content.signature?.unit ?? null;
  const children: (Paragraph | Table)[] = issuingBody ? masthead(issuingBody, content.number) : [];
  children.push(new Paragraph({
    children: [run(content.title, { size: 44, font: TITLE_FONT })],
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
  }));
  if (content.number && !issuingBody) children.push(para(content.number, { align: 'center', spacingAfter: 240 }));
  for (const block of content.blocks) children.push(...blockToDocx(block));
  if (content.signature) children.push(...signature([content.signature.unit, content.signature.date, ...content.signature.lines]));
  const pageNumber = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' }, size: 28 })] })],
  });
  const doc = new Document({
    creator: 'Sentinel 群租哨兵',
    title: content.title,
    sections: [{
      properties: { page: { margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
      footers: { default: pageNumber },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
