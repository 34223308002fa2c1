// The evaluation loop of `sentinel eval`: detect at weekly as-of dates over
// the last 13 weeks of the data, scored against truth.csv, with the two naive
// baselines ranked the same way. The dataset is loaded once; each run sees
// only what its as-of day allows: the daily series are rebuilt from the
// readings taken up to that day (so a reading gap straddling the date is not
// spread with knowledge of the later reading), and the engine cuts access,
// complaints and inspections there.
import {
  averagePrecision, brierScore, DEFAULT_PARAMS, brierSkillScore, delaySummary, detect, flaggedPerPositive, trapsInTopK, trapTotal, hitsAtK, ownRatioBaseline, peerRatioBaseline, rankByScore,
  type DetectionInput,
} from '@sentinel/detection';
import { activeOn, trapOn, type TruthHouse } from './truth.ts';
import type { DailyMatrixSet } from './loadDataset.ts';

export interface MethodResult {
  name: string;
  ap: number;
  precisionAtK: number;
  recallAtK: number;
  redPrecision: number | null;
  redCount: number | null;
  brier: number | null;
  confoundersInTopK: number;
  maxConfoundersInTopK: number;
  delayRed: ReturnType<typeof delaySummary> | null;
  delayTopK: ReturnType<typeof delaySummary>;
  /** Mean over dates of the Brier skill score against the date's prevalence (model only). */
  brierSkill: number | null;
  /** Largest over dates of (yellow + red) / true group rentals; the goal is ≤ 3 (model only). */
  maxFlaggedRatio: number | null;
  /** Traps (non-group-rentals that look like one) in the top K: mean and max per date, by kind and in all. */
  trapsInTopK: { mean: number; max: number; byKindMean: Record<string, number>; byKindMax: Record<string, number> };
}

export interface EvalResult {
  asOfDays: number[];
  k: number;
  positivesPerDate: number;
  methods: MethodResult[];
}

/** The hand model alone: the same run before the weights learned on the district's own inspections are blended in. */
export const HAND = 'hand model (no learned weights)';

interface Ranked {
  order: Int32Array;
  score: Float64Array | null;
  red: Uint8Array | null;
  /** Yellow or red. */
  flagged: number | null;
}

/** The daily matrices as the readings up to `asOfDay` alone make them. */
export type MatricesAsOf = (asOfDay: number) => Promise<DailyMatrixSet>;

export async function evaluate(
  input: DetectionInput, truth: Map<string, TruthHouse>, k: number, weeks: number, stepDays: number, matricesAsOf: MatricesAsOf,
): Promise<EvalResult> {
  const H = input.houses.length;
  const last = input.asOfDay;
  const asOfDays: number[] = [];
  for (let d = last - (weeks - 1) * 7; d <= last; d += stepDays) asOfDays.push(d);
  const ids = input.houses.map((h) => h.houseId);
  const truthOf = ids.map((id) => truth.get(id));

  // detect runs once per date; the blended model and the hand model alone
  // (before the weights learned on the district's inspections) are both read from it
  let detected: { x: DetectionInput; r: ReturnType<typeof detect> } | null = null;
  const detectOnce = (x: DetectionInput) => {
    if (detected?.x !== x) detected = { x, r: detect(x) };
    return detected.r;
  };
  const idx = new Map(ids.map((id, i) => [id, i]));
  const fromAlerts = (x: DetectionInput, pick: (a: ReturnType<typeof detect>['alerts'][number]) => number, red: number, keepOrder: boolean): Ranked => {
    const r = detectOnce(x);
    const score = new Float64Array(H);
    const isRed = new Uint8Array(H);
    let flagged = 0;
    for (const a of r.alerts) {
      const i = idx.get(a.houseId)!;
      score[i] = pick(a);
      if (score[i] >= yellowAt) flagged++;
      isRed[i] = score[i] >= red ? 1 : 0;
    }
    // the model's own order (log-odds, ties by id): probabilities saturate at 1
    const order = keepOrder ? Int32Array.from(r.alerts, (a) => idx.get(a.houseId)!) : rankByScore(score, ids);
    return { order, score, red: isRed, flagged };
  };
  const redAt = DEFAULT_PARAMS.redThreshold;
  const yellowAt = DEFAULT_PARAMS.yellowThreshold;
  const probabilistic = { model: true, [HAND]: true };
  const methods: Record<string, (x: DetectionInput) => Ranked> = {
    model: (x) => fromAlerts(x, (a) => a.score, redAt, true),
    [HAND]: (x) => fromAlerts(x, (a) => a.handScore, redAt, false),
    'peer ratio (30 d / compound+layout median)': (x) => ({ order: rankByScore(peerRatioBaseline(x), ids), score: null, red: null, flagged: null }),
    'own ratio (30 d / own previous 90 d)': (x) => ({ order: rankByScore(ownRatioBaseline(x), ids), score: null, red: null, flagged: null }),
  };

  // new onsets inside the evaluated period: when were they first red / first in the top K?
  const episodes: { h: number; start: number; end: number }[] = [];
  truthOf.forEach((t, h) => t?.episodes.forEach((e) => {
    if (e.start > asOfDays[0] - stepDays && e.start <= last) episodes.push({ h, start: e.start, end: e.end });
  }));

  // Dates outside, methods inside: one honest input per date (rebuilt from the
  // readings up to that date), shared by every method, then dropped.
  const acc = Object.keys(methods).map(() => ({
    ap: 0, pk: 0, rk: 0, brier: 0, bss: 0, flaggedMax: 0, redTp: 0, redAll: 0, conf: 0, confMax: 0,
    traps: 0, trapsMax: 0, trapKind: {} as Record<string, number>, trapKindMax: {} as Record<string, number>,
    firstRed: new Map<number, number>(), firstTop: new Map<number, number>(),
  }));
  let positives = 0;
  for (const T of asOfDays) {
    const x: DetectionInput = { ...input, ...(T === last ? {} : await matricesAsOf(T)), asOfDay: T };
    const label = new Uint8Array(H);
    let P = 0;
    for (let h = 0; h < H; h++) P += label[h] = activeOn(truthOf[h], T);
    positives += P;
    Object.values(methods).forEach((rank, m) => {
      const a = acc[m];
      const r = rank(x);
      a.ap += averagePrecision(r.order, label);
      const hits = hitsAtK(r.order, label, k);
      a.pk += hits / k;
      a.rk += P > 0 ? hits / P : 0;
      let c = 0;
      for (let i = 0; i < Math.min(k, H); i++) {
        const h = r.order[i];
        if (label[h] === 0 && truthOf[h]?.confounder) c++;
      }
      a.conf += c;
      a.confMax = Math.max(a.confMax, c);
      const traps = trapsInTopK(r.order, label, (h) => trapOn(truthOf[h], T), k);
      const nTraps = trapTotal(traps);
      a.traps += nTraps;
      a.trapsMax = Math.max(a.trapsMax, nTraps);
      for (const [kind, v] of Object.entries(traps)) {
        a.trapKind[kind] = (a.trapKind[kind] ?? 0) + v;
        a.trapKindMax[kind] = Math.max(a.trapKindMax[kind] ?? 0, v);
      }
      if (r.flagged !== null) a.flaggedMax = Math.max(a.flaggedMax, flaggedPerPositive(r.flagged, P));
      const inTop = new Uint8Array(H);
      for (let i = 0; i < Math.min(k, H); i++) inTop[r.order[i]] = 1;
      if (r.score && r.red) {
        a.brier += brierScore(r.score, label);
        a.bss += brierSkillScore(r.score, label);
        for (let h = 0; h < H; h++) if (r.red[h]) {
          a.redAll++;
          a.redTp += label[h];
        }
      }
      episodes.forEach((e, i) => {
        if (T < e.start || T > e.end) return;
        if (r.red && r.red[e.h] && !a.firstRed.has(i)) a.firstRed.set(i, T - e.start);
        if (inTop[e.h] && !a.firstTop.has(i)) a.firstTop.set(i, T - e.start);
      });
    });
  }
  const n = asOfDays.length;
  // Days each episode was active up to the last as-of date: one that began
  // in the last week cannot be judged against the 7-day goal yet.
  const watched = episodes.map((e) => Math.min(e.end, last) - e.start);
  const results: MethodResult[] = Object.keys(methods).map((name, m) => {
    const a = acc[m];
    const hasProb = name in probabilistic;
    return {
      name,
      ap: a.ap / n,
      precisionAtK: a.pk / n,
      recallAtK: a.rk / n,
      redPrecision: hasProb ? (a.redAll > 0 ? a.redTp / a.redAll : Number.NaN) : null,
      redCount: hasProb ? a.redAll / n : null,
      brier: hasProb ? a.brier / n : null,
      confoundersInTopK: a.conf / n,
      maxConfoundersInTopK: a.confMax,
      delayRed: hasProb ? delaySummary(episodes.map((_, i) => a.firstRed.get(i) ?? null), watched) : null,
      delayTopK: delaySummary(episodes.map((_, i) => a.firstTop.get(i) ?? null), watched),
      brierSkill: hasProb ? a.bss / n : null,
      maxFlaggedRatio: hasProb ? a.flaggedMax : null,
      trapsInTopK: {
        mean: a.traps / n, max: a.trapsMax,
        byKindMean: Object.fromEntries(Object.entries(a.trapKind).sort().map(([kind, v]) => [kind, v / n])),
        byKindMax: Object.fromEntries(Object.entries(a.trapKindMax).sort()),
      },
    };
  });
  return { asOfDays, k, positivesPerDate: positives / asOfDays.length, methods: results };
}
