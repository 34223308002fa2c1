// Second stage: decide which readings are reading errors. Walks the clean
// series keeping a chain of accepted readings. When the next reading is not
// consistent with the last accepted one, it looks for the smallest set of at
// most MAX_SPIKE_READINGS readings (later ones, or the last accepted ones)
// whose removal makes the chain consistent again: a spike that returns to
// the trend, bridged. When none exists the register really moved to another
// level (reset, undeclared swap, absurd jump): the interval across is
// unknown and the chain goes on from the new level. Never a difference
// across that break, so an error is never counted as usage.
import type { CleanSeries } from './clean.ts';
import { fmt, fmtDuration, fmtTime } from './format.ts';
import { KIND_LIMITS, MAX_SPIKE_READINGS } from './limits.ts';
import { BACKWARD, ceiling, plausible, registerUse, wentDown } from './plausibility.ts';
import type { Scratch } from './scratch.ts';
import type { MeterFacts, ReadingErrorFlag } from './types.ts';

export const LINK_OK = 0;
export const LINK_UNKNOWN = 1;

/**
 * Accepted readings (positions in the clean series) and the links between
 * them: link k joins pos[k-1] to pos[k] (k >= 1). Arrays may be longer than m.
 */
export interface Chain {
  m: number;
  pos: Int32Array;
  link: Uint8Array;     // LINK_OK or LINK_UNKNOWN
  use: Float64Array;    // register use over the link; NaN when unknown
  rollover: Uint8Array; // 1 = the register wrapped inside the link
  bridged: Uint8Array;  // 1 = rejected readings lie inside the link
}

interface Repair {
  retract: number; // accepted readings taken back from the chain end
  skip: number;    // following readings skipped
  score: number[]; // lexicographic, lower is better
}

export function buildChain(s: CleanSeries, facts: MeterFacts, errors: ReadingErrorFlag[], scratch: Scratch): Chain {
  const n = s.n;
  const c: Chain = {
    m: 0,
    pos: scratch.pos,
    link: scratch.link,
    use: scratch.use,
    rollover: scratch.rollover,
    bridged: scratch.bridged,
  };
  if (n === 0) return c;
  c.pos[c.m++] = 0;
  let segStart = 0; // chain index where the current consistent segment begins
  let j = 1;
  while (j < n) {
    const a = c.pos[c.m - 1];
    if (plausible(s, facts, a, j)) {
      appendOk(c, s, facts, j, j - a > 1);
      j++;
      continue;
    }
    const repair = findRepair(s, facts, c, segStart, j);
    if (repair === null) {
      reportLevelShift(s, facts, a, j, errors);
      c.pos[c.m] = j;
      c.link[c.m] = LINK_UNKNOWN;
      c.use[c.m] = Number.NaN;
      c.rollover[c.m] = 0;
      c.bridged[c.m] = 0;
      c.m++;
      segStart = c.m - 1;
      j++;
      continue;
    }
    const target = j + repair.skip;
    const rejected: number[] = [];
    for (let r = 0; r < repair.retract; r++) rejected.push(c.pos[c.m - 1 - r]);
    for (let q = j; q < target; q++) rejected.push(q);
    c.m -= repair.retract;
    if (c.m === 0) {
      // The series began with the spike: start it again at the target.
      c.pos[c.m++] = target;
      for (const q of rejected) reportStartSpike(s, q, target, errors);
    } else {
      const before = c.pos[c.m - 1];
      appendOk(c, s, facts, target, true);
      for (const q of rejected.sort((x, y) => x - y)) reportSpike(s, q, before, target, errors);
    }
    j = target + 1;
  }
  return c;
}

function appendOk(c: Chain, s: CleanSeries, facts: MeterFacts, b: number, bridged: boolean): void {
  const a = c.pos[c.m - 1];
  c.pos[c.m] = b;
  c.link[c.m] = LINK_OK;
  c.use[c.m] = registerUse(s, facts, a, b);
  c.rollover[c.m] = wentDown(s, a, b) ? 1 : 0;
  c.bridged[c.m] = bridged ? 1 : 0;
  c.m++;
}

/**
 * Smallest repair first (fewest rejected readings); then one confirmed by the
 * reading after it; then one rejecting estimated reads rather than real ones;
 * then rejecting later readings rather than accepted ones.
 */
function findRepair(s: CleanSeries, facts: MeterFacts, c: Chain, segStart: number, j: number): Repair | null {
  const segLen = c.m - segStart;
  // Only a lone first reading may be dropped as a spike at the series start;
  // two or more consistent readings are a level of their own (kept, with a break).
  const loneFirst = segStart === 0 && segLen === 1;
  let best: Repair | null = null;
  for (let bad = 1; bad <= MAX_SPIKE_READINGS; bad++) {
    for (let retract = 0; retract <= bad; retract++) {
      const skip = bad - retract;
      const target = j + skip;
      if (target >= s.n) continue;
      let confirmed: boolean;
      if (retract < segLen) {
        if (!plausible(s, facts, c.pos[c.m - 1 - retract], target)) continue;
        confirmed = target + 1 >= s.n || plausible(s, facts, target, target + 1);
      } else if (retract === segLen && loneFirst) {
        // Dropping the first reading needs positive evidence: the next two agree.
        if (target + 1 >= s.n || !plausible(s, facts, target, target + 1)) continue;
        confirmed = true;
      } else {
        continue;
      }
      let realReads = 0;
      for (let r = 0; r < retract; r++) realReads += s.est[c.pos[c.m - 1 - r]] === 1 ? 0 : 1;
      for (let q = j; q < target; q++) realReads += s.est[q] === 1 ? 0 : 1;
      const score = [bad, confirmed ? 0 : 1, realReads, retract];
      if (best === null || lexLess(score, best.score)) best = { retract, skip, score };
    }
    if (best !== null && best.score[1] === 0) return best;
  }
  return best;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] < b[k];
  return false;
}

function reportSpike(s: CleanSeries, q: number, before: number, after: number, errors: ReadingErrorFlag[]): void {
  const v = s.v[q];
  const why = v < s.v[before] ? '低于前一有效示数（示数倒退）' : v > s.v[after] ? '高于后一有效示数（示数随后回落）' : '与前后示数不连续';
  errors.push({
    readingIndex: s.src[q],
    reason: `异常示数 ${fmt(v)}（${fmtTime(s.t[q])}）${why}：前一有效示数 ${fmt(s.v[before])}，后一有效示数 ${fmt(s.v[after])}；已剔除，其间用量按前后有效示数之差分摊`,
  });
}

function reportStartSpike(s: CleanSeries, q: number, after: number, errors: ReadingErrorFlag[]): void {
  errors.push({
    readingIndex: s.src[q],
    reason: `异常示数 ${fmt(s.v[q])}（${fmtTime(s.t[q])}）与其后连续的示数（${fmt(s.v[after])} 起）不符，已剔除`,
  });
}

function reportLevelShift(s: CleanSeries, facts: MeterFacts, a: number, b: number, errors: ReadingErrorFlag[]): void {
  const from = fmt(s.v[a]);
  const to = fmt(s.v[b]);
  const span = fmtDuration(s.t[b] - s.t[a]);
  const { unit } = KIND_LIMITS[facts.kind];
  let reason: string;
  if (registerUse(s, facts, a, b) === BACKWARD) {
    const wrapNote = facts.rolloverAt !== null ? `，也不符合在 ${fmt(facts.rolloverAt)} 处翻转` : '';
    reason = `示数倒退：从 ${from} 到 ${to}（${fmtTime(s.t[b])}）${wrapNote}；两次读数之间的用量未知`;
  } else {
    const use = registerUse(s, facts, a, b);
    const cap = fmt(ceiling(facts, s.t[b] - s.t[a]));
    reason = `示数跳变：${span}内从 ${from} 到 ${to}（${fmtTime(s.t[b])}），增加 ${fmt(use)} ${unit}，超过物理上限 ${cap} ${unit}（每天 ${KIND_LIMITS[facts.kind].maxPerDay} ${unit}）；两次读数之间的用量未知`;
  }
  errors.push({ readingIndex: s.src[b], reason });
}
