// 信用记录 as an Excel workbook: the party (masked, as everywhere by default),
// its score and band, and every entry with its evidence (case number,
// dwelling inside the jurisdiction) and the day it expires. Logged.
import { toXlsxWorkbook, type XlsxColumn } from '@sentinel/documents';
import { dayToIso, isoToDay, shanghaiDay } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { FORMAT_MIME, type GeneratedFile } from '../documents/case-document.ts';
import { visibleParty } from './register.ts';
import { CREDIT_RULES, creditEntriesOf } from './views.ts';

export const CREDIT_RECORD_COLUMNS: readonly XlsxColumn[] = [
  { key: 'seq', header: '序号', format: 'integer', width: 6 },
  { key: 'label', header: '失信行为', width: 24 },
  { key: 'points', header: '扣分', format: 'integer', width: 8 },
  { key: 'day', header: '发生日期', format: 'date', width: 12 },
  { key: 'expires', header: '失效日期', format: 'date', width: 12 },
  { key: 'in_force', header: '是否有效', format: 'boolean', width: 9 },
  { key: 'role', header: '当事人身份', width: 16 },
  { key: 'case_number', header: '证据：案件编号', width: 24 },
  { key: 'address', header: '证据：房屋地址', width: 30 },
];

const SUMMARY_COLUMNS: readonly XlsxColumn[] = [
  { key: 'item', header: '项目', width: 16 },
  { key: 'value', header: '内容', width: 40 },
];

export async function exportCreditRecord({ ctx, input }: { ctx: ServiceContext; input: { partyId: string } }): Promise<GeneratedFile> {
  requirePermission(ctx, 'rental_party.view');
  return ctx.db.transaction(async (tx) => {
    const { party, facts, summary } = await visibleParty(tx, ctx, input.partyId);
    const record = facts.credit.get(party.id);
    const entries = record ? creditEntriesOf(ctx, record, facts.links) : [];
    const today = dayToIso(shanghaiDay(ctx.now()));
    const bytes = await toXlsxWorkbook([
      {
        sheetName: '当事人', columns: SUMMARY_COLUMNS, rows: [
          { item: '名称', value: summary.name }, { item: '类别', value: summary.kindLabel },
          { item: '统一社会信用代码', value: summary.creditCode }, { item: '联系电话', value: summary.phone },
          { item: '关联房屋（辖区内）', value: String(summary.dwellings) }, { item: '信用分', value: `${summary.credit.score} / ${CREDIT_RULES.baseScore}` },
          { item: '信用等级', value: summary.credit.band }, { item: '有效记录', value: String(summary.credit.inForce) }, { item: '统计日期', value: today },
        ],
      },
      {
        sheetName: '信用记录', columns: CREDIT_RECORD_COLUMNS, rows: entries.map((e, i) => ({
          seq: i + 1, label: e.label, points: e.points, day: isoToDay(e.day), expires: isoToDay(e.expiresDay), in_force: e.inForce,
          role: e.roleLabel, case_number: e.caseNumber, address: e.address ?? '（辖区外）',
        })),
      },
    ]);
    await recordAudit(tx, ctx, { action: 'rental_party.credit_export', targetKind: 'rental_party', targetId: party.id, detail: { entries: entries.length, masked: !summary.revealed } });
    // 周** → 周某: a browser turns * in a file name into _, and 某 is how a masked name is written.
    return { bytes, filename: `信用记录-${summary.name.replace(/\*+/g, '某')}-${today}.xlsx`, asciiFilename: `credit-record-${party.id}-${today}.xlsx`, mime: FORMAT_MIME.xlsx };
  });
}
