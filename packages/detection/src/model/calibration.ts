// Calibration that cannot collapse (issue #10). The hand model's log-odds s
// are mapped to σ(a·s + b) where
// - b is anchored: the mean probability over all dwellings equals the
//   district prevalence estimate, whatever the labels say (inspected houses
//   are a selected sample; their confirmed share is not the district's);
// - only the slope a is learned from labels, shrunk hard toward 1 (a ~ N(1, 0.3²),
//   0.5…2), and only from labels of both kinds (≥ `minPerClass` each);
// - a guard lowers every score alike if more than `maxAlertShare` × the
//   prevalence would be yellow or red, so no label mix can turn a district
//   yellow. A positive slope and a common shift never reorder houses.
import { fitAnchored, anchorIntercept, type LabelSet } from './anchoredLogistic.ts';
import { logit, sigmoid } from '../stats/robust.ts';
import type { DetectionInput } from '../types.ts';
import type { InspectionState } from './evidence.ts';

export interface CalibrationParams {
  /** Recent inspections only: older visits saw a state the house may have left. */
  windowDays: number;
  /** Labels needed before any slope (or learned weight) moves, and of each kind. */
  minLabels: number;
  minPerClass: number;
  /** Prior of the slope, and its bounds. */
  slopeSd: number;
  slopeMin: number;
  slopeMax: number;
  /** Bounds of the district prevalence estimate (share of dwellings in a group rental). */
  prevalenceMin: number;
  prevalenceMax: number;
  /** At most this many times the prevalence may be yellow or red. */
  maxAlertShare: number;
  /** Label weights (1 / visit propensity) are clipped to this range around their mean. */
  weightMin: number;
  weightMax: number;
}

export interface Platt {
  a: number;
  b: number;
  /** Labels the slope was fitted on (0 = none: the uncalibrated model, anchored). */
  n: number;
}

export const IDENTITY: Platt = { a: 1, b: 0, n: 0 };

/**
 * District prevalence estimate: the mean of the hand model's probabilities
 * (its own expected count of group rentals), held within plausible bounds.
 */
export function estimatePrevalence(core: ArrayLike<number>, p: CalibrationParams): number {
  if (core.length === 0) return p.prevalenceMin;
  let s = 0;
  for (let h = 0; h < core.length; h++) s += sigmoid(core[h]);
  return Math.max(p.prevalenceMin, Math.min(p.prevalenceMax, s / core.length));
}

/**
 * Labels from recent inspections, latest visit per house, kept only while
 * the house is still in the state the visit saw: a confirmed house whose use
 * has since fallen back (rectified) is no longer a group rental, and a
 * cleared house with a new step since is no longer the house that was
 * cleared. Weighted by 1 / the chance a house of that score band was visited,
 * so the few houses visited on a complaint or at random speak for the many
 * like them that nobody visited.
 */
export function inspectionLabels(
  input: DetectionInput, core: ArrayLike<number>, states: ArrayLike<InspectionState | null>, p: CalibrationParams,
): LabelSet {
  const T = input.asOfDay;
  const seen = new Set<number>();
  const idx: number[] = [];
  const y: number[] = [];
  const recent = input.inspections
    .filter((i) => i.houseIdx >= 0 && i.day <= T && i.day > T - p.windowDays && i.result !== 'no_access')
    .sort((a, b) => b.day - a.day || a.houseIdx - b.houseIdx);
  for (const i of recent) {
    if (seen.has(i.houseIdx)) continue;
    seen.add(i.houseIdx);
    const st = states[i.houseIdx];
    if (i.result === 'confirmed' && (st === 'unrectified' || st === 'relapse')) {
      idx.push(i.houseIdx);
      y.push(1);
    } else if (i.result === 'not_confirmed' && st === 'cleared') {
      idx.push(i.houseIdx);
      y.push(0);
    }
  }
  const w = visitWeights(core, Array.from(seen), idx, p);
  return { idx: Int32Array.from(idx), y: Uint8Array.from(y), w };
}

/** Score bands by quantile of the hand model: most visits fall in the top few percent. */
const BAND_EDGES = [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995];

function visitWeights(core: ArrayLike<number>, visited: number[], labelled: number[], p: CalibrationParams): Float64Array {
  const H = core.length;
  const sorted = Float64Array.from(core).sort();
  const cuts = BAND_EDGES.map((q) => sorted[Math.min(H - 1, Math.floor(q * H))]);
  const band = (s: number) => {
    let k = 0;
    while (k < cuts.length && s >= cuts[k]) k++;
    return k;
  };
  const houses = new Float64Array(cuts.length + 1);
  const visits = new Float64Array(cuts.length + 1);
  for (let h = 0; h < H; h++) houses[band(core[h])]++;
  for (const h of visited) visits[band(core[h])]++;
  const raw = labelled.map((h) => {
    const k = band(core[h]);
    return (houses[k] + 1) / (visits[k] + 0.5);
  });
  const out = new Float64Array(raw.length);
  if (raw.length === 0) return out;
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  for (let i = 0; i < raw.length; i++) out[i] = Math.max(p.weightMin, Math.min(p.weightMax, raw[i] / mean));
  const m2 = out.reduce((a, b) => a + b, 0) / out.length;
  for (let i = 0; i < out.length; i++) out[i] /= m2;
  return out;
}

/** Whether the labels can teach anything: enough of them, and of both kinds. */
export function labelsUsable(l: LabelSet, p: CalibrationParams): boolean {
  let pos = 0;
  for (let i = 0; i < l.y.length; i++) pos += l.y[i];
  const neg = l.y.length - pos;
  return l.y.length >= p.minLabels && pos >= p.minPerClass && neg >= p.minPerClass;
}

/** Slope from the labels (when usable), intercept from the prevalence. */
export function fitCalibration(core: Float64Array, labels: LabelSet, prevalence: number, p: CalibrationParams): Platt {
  if (!labelsUsable(labels, p)) {
    return { a: 1, b: anchorIntercept(core, prevalence, 0), n: 0 };
  }
  const fit = fitAnchored(new Float64Array(core.length), core, 1, labels,
    [{ mean: 1, sd: p.slopeSd, lo: p.slopeMin, hi: p.slopeMax }], prevalence);
  return { a: fit.beta[0], b: fit.b, n: labels.y.length };
}

/**
 * The common downward shift (≤ 0) that leaves at most `maxShare` of the
 * houses at or above `threshold` (a probability). A shift never reorders.
 */
export function alertBudgetShift(logits: ArrayLike<number>, threshold: number, maxShare: number): number {
  const H = logits.length;
  const budget = Math.floor(maxShare * H);
  if (budget >= H) return 0;
  const t = logit(threshold);
  const sorted = Float64Array.from(logits).sort().reverse();
  const next = sorted[budget]; // the (budget+1)-th highest must fall below the threshold
  return next >= t ? t - next - 1e-6 : 0;
}
