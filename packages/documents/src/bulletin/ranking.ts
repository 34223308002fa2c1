// Neighbourhood ranking (居民区排名). A composite score rather than a single
// rate: ranking by 处置率 alone would put a neighbourhood with no group rental
// at all (rate undefined) last. A rate with nothing to measure counts as
// perfect — no open group rental, nothing invisible, nothing relapsed.
import type { BulletinFigures } from './types.ts';

export interface RankingWeights {
  readonly disposal: number;
  readonly visibility: number;
  /** Applied to (1 − 回潮率). */
  readonly relapse: number;
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { disposal: 0.4, visibility: 0.3, relapse: 0.3 };

/** 0..100: 100 × Σ weight × rate / Σ weights, with 处置率, 可视率 and 1 − 回潮率. */
export function neighborhoodScore(f: BulletinFigures, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): number {
  const total = weights.disposal + weights.visibility + weights.relapse;
  if (total <= 0) return 0;
  const weighted =
    weights.disposal * (f.disposal.rate ?? 1) +
    weights.visibility * (f.visibility.rate ?? 1) +
    weights.relapse * (1 - (f.relapse.rate ?? 0));
  return Math.round((100 * weighted) / total * 10) / 10;
}

type Ranked = { readonly neighborhood: string; readonly score: number; readonly figures: BulletinFigures };

/**
 * Standing: higher score; then fewer 12345 group-rental complaints; then the
 * shorter median from discovery to rectification (none = 0). Equal on all
 * three = a tie, and tied neighbourhoods share a rank (1, 1, 3): the name
 * only orders them on the page, it does not make one better than another.
 */
export function compareStanding(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    a.figures.complaints12345 - b.figures.complaints12345 ||
    (a.figures.discoveryToRectificationDays.median ?? 0) - (b.figures.discoveryToRectificationDays.median ?? 0)
  );
}

/** Display order: standing, then the name (zh-CN collation). */
export function compareForRanking(a: Ranked, b: Ranked): number {
  return (
    compareStanding(a, b) ||
    a.neighborhood.localeCompare(b.neighborhood, 'zh-CN') ||
    (a.neighborhood < b.neighborhood ? -1 : a.neighborhood > b.neighborhood ? 1 : 0)
  );
}

/** Competition ranks (1, 1, 3) of a list already sorted with compareForRanking. */
export function competitionRanks<T extends Ranked>(sorted: readonly T[]): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = [];
  sorted.forEach((n, i) => {
    const prev = out[i - 1];
    out.push({ ...n, rank: prev && compareStanding(prev, n) === 0 ? prev.rank : i + 1 });
  });
  return out;
}

/** Whether a neighbourhood had anything to measure in the period (a case, a watched dwelling, a complaint). */
export function hasActivity(f: BulletinFigures): boolean {
  return f.discovered > 0 || f.confirmed > 0 || f.relapse.denominator > 0 || f.disposal.denominator > 0 || f.complaints12345 > 0;
}
