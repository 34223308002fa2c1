// The cockpit's lists as XLSX with Chinese headers: the same services, the
// same permissions and jurisdiction as the JSON lists, read page by page.
import { listCaseEvents } from '@sentinel/db';
import { CASE_LIST_COLUMNS, HOUSE_LIST_COLUMNS, REJECTED_ROW_COLUMNS, toXlsx, type XlsxRow } from '@sentinel/documents';
import { isoToDay } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { listCases, type ListCasesInput } from '../cases/list-cases.ts';
import { listHouses, type ListHousesInput } from '../houses/list-houses.ts';
import { listRejectedRows } from '../imports/import-status.ts';
import { FORMAT_MIME, type GeneratedFile } from './case-document.ts';

/** A spreadsheet of more rows than this is refused (narrow the filter). */
export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1000;

async function allPages<T>(fetch: (limit: number, offset: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
  const first = await fetch(PAGE, 0);
  if (first.total > MAX_EXPORT_ROWS) throw new ServiceError('invalid_input', `共 ${first.total} 行，超过导出上限 ${MAX_EXPORT_ROWS} 行，请缩小筛选范围。`);
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await fetch(PAGE, items.length);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return items;
}

const xlsxFile = (bytes: Buffer, name: string, ascii: string): GeneratedFile => ({ bytes, filename: `${name}.xlsx`, asciiFilename: `${ascii}.xlsx`, mime: FORMAT_MIME.xlsx });

export async function exportCases({ ctx, input }: { ctx: ServiceContext; input: Omit<ListCasesInput, 'limit' | 'offset'> }): Promise<GeneratedFile> {
  const items = await allPages((limit, offset) => listCases({ ctx, input: { ...input, limit, offset } }));
  const events = await listCaseEvents(ctx.db, items.map((c) => c.id));
  const withMedia = new Set(events.filter((e) => (e.evidence.photoIds ?? []).length > 0 || (e.evidence.notices ?? []).some((n) => n.photoIds.length > 0)).map((e) => e.caseId));
  const rows: XlsxRow[] = items.map((c) => ({
    case_id: c.number, address: c.address, neighborhood: c.neighborhood, source: c.source, state: c.state,
    assignee: c.assignee?.unitName ?? null, opened_at: new Date(c.openedAt),
    due_date: c.deadline ? isoToDay(c.deadline.dueDate) : null, deadline_status: c.deadline?.statusLabel ?? null,
    has_media: withMedia.has(c.id),
  }));
  return xlsxFile(await toXlsx({ sheetName: '案件列表', columns: CASE_LIST_COLUMNS, rows }), '案件列表', 'cases');
}

export async function exportHouses({ ctx, input }: { ctx: ServiceContext; input: Omit<ListHousesInput, 'limit' | 'offset'> }): Promise<GeneratedFile> {
  const items = await allPages(async (limit, offset) => {
    const page = await listHouses({ ctx, input: { ...input, limit, offset } });
    return { total: page.total, items: page.rows };
  });
  const rows: XlsxRow[] = items.map((h) => ({
    house_id: h.houseId, subdistrict: h.subdistrict, neighborhood: h.neighborhood, community: h.community, building: h.building, unit: h.unit, room: h.room,
    address: h.address, area_m2: h.areaM2, bedrooms: h.bedrooms, living_rooms: h.livingRooms, registered_residents: h.registeredResidents,
    is_rental: h.isRental, rental_filed: h.rentalFiled,
  }));
  return xlsxFile(await toXlsx({ sheetName: '房屋列表', columns: HOUSE_LIST_COLUMNS, rows }), '房屋列表', 'houses');
}

export async function exportRejectedRows({ ctx, input }: { ctx: ServiceContext; input: { batchId: number } }): Promise<GeneratedFile> {
  const items = await allPages(async (limit, offset) => {
    const page = await listRejectedRows({ ctx, input: { batchId: input.batchId, limit, offset } });
    return { total: page.total, items: page.rows };
  });
  // Every stored row was refused (warnings are imported, not stored here).
  const rows: XlsxRow[] = items.map((r) => ({ file: r.file, line: r.line, column: r.column, reason: r.reason, severity: 'error', raw: r.raw }));
  return xlsxFile(await toXlsx({ sheetName: '被拒行', columns: REJECTED_ROW_COLUMNS, rows }), `导入批次${input.batchId}被拒行`, `import-${input.batchId}-rejected`);
}
