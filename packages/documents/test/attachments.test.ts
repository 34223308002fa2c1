import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, emptyChecklist } from '@sentinel/domain';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, generateDocument, toDocx, toPdf, type DocumentKind, type DocumentRequest } from '../src/index.ts';
import { ADDRESS, CASE_NUMBER, NUMBER, SERVED, allRequests, common } from './helpers/fixtures.ts';
import { docxText, pdfText, squash } from './helpers/read-back.ts';

const DEADLINE_KINDS: readonly DocumentKind[] = ['rectification_notice', 'population_registration_notice', 'rental_filing_notice'];
const texts = new Map<DocumentKind, { docx: string; pdf: string }>();

beforeAll(async () => {
  for (const request of allRequests()) {
    const content = generateDocument(request);
    const [docx, pdf] = await Promise.all([toDocx(content), toPdf(content)]);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    texts.set(request.kind, { docx: squash(await docxText(docx)), pdf: squash(pdfText(pdf)) });
  }
});

describe.each(DOCUMENT_KINDS)('%s read back from DOCX and PDF', (kind) => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`${format}: title, number, address, parties, issuing unit and date`, () => {
      const text = texts.get(kind)?.[format] ?? '';
      expect(text).toContain(DOCUMENT_KIND_LABELS[kind]);
      expect(text).toContain(NUMBER);
      expect(text).toMatch(new RegExp(`案件编号：?${CASE_NUMBER}`));
      expect(text).toContain(ADDRESS);
      for (const name of ['张建国', '李二房', '王小明', '赵小红']) expect(text).toContain(name);
      expect(text).toContain('上钢新村街道办事处');
      expect(text).toContain('2026年9月30日');
    });
  }
});

describe('deadlines across the 2026 National Day holiday', () => {
  it.each(DEADLINE_KINDS)('%s: served 2026-09-30, due 2026-10-13 (5 working days)', (kind) => {
    for (const format of ['docx', 'pdf'] as const) {
      const text = texts.get(kind)?.[format] ?? '';
      expect(text).toContain('2026年10月13日');
      expect(text).toContain('5个工作日');
    }
  });

  it('the rectification notice names the violations and the legal basis', () => {
    const text = texts.get('rectification_notice')?.pdf ?? '';
    expect(text).toContain('《上海市住房租赁条例》');
    expect(text).toContain('原始设计房间被隔断后出租');
    expect(text).toContain('阳台出租供人居住');
  });

  it('the checklist shows the five criteria, each finding and the verdict', () => {
    const text = texts.get('inspection_checklist')?.docx ?? '';
    expect(text).toContain('在住宅小区内设置单位宿舍不存在');
    expect(text).toContain('出租房间人均居住面积低于5平方米存在');
    expect(text).toContain('检查结论：认定为群租');
    expect(text).toContain('2026年9月29日');
  });

  it('prints 未查 for every question nobody checked, in DOCX and PDF, and never turns it into 否 or 不存在', async () => {
    const answers = { ...emptyChecklist(), partitioned: true, occupants: 9, originalRooms: 2, buildingAreaM2: 60 };
    const content = generateDocument({ kind: 'inspection_checklist', input: { ...common(), inspectedDay: SERVED, inspectors: '王建华、陈立新', answers } });
    const docx = squash(await docxText(await toDocx(content)));
    // The criteria table as a row reads in DOCX (PDF wraps its cells line by line).
    expect(docx).toContain('1在住宅小区内设置单位宿舍未查');
    for (const text of [docx, squash(pdfText(await toPdf(content)))]) {
      expect(text).toContain('1小区内设置单位宿舍未查');
      expect(text).toContain('2-1原始设计房间隔断后出租是');
      expect(text).toContain('2-2按床位出租未查');
      expect(text).toContain('5-1同室居住者均为法定赡养、抚养、扶养关系未查');
      expect(text).not.toContain('在住宅小区内设置单位宿舍不存在');
      expect(text).not.toContain('且非法定赡养');
      expect(text).toContain('人均居住面积3.7平方米（按估算居住面积）');
      expect(text).toContain('每间居住人数（平均）4.5人');
    }
  });

  it("follows the admin's calendar overrides", () => {
    const calendar = createWorkingCalendar([{ date: '2026-10-13', kind: 'holiday', note: '测试：临时放假' }]);
    const request: DocumentRequest = { kind: 'rectification_notice', input: { ...common(), servedDay: SERVED, violations: [] } };
    const content = generateDocument(request, { calendar });
    const text = JSON.stringify(content);
    expect(text).toContain('2026年10月14日');
    expect(text).not.toContain('2026年10月13日');
  });

  it('honours another number of working days', () => {
    const request: DocumentRequest = { kind: 'rental_filing_notice', input: { ...common(), servedDay: SERVED, workingDays: 3, filingPlace: '受理中心' } };
    const text = JSON.stringify(generateDocument(request));
    expect(text).toContain('2026年10月10日'); // 10-08, 10-09, Saturday 10-10 (调休上班)
  });
});

describe('optional facts', () => {
  it('without named parties the notice addresses owner and tenants generically and drops the party table', () => {
    const content = generateDocument({ kind: 'rectification_notice', input: { ...common(), parties: [], contactPhone: null, servedDay: SERVED, violations: [] } });
    const text = JSON.stringify(content);
    expect(text).toContain('房屋业主、转租人及承租人：');
    expect(text).not.toContain('"当事人"');
    expect(text).not.toContain('联系电话：');
  });
});
