// The two naive rules the model must beat, computed from the same input:
//  - peer ratio: a house's mean daily water over the last 30 days divided by
//    the median of the same compound and layout;
//  - own ratio: the last 30 days over the house's own previous 90 days.
import type { DetectionInput } from '../types.ts';
import { medianOf } from '../stats/robust.ts';

function windowMean(values: Float32Array, row: number, from: number, to: number): number {
  let s = 0;
  let n = 0;
  for (let d = Math.max(0, from); d <= to; d++) {
    const v = values[row + d];
    if (v >= 0) {
      s += v;
      n++;
    }
  }
  return n > 0 ? s / n : Number.NaN;
}

export function peerRatioBaseline(input: DetectionInput): Float64Array {
  const m = input.water;
  const last = Math.min(m.days - 1, input.asOfDay - m.startDay);
  const H = input.houses.length;
  const recent = new Float64Array(H);
  for (let h = 0; h < H; h++) recent[h] = windowMean(m.values, h * m.days, last - 29, last);
  const groups = new Map<string, number[]>();
  input.houses.forEach((x, h) => {
    const k = `${x.neighborhood}\u0000${x.community}\u0000${x.bedrooms}`;
    const g = groups.get(k);
    if (g) g.push(h);
    else groups.set(k, [h]);
  });
  const out = new Float64Array(H);
  for (const members of groups.values()) {
    const med = medianOf(members.map((h) => recent[h]));
    for (const h of members) out[h] = med > 0 && Number.isFinite(recent[h]) ? recent[h] / med : 0;
  }
  return out;
}

export function ownRatioBaseline(input: DetectionInput): Float64Array {
  const m = input.water;
  const last = Math.min(m.days - 1, input.asOfDay - m.startDay);
  const out = new Float64Array(input.houses.length);
  for (let h = 0; h < input.houses.length; h++) {
    const recent = windowMean(m.values, h * m.days, last - 29, last);
    const before = windowMean(m.values, h * m.days, last - 119, last - 30);
    // an empty past over a used present is "infinitely" up: rank it by the present instead of dividing by ~0
    out[h] = Number.isFinite(recent) && Number.isFinite(before) ? recent / Math.max(before, 0.01) : 0;
  }
  return out;
}
