// The detection engine: DetectionInput → one alert per house, ranked.
// features → occupancy and evidence (log-likelihood ratios) → prior log-odds
// → Platt calibration on recent inspection outcomes when there are enough →
// probability, three-colour level, reasons. Pure and deterministic.
import type { AlertLevel } from '@sentinel/domain';
import type { DetectionInput, HouseAlert } from './types.ts';
import { resolveParams, type DetectParams } from './model/params.ts';
import { buildContext } from './model/buildContext.ts';
import { EvidenceModel, type HouseEvidence, type Term } from './model/evidence.ts';
import { fitPlatt, IDENTITY, type Platt } from './model/calibration.ts';
import { logit, sigmoid } from './stats/robust.ts';

export const MODEL_VERSION = 'sentinel-detect-1.1';

export interface DetectResult {
  alerts: HouseAlert[];
  modelVersion: string;
  params: DetectParams;
  /** Calibration used: identity when too few labelled inspections. */
  calibration: Platt;
}

const MAX_REASONS = 5;

export function detect(input: DetectionInput, overrides?: Partial<DetectParams>): DetectResult {
  const params = resolveParams(overrides);
  const H = input.houses.length;
  if (H === 0) return { alerts: [], modelVersion: MODEL_VERSION, params, calibration: IDENTITY };
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

  const calibration = calibrate(input, core, params);
  const finalLogit = new Float64Array(H);
  for (let h = 0; h < H; h++) finalLogit[h] = calibration.a * core[h] + calibration.b + sumLlr(evidence[h].inspectionTerms);

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
      level,
      onsetDay: level === 'green' ? null : e.onsetDay,
      estimatedOccupants: e.occupants,
      reasons: reasonsOf(e),
    };
  });
  return { alerts, modelVersion: MODEL_VERSION, params, calibration };
}

export function levelOf(score: number, p: DetectParams): AlertLevel {
  return score >= p.redThreshold ? 'red' : score >= p.yellowThreshold ? 'yellow' : 'green';
}

function sumLlr(terms: Term[]): number {
  let s = 0;
  for (const t of terms) s += t.llr;
  return s;
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

/**
 * Platt scaling on inspections of the last `calibrationWindowDays` (older
 * visits saw a state the house may have left). Labels: confirmed = 1,
 * not_confirmed = 0; no_access tells nothing.
 */
function calibrate(input: DetectionInput, core: Float64Array, p: DetectParams): Platt {
  const scores: number[] = [];
  const labels: number[] = [];
  const seen = new Set<number>();
  const recent = [...input.inspections]
    .filter((i) => i.houseIdx >= 0 && i.day <= input.asOfDay && i.day > input.asOfDay - p.calibrationWindowDays && i.result !== 'no_access')
    .sort((a, b) => b.day - a.day || a.houseIdx - b.houseIdx);
  for (const i of recent) {
    if (seen.has(i.houseIdx)) continue; // latest visit per house
    seen.add(i.houseIdx);
    scores.push(core[i.houseIdx]);
    labels.push(i.result === 'confirmed' ? 1 : 0);
  }
  if (scores.length < p.minInspectionsForCalibration) return IDENTITY;
  return fitPlatt(scores, labels);
}
