// The template format an admin edits (stored as JSON; defaults shipped in
// packages/documents/templates/*.json). Text may hold {{field}} placeholders;
// inside a repeated block ({itemsFrom} / {rowsFrom}) `{{row.x}}` is field x of
// the current item. A block with `when` is printed only when that field is a
// non-empty text or list, so optional facts need no separate template.
import type { TextAlign } from '../content.ts';

/** Format tag, so a stored template of a future format is never misread. */
export const TEMPLATE_FORMAT = 'sentinel-document-template/1';

export interface TemplateHeading {
  readonly type: 'heading';
  readonly text: string;
  readonly when?: string;
}

export interface TemplateParagraph {
  readonly type: 'paragraph';
  readonly text: string;
  readonly align?: TextAlign;
  /** Default true (two-character first-line indent). */
  readonly indent?: boolean;
  readonly bold?: boolean;
  readonly when?: string;
}

export interface TemplateList {
  readonly type: 'list';
  /** Fixed items … */
  readonly items?: readonly string[];
  /** … or one item per entry of a list field, written with `item` (e.g. `{{row.detail}}`). */
  readonly itemsFrom?: string;
  readonly item?: string;
  readonly ordered?: boolean;
  readonly when?: string;
}

export interface TemplateTable {
  readonly type: 'table';
  readonly columns: readonly string[];
  /** Fixed rows … */
  readonly rows?: readonly (readonly string[])[];
  /** … or one row per entry of a list field, its cells written with `cells`. */
  readonly rowsFrom?: string;
  readonly cells?: readonly string[];
  readonly widths?: readonly number[];
  readonly when?: string;
}

export type TemplateBlock = TemplateHeading | TemplateParagraph | TemplateList | TemplateTable;

export interface DocumentTemplate {
  readonly format: typeof TEMPLATE_FORMAT;
  /** Which document it writes (one of DOCUMENT_KINDS). */
  readonly kind: string;
  /** Shown to the admin; bump when editing so printed copies can be traced to a version. */
  readonly version: number;
  readonly title: string;
  /** Note for the admin (what the template is for); not printed. */
  readonly description?: string;
  /** Document number line, usually `{{documentNumber}}`; absent for documents without one. */
  readonly number?: string;
  readonly blocks: readonly TemplateBlock[];
  readonly signature?: { readonly unit: string; readonly date: string; readonly lines?: readonly string[] };
}

/** One entry of a list field: its sub-fields, all text. */
export type TemplateRecord = Readonly<Record<string, string>>;

/** The value of a field: text, or a list of records for repeated blocks. */
export type TemplateValue = string | readonly TemplateRecord[];

export type TemplateData = Readonly<Record<string, TemplateValue>>;

/** What a field means, for error messages and the admin's placeholder list. */
export interface FieldSpec {
  readonly label: string;
  /** For list fields: the sub-fields of each entry (`row.x`) with their labels. */
  readonly rowFields?: Readonly<Record<string, string>>;
}

export type FieldCatalogue = Readonly<Record<string, FieldSpec>>;
