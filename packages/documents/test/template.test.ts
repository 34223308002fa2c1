import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  DOCUMENT_FIELDS,
  DOCUMENT_KINDS,
  MissingTemplateFieldError,
  TEMPLATE_FORMAT,
  buildDocumentData,
  renderDocument,
  validateTemplate,
  type DocumentTemplate,
} from '../src/index.ts';
import { allRequests } from './helpers/fixtures.ts';

const base = (): DocumentTemplate => structuredClone(DEFAULT_TEMPLATES.rectification_notice);

describe('shipped templates', () => {
  it.each(DOCUMENT_KINDS)('%s is valid and uses only catalogue fields', (kind) => {
    const result = validateTemplate(DEFAULT_TEMPLATES[kind]);
    expect(result.ok).toBe(true);
  });

  it('every field a template may use is supplied by the data builder', () => {
    for (const request of allRequests()) {
      const data = buildDocumentData(request);
      expect(Object.keys(data).sort()).toEqual(Object.keys(DOCUMENT_FIELDS[request.kind]).sort());
    }
  });
});

describe('renderDocument', () => {
  it('fails naming the missing field, its Chinese label and where the template uses it', () => {
    const [, rectification] = allRequests();
    const { deadlineDate: _dropped, ...data } = buildDocumentData(rectification);
    let error: unknown;
    try {
      renderDocument(DEFAULT_TEMPLATES.rectification_notice, data, DOCUMENT_FIELDS.rectification_notice);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingTemplateFieldError);
    const e = error as MissingTemplateFieldError;
    expect(e.code).toBe('document.missing_field');
    expect(e.message).toContain('生成「限期整改告知书」缺少字段：deadlineDate（期限届满日期）');
    expect(e.message).toMatch(/\$\.blocks\[\d+\]/);
    expect(e.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['deadlineDate']));
  });

  it('reports a missing sub-field of a list entry', () => {
    const template: DocumentTemplate = {
      format: TEMPLATE_FORMAT, kind: 'x', version: 1, title: 'T',
      blocks: [{ type: 'list', itemsFrom: 'items', item: '{{row.a}}-{{row.b}}' }],
    };
    expect(() => renderDocument(template, { items: [{ a: '1' }] })).toThrow(/items\[0\]\.b/);
  });

  it('skips a `when` block whose field is empty, and fills placeholders with spaces inside braces', () => {
    const template: DocumentTemplate = {
      format: TEMPLATE_FORMAT, kind: 'x', version: 1, title: '{{ title }}',
      blocks: [
        { type: 'paragraph', text: '电话：{{phone}}', when: 'phone' },
        { type: 'paragraph', text: '地址：{{ address }}' },
      ],
    };
    const content = renderDocument(template, { title: '标题', phone: '', address: '某路1号' });
    expect(content.title).toBe('标题');
    expect(content.blocks).toEqual([{ type: 'paragraph', text: '地址：某路1号', align: 'left', indent: true, bold: false }]);
  });
});

describe('validateTemplate', () => {
  it('accepts an edited copy', () => {
    const t = base();
    const edited = { ...t, version: 2, blocks: [...t.blocks, { type: 'paragraph', text: '请于{{deadlineDate}}前整改。' }] };
    expect(validateTemplate(edited).ok).toBe(true);
  });

  it('names an unknown placeholder with the fields available', () => {
    const t = { ...base(), blocks: [{ type: 'paragraph', text: '地址：{{adress}}' }] };
    const result = validateTemplate(t);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].path).toBe('$.blocks[0].text');
      expect(result.issues[0].message).toContain('没有字段「adress」');
      expect(result.issues[0].message).toContain('address');
    }
  });

  it('catches malformed braces, bad block types, row placeholders outside lists, wrong row widths and unknown kinds', () => {
    const t = {
      ...base(),
      blocks: [
        { type: 'paragraph', text: '地址：{{ 地址 }}' },
        { type: 'image', src: 'x' },
        { type: 'paragraph', text: '{{row.name}}' },
        { type: 'table', columns: ['a', 'b'], rows: [['1']] },
        { type: 'table', columns: ['a'], rowsFrom: 'address', cells: ['{{row.x}}'] },
        { type: 'paragraph', txt: '拼错' },
      ],
    };
    const result = validateTemplate(t);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((i) => `${i.path} ${i.message}`);
    expect(messages.some((m) => m.startsWith('$.blocks[0].text 占位符格式错误'))).toBe(true);
    expect(messages.some((m) => m.startsWith('$.blocks[1].type'))).toBe(true);
    expect(messages.some((m) => m.startsWith('$.blocks[2].text') && m.includes('只能用在'))).toBe(true);
    expect(messages.some((m) => m.startsWith('$.blocks[3].rows[0]') && m.includes('2 格'))).toBe(true);
    expect(messages.some((m) => m.startsWith('$.blocks[4].rowsFrom') && m.includes('不是列表'))).toBe(true);
    expect(messages.some((m) => m.startsWith('$.blocks[5].txt'))).toBe(true);
    const wrongKind = validateTemplate({ ...base(), kind: 'love_letter' });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.issues[0].message).toContain('文书类型「love_letter」无效');
    expect(validateTemplate('not json').ok).toBe(false);
  });
});
