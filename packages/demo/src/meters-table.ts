// meters.csv rows.
import type { HouseholdPlan } from './household-types.ts';
import type { MeterSpec } from './meters.ts';
import { csvRow } from './csv.ts';
import { GHOST_HOUSE, countPlanted, type PlantedCounts } from './bad-rows.ts';
import type { Rng } from './rng.ts';

export const METER_HEADER = ['meter_id', 'house_id', 'kind', 'unit', 'installed_at', 'removed_at', 'rollover_at'];
export const METER_HEADER_MESSY = [' Meter_ID', 'HOUSE_ID ', 'Kind', 'Unit', 'Installed_At', 'removed_at', 'ROLLOVER_AT', '备注'];

export function meterRow(spec: MeterSpec, plan: HouseholdPlan): string[] {
  return [spec.meterId, plan.site.houseId, spec.kind, spec.unit, spec.installedAt, spec.removedAt, spec.rolloverAt === null ? '' : String(spec.rolloverAt)];
}

/** Planted bad meter rows (with the messy remark column), keyed by the meter line they follow. None has readings. */
export function badMeterRows(meterLines: string[], plans: HouseholdPlan[], rng: Rng, planted: PlantedCounts): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const put = (row: string[]): void => {
    const at = rng.int(0, meterLines.length - 1);
    out.set(at, [...(out.get(at) ?? []), csvRow([...row, '补录'])]);
  };
  const house = (): string => plans[rng.int(0, plans.length - 1)].site.houseId;
  for (let n = 0; n < 3; n++) { put([`SWX${rng.int(100000, 999999)}`, GHOST_HOUSE, 'water', 'm3', '', '', '']); countPlanted(planted, 'meters', 'unknown_house'); }
  for (let n = 0; n < 2; n++) {
    // An existing meter_id claimed by another house: the later row is the duplicate.
    const existing = meterLines[rng.int(0, meterLines.length - 1)].split(',');
    put([existing[0], house(), existing[2], existing[3], '', '', '']);
    countPlanted(planted, 'meters', 'duplicate_key');
  }
  const badKinds: Array<[string, string]> = [['水', 'm3'], ['power', 'kWh'], ['electricity', 'KWH度']];
  for (const [kind, unit] of badKinds) { put([`DBX${rng.int(100000, 999999)}`, house(), kind, unit, '', '', '']); countPlanted(planted, 'meters', 'bad_enum'); }
  return out;
}
