import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { isoToDay } from '@sentinel/domain';
import { bulletinContent, bulletinSheets, computeBulletin, referralSentence, toDocx, toPdf, toXlsxWorkbook, type BulletinCase } from '../../src/index.ts';
import { docxText, pdfText, squash } from '../helpers/read-back.ts';

const d = (iso: string): number => isoToDay(`2026-${iso}`);
const base = { houseId: 'H', source: 'whistle' as const, onsetDay: null, ruledOutDay: null, closedDay: null, relapsedDay: null };
const cases: BulletinCase[] = [
  { ...base, id: 'A', neighborhood: '上钢一', discoveredDay: d('09-02'), confirmedDay: d('09-05'), rectifiedDay: d('09-20'), firstMediaDay: d('09-05') },
  { ...base, id: 'B', neighborhood: '上钢一', discoveredDay: d('09-03'), confirmedDay: d('09-06'), rectifiedDay: null, firstMediaDay: d('09-06') },
  { ...base, id: 'C', neighborhood: '上钢二', discoveredDay: d('09-04'), confirmedDay: d('09-07'), rectifiedDay: d('09-15'), firstMediaDay: null },
];
const referrals = [{ caseId: 'A', offered: 5, placed: 3, declined: 1 }, { caseId: 'A', offered: 2, placed: 1, declined: 0 }, { caseId: 'C', offered: 1, placed: 0, declined: 1 }];
const bulletin = computeBulletin({ period: { fromDay: d('09-01'), toDay: d('09-30') }, cases, alerts: [], complaints: [], referrals });
const meta = { jurisdiction: '上钢新村街道', periodLabel: '2026年9月', issuingUnit: '上钢新村街道平安办', issuedDay: d('10-08'), documentNumber: '上钢通〔2026〕第0009号' };

describe('bulletin documents', () => {
  it('PDF and DOCX carry the title, the figures, the ranking and the chart', async () => {
    const content = bulletinContent(bulletin, meta);
    const [pdf, docx] = await Promise.all([toPdf(content), toDocx(content)]);
    for (const text of [squash(pdfText(pdf)), squash(await docxText(docx))]) {
      expect(text).toContain('上钢新村街道群租治理工作通报（2026年9月）');
      expect(text).toContain('上钢通〔2026〕第0009号');
      expect(text).toContain('2026年9月1日至2026年9月30日');
      expect(text).toContain('处置率66.7%（2/3）');
      expect(text).toContain('各居民区处置率');
      expect(text).toContain('上钢二');
      expect(text).toContain('2026年10月8日');
      expect(text).toContain(squash(referralSentence(bulletin.referral)));
    }
    expect(bulletin.referral).toEqual({ offered: 8, placed: 4, declined: 2, pending: 2, cases: 2, percentPlaced: 50 });
    expect(referralSentence(bulletin.referral)).toContain('推荐疏导房源 8 人，已入住 4 人（50%）');
    expect(referralSentence(computeBulletin({ period: bulletin.period, cases, alerts: [], complaints: [] }).referral)).toContain('未登记');
  });

  it('XLSX holds the figures as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsxWorkbook(bulletinSheets(bulletin))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总体指标', '居民区排名']);
    const overall = wb.getWorksheet('总体指标');
    const disposal = overall?.getRows(2, 11)?.find((r) => r.getCell(1).value === '处置率');
    expect(disposal?.getCell(3).value).toBeCloseTo(2 / 3, 12);
    const ranking = wb.getWorksheet('居民区排名');
    expect(ranking?.getRow(2).getCell(1).value).toBe(1);
    expect(ranking?.getRow(1).getCell(5).value).toBe('处置率');
  });
});
