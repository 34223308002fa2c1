// The detection engine: DetectionInput → one alert per house, ranked.
// features → occupancy and evidence (log-likelihood ratios) → prior log-odds
// → calibration anchored to the district prevalence, blended with weights
// learned on the district's own inspections → probability, three-colour
// level, reasons. Pure and deterministic.
import type { AlertLevel } from '@sentinel/domain';
import type { DetectionInput, HouseAlert } from './types.ts';
import { resolveParams, type DetectParams } from './model/params.ts';
import { buildContext } from './model/buildContext.ts';
import { EvidenceModel, type HouseEvidence, type Term } from './model/evidence.ts';
import {
  alertBudgetShift, estimatePrevalence, fitCalibration, IDENTITY, inspectionLabels, type Platt,
} from './model/calibration.ts';
import { fitLearned, type LearnedModel } from './model/learned.ts';
import { logit, sigmoid } from './stats/robust.ts';

export const MODEL_VERSION = 'sentinel-detect-2.2';

export interface DetectResult {
  alerts: HouseAlert[];
  modelVersion: string;
  params: DetectParams;
  /** Calibration of the hand model: slope from labels (n = 0: none usable), intercept anchored to the prevalence. */
  calibration: Platt;
  /** District prevalence estimate the intercepts are anchored to. */
  prevalence: number;
  /** Mechanism weights learned on the district's inspections, and their share of the final score. */
  learned: Omit<LearnedModel, 'logit'>;
}

const MAX_REASONS = 5;

export function detect(input: DetectionInput, overrides?: Partial<DetectParams>): DetectResult {
  const params = resolveParams(overrides);
  const cp = params.calibration;
  const H = input.houses.length;
  if (H === 0) {
    return {
      alerts: [], modelVersion: MODEL_VERSION, params, calibration: IDENTITY, prevalence: cp.prevalenceMin,
      learned: { weights: fitLearned([], emptyLabels(), cp.prevalenceMin, params.learned, cp).weights, n: 0, blend: 0 },
    };
  }
  const ctx = buildContext(input, params);
  const model = new EvidenceModel(ctx);
  const prior = logit(params.priorProbability);

  const evidence: HouseEvidence[] = new Array(H);
  const core = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const e = model.house(h);
    evidence[h] = e;
    core[h] = prior + sumLlr(e.terms);
  }

  const prevalence = estimatePrevalence(core, cp);
  const labels = inspectionLabels(input, core, evidence.map((e) => e.inspectionState), cp);
  const calibration = fitCalibration(core, labels, prevalence, cp);
  const learned = fitLearned(evidence, labels, prevalence, params.learned, cp);
  const handLogit = new Float64Array(H);
  const finalLogit = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const hand = calibration.a * core[h] + calibration.b;
    const inspected = sumLlr(evidence[h].inspectionTerms);
    handLogit[h] = hand + inspected;
    finalLogit[h] = (1 - learned.blend) * hand + learned.blend * learned.logit[h] + inspected;
  }
  // never "most houses yellow": at most maxAlertShare × prevalence yellow or red, by a common shift
  const budget = cp.maxAlertShare * prevalence;
  shift(handLogit, alertBudgetShift(handLogit, params.yellowThreshold, budget));
  shift(finalLogit, alertBudgetShift(finalLogit, params.yellowThreshold, budget));

  const order = Array.from({ length: H }, (_, i) => i);
  const ids = input.houses.map((x) => x.houseId);
  order.sort((a, b) => finalLogit[b] - finalLogit[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));

  const alerts: HouseAlert[] = order.map((h, i) => {
    const score = sigmoid(finalLogit[h]);
    const e = evidence[h];
    const level = levelOf(score, params);
    return {
      houseId: ids[h],
      rank: i + 1,
      score,
      handScore: sigmoid(handLogit[h]),
      level,
      onsetDay: level === 'green' ? null : e.onsetDay,
      estimatedOccupants: e.occupants,
      reasons: reasonsOf(e),
    };
  });
  const { weights, n, blend } = learned;
  return { alerts, modelVersion: MODEL_VERSION, params, calibration, prevalence, learned: { weights, n, blend } };
}

export function levelOf(score: number, p: DetectParams): AlertLevel {
  return score >= p.redThreshold ? 'red' : score >= p.yellowThreshold ? 'yellow' : 'green';
}

function sumLlr(terms: Term[]): number {
  let s = 0;
  for (const t of terms) s += t.llr;
  return s;
}

function shift(x: Float64Array, by: number): void {
  if (by !== 0) for (let i = 0; i < x.length; i++) x[i] += by;
}

function emptyLabels() {
  return { idx: new Int32Array(0), y: new Uint8Array(0), w: new Float64Array(0) };
}

/** Inspection reasons first (a staffer's own finding outranks any meter), then evidence by weight. */
function reasonsOf(e: HouseEvidence): string[] {
  const ranked = [...e.inspectionTerms, ...e.terms.filter((t) => t.llr > 0).sort((a, b) => b.llr - a.llr), ...e.terms.filter((t) => t.llr <= 0)];
  const out: string[] = [];
  for (const t of ranked) {
    if (t.reason && !out.includes(t.reason)) out.push(t.reason);
    if (out.length >= MAX_REASONS) break;
  }
  return out.length > 0 ? out : ['未见明显异常'];
}
