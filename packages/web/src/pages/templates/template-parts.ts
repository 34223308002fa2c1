// The editable texts of a document template (format sentinel-document-
// template/1, docs/documents.md), one labelled box each, so the administrator
// edits words, not JSON: the title, the number line, each heading and
// paragraph, a list's items (one a line) or its per-entry pattern, a table's
// column names and cells (separated by |), and the signature. Anything else
// (block order, `when`, widths) stays as it is; the JSON view edits it.

type Json = Record<string, unknown>;
type PartKind = 'text' | 'lines' | 'cells' | 'rows';

export interface TemplatePart {
  /** Where the value sits, e.g. ['blocks', 3, 'text']. */
  readonly path: readonly (string | number)[];
  readonly label: string;
  readonly kind: PartKind;
  /** The value as the box shows it. */
  readonly value: string;
  /** How the box reads (shown under it). */
  readonly hint?: string;
}

const CELL_SEP = ' | ';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRows = (v: unknown): v is string[][] => Array.isArray(v) && v.every(isStrings);

function show(kind: PartKind, v: unknown): string {
  if (kind === 'lines' && isStrings(v)) return v.join('\n');
  if (kind === 'cells' && isStrings(v)) return v.join(CELL_SEP);
  if (kind === 'rows' && isRows(v)) return v.map((r) => r.join(CELL_SEP)).join('\n');
  return typeof v === 'string' ? v : '';
}

function parse(kind: PartKind, text: string): string | string[] | string[][] {
  const lines = () => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const cells = (l: string) => l.split('|').map((c) => c.trim());
  if (kind === 'lines') return lines();
  if (kind === 'cells') return cells(text);
  if (kind === 'rows') return lines().map(cells);
  return text;
}

function part(path: (string | number)[], label: string, kind: PartKind, value: unknown, hint?: string): TemplatePart {
  return { path, label, kind, value: show(kind, value), hint };
}

const BLOCK_NAMES: Record<string, string> = { heading: '小标题', paragraph: '段落', list: '列表', table: '表格' };

export function templateParts(t: Json): TemplatePart[] {
  const parts: TemplatePart[] = [part(['title'], '标题', 'text', t.title)];
  if (typeof t.description === 'string') parts.push(part(['description'], '说明（不打印）', 'text', t.description));
  if (typeof t.number === 'string') parts.push(part(['number'], '文号行', 'text', t.number));
  const blocks = Array.isArray(t.blocks) ? (t.blocks as Json[]) : [];
  blocks.forEach((b, i) => {
    const name = `第 ${i + 1} 段 · ${BLOCK_NAMES[String(b.type)] ?? String(b.type)}${typeof b.when === 'string' ? `（有「${b.when}」时才打印）` : ''}`;
    if (b.type === 'heading' || b.type === 'paragraph') parts.push(part(['blocks', i, 'text'], name, 'text', b.text));
    if (b.type === 'list' && isStrings(b.items)) parts.push(part(['blocks', i, 'items'], name, 'lines', b.items, '每行一项'));
    if (b.type === 'list' && typeof b.item === 'string') parts.push(part(['blocks', i, 'item'], name, 'text', b.item, `按「${String(b.itemsFrom)}」逐项生成；{{row.字段}} 为每一项的内容`));
    if (b.type === 'table') {
      parts.push(part(['blocks', i, 'columns'], `${name} · 列名`, 'cells', b.columns, '列名以 | 分隔'));
      if (isRows(b.rows)) parts.push(part(['blocks', i, 'rows'], `${name} · 内容`, 'rows', b.rows, '每行一行，单元格以 | 分隔'));
      if (isStrings(b.cells)) parts.push(part(['blocks', i, 'cells'], `${name} · 每行单元格`, 'cells', b.cells, `按「${String(b.rowsFrom)}」逐行生成；单元格以 | 分隔`));
    }
  });
  const sig = t.signature as Json | undefined;
  if (sig && typeof sig === 'object') {
    parts.push(part(['signature', 'unit'], '落款单位', 'text', sig.unit));
    parts.push(part(['signature', 'date'], '落款日期', 'text', sig.date));
    if (isStrings(sig.lines)) parts.push(part(['signature', 'lines'], '落款附注', 'lines', sig.lines, '每行一项，如（盖章）'));
  }
  return parts;
}

/** A copy of the template with one part replaced by the box's text. */
export function withPart(t: Json, p: TemplatePart, text: string): Json {
  const copy = structuredClone(t);
  let at: Record<string | number, unknown> = copy;
  for (const key of p.path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[p.path[p.path.length - 1]] = parse(p.kind, text);
  return copy;
}
