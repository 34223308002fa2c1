// Register readings of one meter as the utility exports them: the cumulative
// register (wrapping at rollover_at), truncated to the meter's resolution,
// with the usual untidiness — missing days and outages, duplicates, estimated
// values, and the rare misread. Lines are built as one string per meter.
import type { MeterKind } from '@sentinel/domain';
import type { DemoCalendar } from './calendar.ts';
import type { MeterMessiness } from './messiness.ts';
import type { MeterSpec } from './meters.ts';
import type { Rng } from './rng.ts';

export interface ReadingStats {
  rows: number;
  duplicates: number;
  estimated: number;
  glitches: number;
  rollovers: number;
  monthlyMeters: number;
}

export function emptyReadingStats(): ReadingStats {
  return { rows: 0, duplicates: 0, estimated: 0, glitches: 0, rollovers: 0, monthlyMeters: 0 };
}

/** How each utility writes its file: timestamp suffix and boolean style differ between exporters. */
export const FEED_STYLE: Record<MeterKind, { zone: string; yes: string; no: string }> = {
  water: { zone: '', yes: '1', no: '0' },
  electricity: { zone: '+08:00', yes: 'true', no: 'false' },
  gas: { zone: '', yes: 'Y', no: 'N' },
};

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function timeOfDay(minute: number): string {
  return `T${two(Math.floor(minute / 60))}:${two(minute % 60)}:00`;
}

/** The register shown at a moment: wraps at rollover_at and is truncated, never rounded up. */
function shown(register: number, spec: MeterSpec): number {
  let v = spec.rolloverAt ? register % spec.rolloverAt : register;
  const scale = spec.decimals === 0 ? 1 : 100;
  v = Math.floor(v * scale + 1e-7) / scale;
  return v;
}

/**
 * Appends the readings of one meter to a string. `use` is the dwelling's
 * daily consumption (register units); the register at 00:00 of day i is the
 * start value plus everything used on the meter's earlier days.
 */
export function meterReadings(spec: MeterSpec, use: Float64Array, cal: DemoCalendar, mess: MeterMessiness, rng: Rng, stats: ReadingStats, eol = '\n'): string {
  const style = FEED_STYLE[spec.kind];
  const head = spec.meterId + ',';
  const clock = timeOfDay(spec.readMinute) + style.zone;
  const frac = spec.readMinute / 1440;
  let register = spec.startValue;
  let out = '';
  let outage = 0;
  let lastShown = -1;
  let lastShownDay = 0;
  let meanDaily = 0;
  for (let d = spec.from; d < spec.to; d++) meanDaily += use[d];
  meanDaily /= Math.max(1, spec.to - spec.from);
  if (spec.monthly) stats.monthlyMeters++;
  let wraps = spec.rolloverAt ? Math.floor(register / spec.rolloverAt) : 0;
  for (let d = spec.from; d < spec.to; d++) {
    const today = use[d];
    const atRead = register + today * (spec.monthly ? 0.45 : frac);
    register += today;
    if (spec.monthly) {
      if (Number(cal.iso[d].slice(8, 10)) !== spec.readDayOfMonth) continue;
    } else {
      if (outage > 0) { outage--; continue; }
      if (rng.chance(mess.outageRate)) { outage = rng.int(1, 19); continue; }
      if (rng.chance(mess.missingRate)) continue;
    }
    let value = shown(atRead, spec);
    let estimated = false;
    const at = spec.monthly ? timeOfDay(rng.int(540, 990)) : clock;
    if (lastShown >= 0 && rng.chance(spec.monthly ? 0.08 : mess.estimatedRate)) {
      // No access / no signal: the utility bills an estimate from the average.
      estimated = true;
      value = shown(lastShown + meanDaily * (d - lastShownDay), spec);
      stats.estimated++;
    } else if (rng.chance(mess.glitchRate)) {
      const how = rng.next();
      value = how < 0.5 ? Math.max(0, value - rng.uniform(0.5, 30)) : how < 0.75 ? value * 10 : value + rng.uniform(3000, 20000);
      value = Math.floor(value * 100) / 100;
      stats.glitches++;
    } else {
      lastShown = atRead;
      lastShownDay = d;
    }
    if (spec.rolloverAt) {
      const w = Math.floor(atRead / spec.rolloverAt);
      if (w > wraps) { stats.rollovers += w - wraps; wraps = w; }
    }
    const line = head + cal.iso[d] + at + ',' + value.toFixed(spec.decimals) + ',' + (estimated ? style.yes : style.no) + eol;
    out += line;
    stats.rows++;
    if (rng.chance(mess.duplicateRate)) {
      out += line;
      stats.rows++;
      stats.duplicates++;
    }
  }
  return out;
}
