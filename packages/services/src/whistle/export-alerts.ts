// 预警列表导出（XLSX）: the same alerts as listAlerts — the latest succeeded
// run, inside the user's jurisdiction, the same filters — as one workbook
// with Chinese headers, for subdistricts that still circulate lists as
// spreadsheets. Permission and scope are listAlerts'.
import type { AlertListRow } from '@sentinel/db';
import { ALERT_LIST_COLUMNS, toXlsx, type XlsxColumn, type XlsxRow } from '@sentinel/documents';
import type { ServiceContext } from '../context.ts';
import { FORMAT_MIME, type GeneratedFile } from '../documents/case-document.ts';
import { listAlerts, type ListAlertsInput } from './alerts.ts';

/** A whole district is a few tens of thousands of houses: one sheet holds them all. */
const EXPORT_LIMIT = 100_000;

/** The documents' alert columns plus 小区, which the cockpit filters on. */
const COLUMNS: readonly XlsxColumn[] = ALERT_LIST_COLUMNS.flatMap((c) =>
  c.key === 'neighborhood' ? [c, { key: 'community', header: '小区', width: 14 }] : [c]);

/** API row → the data contract's field names that ALERT_LIST_COLUMNS is keyed by. */
function toRow(a: AlertListRow): XlsxRow {
  return {
    rank: a.rank, house_id: a.houseId, address: a.address, neighborhood: a.neighborhood, community: a.community,
    score: a.score, level: a.level, onset_date: a.onsetDay, estimated_occupants: a.estimatedOccupants, reasons: a.reasons.join('；'),
  };
}

export async function exportAlerts({ ctx, input }: { ctx: ServiceContext; input: Omit<ListAlertsInput, 'limit' | 'offset'> }): Promise<GeneratedFile> {
  const res = await listAlerts({ ctx, input: { ...input, limit: EXPORT_LIMIT, offset: 0 } });
  const asOf = res.run?.asOfDay ?? '无检测';
  const bytes = await toXlsx({ sheetName: `预警 ${asOf}`, columns: COLUMNS, rows: res.items.map(toRow) });
  // The ASCII fallback name goes into a header as is: no Chinese in it, even before the first run.
  return { bytes, filename: `预警列表-${asOf}.xlsx`, asciiFilename: `alerts-${res.run?.asOfDay ?? 'none'}.xlsx`, mime: FORMAT_MIME.xlsx };
}
