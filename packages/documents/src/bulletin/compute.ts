// A whole bulletin: the jurisdiction's figures and each neighbourhood's, ranked.
import { referralFigures } from '@sentinel/domain';
import { computeFigures } from './figures.ts';
import { compareForRanking, competitionRanks, DEFAULT_RANKING_WEIGHTS, neighborhoodScore, type RankingWeights } from './ranking.ts';
import type { Bulletin, BulletinInput, NeighborhoodFigures } from './types.ts';

/**
 * Figures of the jurisdiction and of each neighbourhood, ranked. A complaint
 * whose address matched no house counts in the jurisdiction's total only.
 */
export function computeBulletin(input: BulletinInput, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): Bulletin {
  const names = new Set<string>(input.neighborhoods ?? []);
  for (const c of input.cases) names.add(c.neighborhood);
  for (const a of input.alerts) names.add(a.neighborhood);
  for (const t of input.complaints) if (t.neighborhood !== null) names.add(t.neighborhood);

  const unranked = [...names].map((neighborhood) => {
    const figures = computeFigures(
      input.period,
      input.cases.filter((c) => c.neighborhood === neighborhood),
      input.alerts.filter((a) => a.neighborhood === neighborhood),
      input.complaints.filter((t) => t.neighborhood === neighborhood),
    );
    return { neighborhood, figures, score: neighborhoodScore(figures, weights) };
  });
  // Tied standings share a rank (1, 1, 3).
  const neighborhoods: NeighborhoodFigures[] = competitionRanks(unranked.sort(compareForRanking));
  return {
    period: input.period,
    overall: computeFigures(input.period, input.cases, input.alerts, input.complaints),
    neighborhoods,
    referral: referralFigures(input.referrals ?? []),
  };
}
