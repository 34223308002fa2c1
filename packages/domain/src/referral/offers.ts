// Tenants of a cleared group rental offered a referral bed, recorded on the
// case as counts per employer (no names: the figures are what the bulletin
// reports, and no more personal data than that is needed). Each record says
// how many were offered, and later how many were placed and how many declined.
export interface ReferralOfferCounts {
  readonly offered: number;
  readonly placed: number;
  readonly declined: number;
}

export interface OfferProblem { readonly field: keyof ReferralOfferCounts; readonly message: string }

const MAX_TENANTS = 500;

/** Counts are whole, never negative, and placed + declined never exceed offered. */
export function referralOfferProblems(c: ReferralOfferCounts): OfferProblem[] {
  const problems: OfferProblem[] = [];
  for (const [field, label] of [['offered', '推荐人数'], ['placed', '已入住人数'], ['declined', '谢绝人数']] as const) {
    const v = c[field];
    if (!Number.isInteger(v) || v < 0 || v > MAX_TENANTS) problems.push({ field, message: `${label}应为 0–${MAX_TENANTS} 的整数（现为 ${v}）。` });
  }
  if (problems.length === 0 && c.offered === 0) problems.push({ field: 'offered', message: '推荐人数至少为 1。' });
  if (problems.length === 0 && c.placed + c.declined > c.offered) {
    problems.push({ field: 'placed', message: `已入住（${c.placed}）与谢绝（${c.declined}）之和不能超过推荐人数（${c.offered}）。` });
  }
  return problems;
}

/** Offered but neither placed nor declined yet. */
export const pendingOf = (c: ReferralOfferCounts): number => c.offered - c.placed - c.declined;

export interface ReferralFigures extends ReferralOfferCounts {
  readonly pending: number;
  /** Cases with at least one referral record. */
  readonly cases: number;
  /** placed / offered in whole percent, floored; 0 when nobody was offered. */
  readonly percentPlaced: number;
}

/**
 * The bulletin's 疏堵结合 figures: how many cleared tenants were offered a
 * referral and how many were placed. Pure, so the bulletin (or anything
 * else) can call it on the records of its period and scope.
 */
export function referralFigures(records: readonly (ReferralOfferCounts & { readonly caseId: string })[]): ReferralFigures {
  let offered = 0;
  let placed = 0;
  let declined = 0;
  const cases = new Set<string>();
  for (const r of records) {
    offered += r.offered;
    placed += r.placed;
    declined += r.declined;
    cases.add(r.caseId);
  }
  return { offered, placed, declined, pending: offered - placed - declined, cases: cases.size, percentPlaced: offered === 0 ? 0 : Math.floor((placed * 100) / offered) };
}
