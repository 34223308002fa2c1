// Plain inputs of a bulletin (通报). Each is one row the server can select
// from the database; days are Shanghai day numbers (see @sentinel/domain
// time.ts), so "in the period" is a plain integer comparison, as in SQL.
import type { CaseSource, ComplaintChannel, ReferralFigures, ReferralOfferCounts } from '@sentinel/domain';

/** Both ends included. */
export interface BulletinPeriod {
  readonly fromDay: number;
  readonly toDay: number;
}

/** A case with the days it reached each milestone (null = not reached). */
export interface BulletinCase {
  readonly id: string;
  readonly houseId: string;
  readonly neighborhood: string;
  readonly source: CaseSource;
  /** Day the case was opened (发现). */
  readonly discoveredDay: number;
  /** Estimated first day of the anomaly (the alert's onset_date), when known. */
  readonly onsetDay: number | null;
  /** Day it entered 已认定群租. */
  readonly confirmedDay: number | null;
  /** Day it entered 排除群租. */
  readonly ruledOutDay: number | null;
  /** Day it entered 已整改. */
  readonly rectifiedDay: number | null;
  /** Day it entered 已销案. */
  readonly closedDay: number | null;
  /** Day it entered 已回潮. */
  readonly relapsedDay: number | null;
  /** Day the first photo or video was attached to any step. */
  readonly firstMediaDay: number | null;
}

/** An alert (数字吹哨) and what the on-site check found. */
export interface BulletinAlert {
  readonly houseId: string;
  readonly neighborhood: string;
  /** Day the alert was raised. */
  readonly alertDay: number;
  /** On-site verdict; null while unverified or when nobody got in. */
  readonly outcome: 'confirmed' | 'not_confirmed' | null;
  /** Day of the verdict. */
  readonly outcomeDay: number | null;
}

export interface BulletinComplaint {
  readonly ticketId: string;
  /** Neighbourhood of the matched house; null when the address matched none. */
  readonly neighborhood: string | null;
  readonly receivedDay: number;
  readonly channel: ComplaintChannel;
  readonly category: string | null;
}

export interface BulletinInput {
  readonly period: BulletinPeriod;
  readonly cases: readonly BulletinCase[];
  readonly alerts: readonly BulletinAlert[];
  readonly complaints: readonly BulletinComplaint[];
  /** Every neighbourhood of the jurisdiction, so those with nothing to report still appear (and rank). */
  readonly neighborhoods?: readonly string[];
  /** 疏堵结合: the referral records made in the period (counts per employer on a case). */
  readonly referrals?: readonly (ReferralOfferCounts & { readonly caseId: string })[];
}

/** A rate with its parts, so the bulletin can print 7/8 and the test can check both. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator; null when the denominator is 0. */
  readonly rate: number | null;
}

export interface DaysSummary {
  readonly count: number;
  /** Median (mean of the two middle values for an even count); null when count is 0. */
  readonly median: number | null;
  readonly mean: number | null;
}

export interface BulletinFigures {
  /** Cases opened in the period (发现疑似群租). */
  readonly discovered: number;
  /** Cases confirmed as group rentals in the period (认定群租). */
  readonly confirmed: number;
  /** Confirmed in the period and found by any channel other than 12345 (主动发现率). */
  readonly proactiveDiscovery: Rate;
  /** Confirmed in the period and rectified by its end (处置率). */
  readonly disposal: Rate;
  /** Opened in the period and holding a photo or video by its end (可视率). */
  readonly visibility: Rate;
  /** Relapsed in the period among rectified cases still watched in it (回潮率). */
  readonly relapse: Rate;
  /** Days from onset to discovery, cases confirmed in the period with a known onset. */
  readonly onsetToDiscoveryDays: DaysSummary;
  /** Days from discovery to rectification, cases rectified in the period. */
  readonly discoveryToRectificationDays: DaysSummary;
  /** Alerts raised in the period. */
  readonly alertsRaised: number;
  /** Alerts verified in the period that proved a group rental (预警核实准确率). */
  readonly alertConfirmation: Rate;
  /** 12345 tickets about group rental (category 群租) received in the period. */
  readonly complaints12345: number;
}

export interface NeighborhoodFigures {
  readonly neighborhood: string;
  readonly figures: BulletinFigures;
  /** 0..100, see RankingWeights. */
  readonly score: number;
  /** 1 = best; no ties. */
  readonly rank: number;
}

export interface Bulletin {
  readonly period: BulletinPeriod;
  readonly overall: BulletinFigures;
  /** Sorted by rank. */
  readonly neighborhoods: readonly NeighborhoodFigures[];
  /** 疏堵结合: cleared tenants offered a referral bed in the period, and placed (domain referralFigures). */
  readonly referral: ReferralFigures;
}
