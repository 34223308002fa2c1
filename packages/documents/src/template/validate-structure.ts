// Checks a template as an admin submitted it (parsed JSON of unknown shape):
// its structure, its placeholder syntax and — given the field catalogue of its
// document kind — that every placeholder names a field the platform supplies.
// All problems are collected (not just the first) with their JSON path, so the
// admin's form can show them all at once.
import type { TemplateIssue } from '../errors.ts';
import { malformedPlaceholder, placeholdersIn } from './placeholders.ts';
import { TEMPLATE_FORMAT, type DocumentTemplate, type FieldCatalogue } from './types.ts';

export type TemplateValidation =
  | { readonly ok: true; readonly template: DocumentTemplate }
  | { readonly ok: false; readonly issues: readonly TemplateIssue[] };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

const BLOCK_KEYS: Record<string, readonly string[]> = {
  heading: ['type', 'text', 'when'],
  paragraph: ['type', 'text', 'align', 'indent', 'bold', 'when'],
  list: ['type', 'items', 'itemsFrom', 'item', 'ordered', 'when'],
  table: ['type', 'columns', 'rows', 'rowsFrom', 'cells', 'widths', 'when'],
};
const TOP_KEYS = ['format', 'kind', 'version', 'title', 'number', 'blocks', 'signature', 'description'];

class Checker {
  readonly issues: TemplateIssue[] = [];
  constructor(private readonly catalogue: FieldCatalogue | null) {}

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  unknownKeys(obj: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) if (!allowed.includes(key)) this.add(`${path}.${key}`, `不认识的属性「${key}」，可用：${allowed.join('、')}`);
  }

  /** A text that may hold placeholders; `listField` is the list a `row.` placeholder refers to. */
  text(value: unknown, path: string, listField: string | null = null): void {
    if (!isText(value)) return this.add(path, '应为文本');
    const bad = malformedPlaceholder(value);
    if (bad) this.add(path, bad);
    for (const ref of placeholdersIn(value)) {
      if (ref.row) {
        if (listField === null) this.add(path, `{{row.${ref.name}}} 只能用在按列表重复的内容（itemsFrom 的 item、rowsFrom 的 cells）中`);
        else this.rowField(listField, ref.name, path);
      } else {
        this.field(ref.name, path, false);
      }
    }
  }

  /** A top-level field name; `list` says whether it must be a list field. */
  field(name: string, path: string, list: boolean): void {
    if (!this.catalogue) return;
    const spec = this.catalogue[name];
    if (!spec) return this.add(path, `没有字段「${name}」，可用字段：${Object.keys(this.catalogue).join('、')}`);
    if (list && !spec.rowFields) this.add(path, `字段「${name}」（${spec.label}）不是列表，不能逐项重复`);
    if (!list && spec.rowFields) this.add(path, `字段「${name}」（${spec.label}）是列表，请用 itemsFrom / rowsFrom 逐项引用`);
  }

  rowField(listField: string, name: string, path: string): void {
    const rowFields = this.catalogue?.[listField]?.rowFields;
    if (!this.catalogue || !rowFields) return;
    if (!(name in rowFields)) this.add(path, `列表「${listField}」的每项没有「${name}」，可用：${Object.keys(rowFields).join('、')}`);
  }

  when(value: unknown, path: string): void {
    if (value === undefined) return;
    if (!isText(value) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) return this.add(path, 'when 应为一个字段名');
    if (this.catalogue && !this.catalogue[value]) this.add(path, `没有字段「${value}」`);
  }

  bool(value: unknown, path: string): void {
    if (value !== undefined && typeof value !== 'boolean') this.add(path, '应为 true 或 false');
  }

  block(block: unknown, path: string): void {
    if (!isObject(block)) return this.add(path, '应为对象');
    const keys = BLOCK_KEYS[String(block.type)];
    if (!keys) return this.add(`${path}.type`, `段落类型「${String(block.type)}」无效，可用：heading、paragraph、list、table`);
    this.unknownKeys(block, keys, path);
    this.when(block.when, `${path}.when`);
    if (block.type === 'heading') this.text(block.text, `${path}.text`);
    else if (block.type === 'paragraph') {
      this.text(block.text, `${path}.text`);
      if (block.align !== undefined && !['left', 'center', 'right'].includes(String(block.align))) this.add(`${path}.align`, 'align 应为 left、center 或 right');
      this.bool(block.indent, `${path}.indent`);
      this.bool(block.bold, `${path}.bold`);
    } else if (block.type === 'list') this.list(block, path);
    else this.table(block, path);
  }

  list(block: Json, path: string): void {
    this.bool(block.ordered, `${path}.ordered`);
    const fixed = block.items !== undefined;
    const repeated = block.itemsFrom !== undefined;
    if (fixed === repeated) return this.add(path, '列表须有 items（固定各项）或 itemsFrom + item（按列表字段逐项），二者选一');
    if (fixed) {
      if (!Array.isArray(block.items)) return this.add(`${path}.items`, '应为文本数组');
      block.items.forEach((item, i) => this.text(item, `${path}.items[${i}]`));
    } else {
      if (!isText(block.itemsFrom)) return this.add(`${path}.itemsFrom`, '应为字段名');
      this.field(block.itemsFrom, `${path}.itemsFrom`, true);
      this.text(block.item, `${path}.item`, block.itemsFrom);
    }
  }

  table(block: Json, path: string): void {
    if (!isTextArray(block.columns) || block.columns.length === 0) return this.add(`${path}.columns`, '应为至少一个列名的文本数组');
    const width = block.columns.length;
    block.columns.forEach((c, i) => this.text(c, `${path}.columns[${i}]`));
    if (block.widths !== undefined) {
      const ok = Array.isArray(block.widths) && block.widths.length === width && block.widths.every((w) => typeof w === 'number' && w > 0);
      if (!ok) this.add(`${path}.widths`, `应为 ${width} 个正数（各列相对宽度）`);
    }
    const fixed = block.rows !== undefined;
    const repeated = block.rowsFrom !== undefined;
    if (fixed === repeated) return this.add(path, '表格须有 rows（固定各行）或 rowsFrom + cells（按列表字段逐行），二者选一');
    if (fixed) {
      if (!Array.isArray(block.rows)) return this.add(`${path}.rows`, '应为行的数组');
      block.rows.forEach((row, r) => {
        if (!Array.isArray(row) || row.length !== width) return this.add(`${path}.rows[${r}]`, `每行应有 ${width} 格，与列数相同`);
        row.forEach((cell, c) => this.text(cell, `${path}.rows[${r}][${c}]`));
      });
    } else {
      if (!isText(block.rowsFrom)) return this.add(`${path}.rowsFrom`, '应为字段名');
      this.field(block.rowsFrom, `${path}.rowsFrom`, true);
      if (!Array.isArray(block.cells) || block.cells.length !== width) return this.add(`${path}.cells`, `应有 ${width} 格，与列数相同`);
      block.cells.forEach((cell, c) => this.text(cell, `${path}.cells[${c}]`, block.rowsFrom as string));
    }
  }

  signature(sig: unknown, path: string): void {
    if (sig === undefined) return;
    if (!isObject(sig)) return this.add(path, '应为对象 { unit, date, lines? }');
    this.unknownKeys(sig, ['unit', 'date', 'lines'], path);
    this.text(sig.unit, `${path}.unit`);
    this.text(sig.date, `${path}.date`);
    if (sig.lines !== undefined) {
      if (!Array.isArray(sig.lines)) this.add(`${path}.lines`, '应为文本数组');
      else sig.lines.forEach((l, i) => this.text(l, `${path}.lines[${i}]`));
    }
  }
}

/**
 * Structure and placeholder check of a template. With a catalogue, every
 * placeholder, list and `when` must name one of its fields.
 */
export function validateTemplateStructure(json: unknown, catalogue: FieldCatalogue | null): TemplateValidation {
  const c = new Checker(catalogue);
  if (!isObject(json)) return { ok: false, issues: [{ path: '$', message: '模板应为 JSON 对象' }] };
  c.unknownKeys(json, TOP_KEYS, '$');
  if (json.format !== TEMPLATE_FORMAT) c.add('$.format', `应为 "${TEMPLATE_FORMAT}"`);
  if (!isText(json.kind) || json.kind.length === 0) c.add('$.kind', '应为文书类型');
  if (!Number.isInteger(json.version) || (json.version as number) < 1) c.add('$.version', '应为正整数版本号');
  if (!isText(json.title) || json.title.trim().length === 0) c.add('$.title', '标题不能为空');
  else c.text(json.title, '$.title');
  if (json.number !== undefined) c.text(json.number, '$.number');
  if (json.description !== undefined && !isText(json.description)) c.add('$.description', '应为文本');
  if (!Array.isArray(json.blocks) || json.blocks.length === 0) c.add('$.blocks', '应为至少一段内容的数组');
  else json.blocks.forEach((b, i) => c.block(b, `$.blocks[${i}]`));
  c.signature(json.signature, '$.signature');
  // Every branch above checked the shape the DocumentTemplate type describes.
  return c.issues.length === 0 ? { ok: true, template: json as unknown as DocumentTemplate } : { ok: false, issues: c.issues };
}
