// The physical meters of each dwelling: one water and one electricity meter,
// a gas meter where gas is piped. Some are old hand-read mechanical meters,
// some are replaced during the year (the new one starts at 0), some are about
// to wrap at 99999.
import type { MeterKind, MeterUnit } from '@sentinel/domain';
import type { DemoCalendar } from './calendar.ts';
import type { HouseholdPlan } from './household-types.ts';
import type { MeterMessiness } from './messiness.ts';
import type { Rng } from './rng.ts';

export interface MeterSpec {
  meterId: string;
  houseIndex: number;
  kind: MeterKind;
  unit: MeterUnit;
  installedAt: string;     // YYYY-MM-DD or '' (unknown)
  removedAt: string;       // YYYY-MM-DD or ''
  rolloverAt: number | null;
  /** Day indexes this meter reads, [from, to). */
  from: number;
  to: number;
  startValue: number;
  decimals: number;
  monthly: boolean;
  /** Minute of the day of its daily reading (smart meters freeze at 00:00; some report later). */
  readMinute: number;
  /** Day of month a hand-read meter is visited. */
  readDayOfMonth: number;
}

const PREFIX: Record<MeterKind, string> = { water: 'SW', electricity: 'DB', gas: 'RQ' };
const UNIT: Record<MeterKind, MeterUnit> = { water: 'm3', electricity: 'kWh', gas: 'm3' };

function installDate(rng: Rng, cal: DemoCalendar): string {
  if (rng.chance(0.3)) return '';
  const year = rng.int(2008, Number(cal.iso[0].slice(0, 4)) - 1);
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/**
 * Meters of one house for one kind, in order (a replaced meter is followed by
 * its successor). `monthlyRead` (a world's own draw) overrides whether the
 * first meter is read by hand once a month.
 */
export function metersFor(
  plan: HouseholdPlan, kind: MeterKind, meanDaily: number, cal: DemoCalendar, mess: MeterMessiness, rng: Rng, monthlyRead?: boolean,
): MeterSpec[] {
  const idx = plan.site.index;
  const serial = (n: number): string => `${PREFIX[kind]}${String(310_000_000 + idx * 7 + (kind === 'water' ? 0 : kind === 'electricity' ? 2 : 4) + n * 3)}`;
  const drawnMonthly = kind !== 'electricity' && rng.chance(kind === 'water' ? mess.monthlyShare : mess.monthlyShare / 2);
  const monthly = monthlyRead ?? drawnMonthly;
  const nearRollover = !monthly && kind !== 'gas' && rng.chance(mess.nearRolloverShare);
  const rolloverAt = nearRollover || (kind !== 'electricity' && rng.chance(0.4)) ? 99999 : null;
  let startValue = kind === 'water' ? rng.uniform(50, 3000) : kind === 'electricity' ? rng.uniform(500, 40000) : rng.uniform(20, 3000);
  if (nearRollover) startValue = 99999 - Math.max(0.5, meanDaily) * rng.uniform(20, Math.max(21, cal.count - 20));
  const base: MeterSpec = {
    meterId: serial(0), houseIndex: idx, kind, unit: UNIT[kind],
    installedAt: installDate(rng, cal), removedAt: '', rolloverAt,
    from: 0, to: cal.count, startValue,
    decimals: monthly ? 0 : 2, monthly,
    readMinute: kind === 'gas' ? rng.int(60, 360) : 0,
    readDayOfMonth: rng.int(5, 24),
  };
  if (!rng.chance(mess.replacementShare) || cal.count < 30) return [base];
  // Replaced (faulty or upgraded to a smart meter): successor starts at 0 on the day of the swap.
  const swap = rng.int(10, cal.count - 10);
  base.to = swap + 1;
  base.removedAt = cal.iso[swap];
  const successor: MeterSpec = {
    ...base, meterId: serial(1), installedAt: cal.iso[swap], removedAt: '', rolloverAt: kind === 'electricity' ? null : 99999,
    from: swap, to: cal.count, startValue: 0, monthly: false, decimals: 2,
  };
  return [base, successor];
}
