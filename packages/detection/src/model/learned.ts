// The district's own outcomes (issue #10, item 4). State Grid's group-rental
// model was trained on the cases actually penalised; a district's inspectors
// likewise know more about their own housing stock than our priors do. Here
// each mechanism of the hand model (the summed LLR of its terms: water level,
// own rise, fresh step, electricity, gas, …) gets a weight β_j learned on the
// district's recent labelled inspections by a regularised logistic
// regression, with
// - the prior β_j ~ N(1, 0.5²) on [0, 2.5]: β = 1 everywhere is the hand model,
//   so few labels move little, and no mechanism can flip its sign;
// - the intercept anchored to the district prevalence (anchoredLogistic.ts),
//   never to the confirmed share among the selected visits;
// - labels weighted by 1 / how likely a house of that score band was visited
//   (calibration.ts), to correct for how visited houses were chosen;
// - the result blended with the (calibrated) hand model by the number of
//   labels: weight n / (n + `blendHalfLabels`), 0 without usable labels.
// Reasons stay the hand model's terms, so an alert still says what a staffer
// can check at the door.
import { fitAnchored, type CoefPrior, type LabelSet } from './anchoredLogistic.ts';
import { EVIDENCE_KEYS, type HouseEvidence } from './evidence.ts';
import { labelsUsable, type CalibrationParams } from './calibration.ts';

export interface LearnedParams {
  weightSd: number;
  weightMax: number;
  /** Labels at which the learned model counts half in the blend. */
  blendHalfLabels: number;
}

export interface LearnedModel {
  /** Learned multiplier of each mechanism's LLR (1 = as in the hand model). */
  weights: Record<(typeof EVIDENCE_KEYS)[number], number>;
  /** Labels it was fitted on (0 = not fitted). */
  n: number;
  /** Share of the final log-odds it contributes. */
  blend: number;
  /** Learned log-odds of every house (equals the hand model's anchored log-odds when not fitted). */
  logit: Float64Array;
}

const J = EVIDENCE_KEYS.length;
const KEY_INDEX = new Map<string, number>(EVIDENCE_KEYS.map((k, j) => [k, j]));

/** Row-major H × J matrix of summed LLR per mechanism. */
export function evidenceMatrix(evidence: HouseEvidence[]): Float64Array {
  const x = new Float64Array(evidence.length * J);
  evidence.forEach((e, h) => {
    for (const t of e.terms) {
      const j = KEY_INDEX.get(t.key);
      if (j !== undefined) x[h * J + j] += t.llr;
    }
  });
  return x;
}

export function fitLearned(
  evidence: HouseEvidence[], labels: LabelSet, prevalence: number, p: LearnedParams, cp: CalibrationParams,
): LearnedModel {
  const H = evidence.length;
  const x = evidenceMatrix(evidence);
  const usable = labelsUsable(labels, cp);
  const prior: CoefPrior[] = EVIDENCE_KEYS.map(() => ({ mean: 1, sd: p.weightSd, lo: 0, hi: p.weightMax }));
  const none: LabelSet = { idx: new Int32Array(0), y: new Uint8Array(0), w: new Float64Array(0) };
  const fit = fitAnchored(new Float64Array(H), x, J, usable ? labels : none, prior, prevalence);
  const logit = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    let s = fit.b;
    for (let j = 0; j < J; j++) s += fit.beta[j] * x[h * J + j];
    logit[h] = s;
  }
  const n = usable ? labels.y.length : 0;
  const weights = Object.fromEntries(EVIDENCE_KEYS.map((k, j) => [k, fit.beta[j]])) as LearnedModel['weights'];
  return { weights, n, blend: n / (n + p.blendHalfLabels), logit };
}
