// The pure render step: template + data → DocumentContent. It fails, naming
// every missing field, rather than print a notice with a blank where the
// address or the deadline should be.
import type { ContentBlock, DocumentContent, SignatureBlock } from '../content.ts';
import { MissingTemplateFieldError } from '../errors.ts';
import { fillPlaceholders, type PlaceholderRef } from './placeholders.ts';
import type { DocumentTemplate, FieldCatalogue, TemplateBlock, TemplateData, TemplateRecord } from './types.ts';

interface Missing {
  field: string;
  label: string | null;
  path: string;
}

class Renderer {
  readonly missing: Missing[] = [];
  constructor(
    private readonly data: TemplateData,
    private readonly catalogue: FieldCatalogue | null,
  ) {}

  private label(field: string, sub?: string): string | null {
    const spec = this.catalogue?.[field];
    if (!spec) return null;
    return sub === undefined ? spec.label : `${spec.label}·${spec.rowFields?.[sub] ?? sub}`;
  }

  /** Fills a text; `row` is the current list entry inside a repeated block. */
  fill(text: string, path: string, row: { field: string; index: number; record: TemplateRecord } | null = null): string {
    return fillPlaceholders(text, (ref: PlaceholderRef) => {
      if (ref.row) {
        const value = row?.record[ref.name];
        if (typeof value === 'string') return value;
        this.missing.push({ field: `${row?.field ?? '?'}[${row?.index ?? 0}].${ref.name}`, label: row ? this.label(row.field, ref.name) : null, path });
        return '';
      }
      const value = this.data[ref.name];
      if (typeof value === 'string') return value;
      this.missing.push({ field: ref.name, label: this.label(ref.name), path });
      return '';
    });
  }

  list(field: string, path: string): readonly TemplateRecord[] {
    const value = this.data[field];
    if (Array.isArray(value)) return value as readonly TemplateRecord[];
    this.missing.push({ field, label: this.label(field), path });
    return [];
  }

  /** `when`: print the block only when the field holds something. */
  shown(block: TemplateBlock): boolean {
    if (block.when === undefined) return true;
    const value = this.data[block.when];
    return typeof value === 'string' ? value.trim().length > 0 : Array.isArray(value) && value.length > 0;
  }

  block(block: TemplateBlock, path: string): ContentBlock {
    switch (block.type) {
      case 'heading':
        return { type: 'heading', text: this.fill(block.text, `${path}.text`) };
      case 'paragraph':
        return {
          type: 'paragraph',
          text: this.fill(block.text, `${path}.text`),
          align: block.align ?? 'left',
          indent: block.indent ?? true,
          bold: block.bold ?? false,
        };
      case 'list': {
        const items = block.itemsFrom !== undefined
          ? this.list(block.itemsFrom, `${path}.itemsFrom`).map((record, index) =>
              this.fill(block.item ?? '', `${path}.item`, { field: block.itemsFrom as string, index, record }))
          : (block.items ?? []).map((item, i) => this.fill(item, `${path}.items[${i}]`));
        return { type: 'list', items, ordered: block.ordered ?? true };
      }
      case 'table': {
        const columns = block.columns.map((c, i) => this.fill(c, `${path}.columns[${i}]`));
        const rows = block.rowsFrom !== undefined
          ? this.list(block.rowsFrom, `${path}.rowsFrom`).map((record, index) =>
              (block.cells ?? []).map((cell, c) => this.fill(cell, `${path}.cells[${c}]`, { field: block.rowsFrom as string, index, record })))
          : (block.rows ?? []).map((row, r) => row.map((cell, c) => this.fill(cell, `${path}.rows[${r}][${c}]`)));
        return { type: 'table', columns, rows, widths: block.widths ?? null };
      }
    }
  }
}

/**
 * Renders a template with the given data. Pass the kind's field catalogue to
 * get Chinese field labels in the error.
 * @throws MissingTemplateFieldError naming every missing field and where the template uses it.
 */
export function renderDocument(template: DocumentTemplate, data: TemplateData, catalogue: FieldCatalogue | null = null): DocumentContent {
  const r = new Renderer(data, catalogue);
  const title = r.fill(template.title, '$.title');
  const number = template.number === undefined ? null : r.fill(template.number, '$.number');
  const blocks: ContentBlock[] = [];
  template.blocks.forEach((block, i) => {
    if (r.shown(block)) blocks.push(r.block(block, `$.blocks[${i}]`));
  });
  let signature: SignatureBlock | null = null;
  if (template.signature) {
    signature = {
      unit: r.fill(template.signature.unit, '$.signature.unit'),
      date: r.fill(template.signature.date, '$.signature.date'),
      lines: (template.signature.lines ?? []).map((l, i) => r.fill(l, `$.signature.lines[${i}]`)),
    };
  }
  if (r.missing.length > 0) throw new MissingTemplateFieldError(template.title, r.missing);
  return { title, number, blocks, signature };
}
