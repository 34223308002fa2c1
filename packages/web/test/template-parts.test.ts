import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { templateParts, withPart } from '../src/pages/templates/template-parts.ts';

const shipped = (kind: string) => JSON.parse(readFileSync(new URL(`../../documents/templates/${kind}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const KINDS = ['legal_risk_notice', 'rectification_notice', 'population_registration_notice', 'rental_filing_notice', 'inspection_checklist'];

describe('template parts', () => {
  it('writing every part back unchanged gives the same template (all five shipped templates)', () => {
    for (const kind of KINDS) {
      const t = shipped(kind);
      let copy = t;
      for (const p of templateParts(t)) copy = withPart(copy, p, p.value);
      expect(copy, kind).toEqual(t);
    }
  });

  it('edits one text and nothing else', () => {
    const t = shipped('rectification_notice');
    const title = templateParts(t).find((p) => p.label === '标题');
    expect(title).toBeDefined();
    const edited = withPart(t, title!, '限期整改通知书');
    expect(edited.title).toBe('限期整改通知书');
    expect({ ...edited, title: t.title }).toEqual(t);
    expect(t.title).toBe('限期整改告知书'); // the original is untouched
  });

  it('reads table rows split by | and lines, whatever the cells say', () => {
    const cell = fc.string({ maxLength: 6 }).map((s) => s.replace(/[|\n]/g, '').trim()).filter((s) => s !== '');
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }), (rows) => {
      const t = { title: 'x', blocks: [{ type: 'table', columns: ['a', 'b'], rows: [['1', '2']] }] };
      const p = templateParts(t).find((x) => x.path.join('.') === 'blocks.0.rows');
      const text = rows.map((r) => r.join(' | ')).join('\n');
      expect((withPart(t, p!, text).blocks as { rows: string[][] }[])[0].rows).toEqual(rows);
    }));
  });
});
