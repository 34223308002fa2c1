// Ranking and calibration metrics for `sentinel eval`. Pure functions over a
// ranking (house indices, best first) and 0/1 labels.

/** Average precision: mean of precision@k over the ranks k of the positives (positives never ranked count as 0). */
export function averagePrecision(order: ArrayLike<number>, label: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < label.length; i++) positives += label[i];
  if (positives === 0) return Number.NaN;
  let hits = 0;
  let sum = 0;
  for (let k = 0; k < order.length; k++) {
    if (label[order[k]] === 1) {
      hits++;
      sum += hits / (k + 1);
    }
  }
  return sum / positives;
}

/** True positives among the first k of the ranking. */
export function hitsAtK(order: ArrayLike<number>, label: ArrayLike<number>, k: number): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, order.length); i++) hits += label[order[i]];
  return hits;
}

export function brierScore(score: ArrayLike<number>, label: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < score.length; i++) s += (score[i] - label[i]) ** 2;
  return score.length > 0 ? s / score.length : Number.NaN;
}

/** Ranking of scores, best first, ties broken by id (as detect does). */
export function rankByScore(score: ArrayLike<number>, ids: readonly string[]): Int32Array {
  const order = Array.from({ length: score.length }, (_, i) => i);
  order.sort((a, b) => score[b] - score[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  return Int32Array.from(order);
}

/** Days within which a new group rental should turn red (the goal). */
export const DELAY_GOAL_DAYS = 7;

/**
 * Median, p90 of the found delays and the share never found (null = never).
 * `watched[i]` is how many days episode i was seen active before the data
 * (or the episode) ended; when given, `withinGoalShare` is the share of the
 * episodes watched for at least `goalDays` that were found within `goalDays`
 * — unlike the median of the found ones, it counts the never-found as misses
 * and leaves out the episodes that began too late to be judged.
 */
export function delaySummary(
  delays: (number | null)[], watched?: readonly number[], goalDays = DELAY_GOAL_DAYS,
): { median: number; p90: number; neverShare: number; n: number; withinGoalShare: number; judged: number } {
  const found = delays.filter((d): d is number => d !== null).sort((a, b) => a - b);
  const q = (p: number) => (found.length === 0 ? Number.NaN : found[Math.min(found.length - 1, Math.ceil(p * found.length) - 1)]);
  let judged = 0;
  let within = 0;
  if (watched) delays.forEach((d, i) => {
    if (watched[i] < goalDays) return;
    judged++;
    if (d !== null && d <= goalDays) within++;
  });
  return {
    median: q(0.5), p90: q(0.9), neverShare: delays.length > 0 ? (delays.length - found.length) / delays.length : Number.NaN, n: delays.length,
    withinGoalShare: judged > 0 ? within / judged : Number.NaN, judged,
  };
}

/**
 * Brier skill score against climatology: 1 − Brier(score) / Brier(p̄), where
 * p̄ is the share of positives (the prevalence) given to every house. Above 0
 * means the probabilities beat "everyone has the district's prevalence";
 * NaN when there is no positive or no negative (climatology is then perfect).
 */
export function brierSkillScore(score: ArrayLike<number>, label: ArrayLike<number>): number {
  const n = label.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += label[i];
  const p = n > 0 ? positives / n : Number.NaN;
  const climatology = p * (1 - p);
  return climatology > 0 ? 1 - brierScore(score, label) / climatology : Number.NaN;
}

/**
 * How many dwellings are flagged (yellow or red) per true group rental: the
 * issue's bound is 3 (flagged ≤ 3 × prevalence). Infinity when something is
 * flagged and nothing is positive; 0 when neither.
 */
export function flaggedPerPositive(flagged: number, positives: number): number {
  if (positives > 0) return flagged / positives;
  return flagged > 0 ? Number.POSITIVE_INFINITY : 0;
}
