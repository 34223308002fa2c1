// What a rendered document is, independent of the file format: the one shape
// both writers (DOCX, PDF) and the cockpit's print view consume. Every text
// here is final — no placeholders left.

export type TextAlign = 'left' | 'center' | 'right';

export interface HeadingBlock {
  readonly type: 'heading';
  readonly text: string;
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: string;
  readonly align: TextAlign;
  /** First-line indent of two characters, the norm of Chinese official text. */
  readonly indent: boolean;
  readonly bold: boolean;
}

export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly string[];
  /** Numbered 1. 2. 3. when true, bulleted otherwise. */
  readonly ordered: boolean;
}

export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Relative column widths (any positive numbers); equal when absent. */
  readonly widths: readonly number[] | null;
}

export interface BarChartBlock {
  readonly type: 'bar_chart';
  readonly title: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
  /** How each value is printed next to its bar (e.g. `87.5%`). */
  readonly valueLabels: readonly string[];
  /** Full-scale value (1 for rates); the largest value when null. */
  readonly max: number | null;
}

export type ContentBlock = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | BarChartBlock;

export interface SignatureBlock {
  /** Issuing unit (落款单位). */
  readonly unit: string;
  /** Issue date in Chinese, e.g. `2026年9月30日`. */
  readonly date: string;
  /** Extra lines under the date, e.g. `（盖章）`. */
  readonly lines: readonly string[];
}

export interface DocumentContent {
  readonly title: string;
  /** Document number (文号), printed under the title; null when the document has none. */
  readonly number: string | null;
  readonly blocks: readonly ContentBlock[];
  readonly signature: SignatureBlock | null;
}

/** All text of a document in reading order, for search, previews and tests. */
export function contentPlainText(content: DocumentContent): string {
  const out: string[] = [content.title];
  if (content.number) out.push(content.number);
  for (const b of content.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'list') out.push(...b.items);
    else if (b.type === 'table') out.push(b.columns.join('\t'), ...b.rows.map((r) => r.join('\t')));
    else out.push(b.title, ...b.bars.map((bar, i) => `${bar.label}\t${b.valueLabels[i] ?? bar.value}`));
  }
  if (content.signature) out.push(content.signature.unit, content.signature.date, ...content.signature.lines);
  return out.join('\n');
}
