// Planted bad rows of complaints, inspections and access events (--messy).
import type { DemoCalendar } from './calendar.ts';
import { csvRow } from './csv.ts';
import { GHOST_HOUSE, countPlanted, type PlantedCounts } from './bad-rows.ts';
import type { HouseholdPlan } from './household-types.ts';
import type { XlsxCell } from './xlsx.ts';
import type { Rng } from './rng.ts';

/** Keyed by the complaint row they follow. */
export function badComplaintRows(rows: number, plans: HouseholdPlan[], cal: DemoCalendar, rng: Rng, planted: PlantedCounts): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let k = 0;
  const put = (fields: string[]): void => {
    const at = rng.int(0, Math.max(0, rows - 1));
    out.set(at, [...(out.get(at) ?? []), csvRow(fields)]);
  };
  const day = (): string => cal.iso[rng.int(0, cal.count - 1)];
  const addr = (): string => plans[rng.int(0, plans.length - 1)].site.address;
  for (const channel of ['hotline', '微信']) { put([`BADCH${k++}`, `${day()}T10:00:00`, channel, addr(), '', '其他', '渠道写错']); countPlanted(planted, 'complaints', 'bad_enum'); }
  for (const at of ['2026-13-01 10:00', '下午三点']) { put([`BADTS${k++}`, at, '12345', addr(), '', '噪音', '时间写错']); countPlanted(planted, 'complaints', 'bad_timestamp'); }
  for (let n = 0; n < 2; n++) { put([`BADADDR${k++}`, `${day()}T09:30:00`, 'resident', '', '', '群租', '未留地址']); countPlanted(planted, 'complaints', 'missing_required'); }
  return out;
}

/** Extra inspection rows for the workbook (cells as written by hand). */
export function badInspectionRows(plans: HouseholdPlan[], cal: DemoCalendar, rng: Rng, planted: PlantedCounts): XlsxCell[][] {
  const rows: XlsxCell[][] = [];
  const day = (): string => cal.iso[rng.int(0, cal.count - 1)];
  const house = (): string => plans[rng.int(0, plans.length - 1)].site.houseId;
  for (let n = 0; n < 2; n++) { rows.push([GHOST_HOUSE, `${day()}T10:00:00`, 'not_confirmed', 2, false, '门牌号无法对应']); countPlanted(planted, 'inspections', 'unknown_house'); }
  for (const r of ['ok', '通过']) { rows.push([house(), `${day()}T11:00:00`, r, 3, false, '结果写法不规范']); countPlanted(planted, 'inspections', 'bad_enum'); }
  for (const o of ['多人', '七八个']) { rows.push([house(), `${day()}T15:00:00`, 'confirmed', o, true, '人数未点清']); countPlanted(planted, 'inspections', 'non_numeric'); }
  return rows;
}

/** Keyed by month (YYYY-MM): rows put at the top of that month's file. */
export function badAccessRows(cal: DemoCalendar, rng: Rng, planted: PlantedCounts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const put = (fields: string[]): void => {
    const d = rng.int(0, cal.count - 1);
    const month = cal.iso[d].slice(0, 7);
    out.set(month, [...(out.get(month) ?? []), csvRow(fields)]);
  };
  for (const m of ['fingerprint', '刷卡', 'qr']) { put([`${cal.iso[rng.int(0, cal.count - 1)]}T08:00:00`, 'MJ001-1', 'Kbad0001', '', m]); countPlanted(planted, 'access_events', 'bad_enum'); }
  for (const t of ['2026-02-30T25:00:00', '']) { put([t, 'MJ001-1', 'Kbad0002', '', 'card']); countPlanted(planted, 'access_events', t === '' ? 'missing_required' : 'bad_timestamp'); }
  return out;
}
