// THE definition of each governance figure (主动发现, 处置/整改, 可视, 回潮 …):
// what a case must satisfy to count, for a period whose ends are included.
// The bulletin (通报) computes its rates with these predicates and the annual
// assessment (考核) deducts with the same ones, so the two can never tell a
// committee different stories about the same cases. Pure: days are Shanghai
// day numbers, "in the period" is an integer comparison.
import type { CaseSource } from '../cases/snapshot.ts';

/** Both ends included. */
export interface FigurePeriod {
  readonly fromDay: number;
  readonly toDay: number;
}

/** The milestones of a case that the figures read (null = not reached). */
export interface FigureCase {
  readonly source: CaseSource;
  /** Day the case was opened (发现). */
  readonly discoveredDay: number;
  readonly confirmedDay: number | null;
  readonly rectifiedDay: number | null;
  readonly closedDay: number | null;
  readonly relapsedDay: number | null;
  readonly firstMediaDay: number | null;
}

export const inPeriod = (day: number | null, p: FigurePeriod): day is number => day !== null && day >= p.fromDay && day <= p.toDay;
export const byPeriodEnd = (day: number | null, p: FigurePeriod): day is number => day !== null && day <= p.toDay;

/**
 * Sources that are not the subdistrict's own discovery: a group rental that
 * reached the platform as a 12345 hotline complaint was found by a citizen
 * going over the units' heads. Everything else — the whistle, patrols, the
 * committee, grid workers, the property company, residents telling them, the
 * police, the relapse watch — is the local system finding it (主动发现).
 */
export const PASSIVE_SOURCES: readonly CaseSource[] = ['12345'];

/** 主动发现: the case was found by the subdistrict's own work, not by a 12345 complaint. */
export function isProactiveDiscovery(source: CaseSource): boolean {
  return !PASSIVE_SOURCES.includes(source);
}

/** 发现: opened in the period. */
export const discoveredIn = (c: FigureCase, p: FigurePeriod): boolean => inPeriod(c.discoveredDay, p);
/** 认定: confirmed a group rental in the period. */
export const confirmedIn = (c: FigureCase, p: FigurePeriod): boolean => inPeriod(c.confirmedDay, p);
/** 处置 (整改): of those confirmed in the period, rectified by its end. */
export const disposedBy = (c: FigureCase, p: FigurePeriod): boolean => confirmedIn(c, p) && byPeriodEnd(c.rectifiedDay, p);
/** 可视: of those opened in the period, a photo or video by its end. */
export const visibleBy = (c: FigureCase, p: FigurePeriod): boolean => discoveredIn(c, p) && byPeriodEnd(c.firstMediaDay, p);

/** Day a rectified case stopped being watched (closed or relapsed); null while watched. */
function watchEndDay(c: FigureCase): number | null {
  const ends = [c.closedDay, c.relapsedDay].filter((d): d is number => d !== null);
  return ends.length === 0 ? null : Math.min(...ends);
}

/** Under relapse watch (回头看) in the period: rectified by its end, not closed or relapsed before it began. */
export function watchedIn(c: FigureCase, p: FigurePeriod): boolean {
  if (!byPeriodEnd(c.rectifiedDay, p)) return false;
  const end = watchEndDay(c);
  return end === null || end >= p.fromDay;
}

/** 回潮: watched in the period and relapsed within it. */
export const relapsedIn = (c: FigureCase, p: FigurePeriod): boolean => watchedIn(c, p) && inPeriod(c.relapsedDay, p);

/**
 * 辖区群租未主动发现 (the assessment's deduction): a group rental confirmed in
 * the period that was not found proactively. Per unit it equals the
 * bulletin's 认定 − 主动发现 numerator, by construction.
 */
export const unreportedGroupRental = (c: Pick<FigureCase, 'source' | 'confirmedDay'>, p: FigurePeriod): boolean =>
  inPeriod(c.confirmedDay, p) && !isProactiveDiscovery(c.source);

export const FIGURE_KEYS = ['discovered', 'confirmed', 'proactiveDiscovery', 'disposal', 'visibility', 'relapse'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Name and definition as printed in the bulletin's 计算口径 column and on the web. */
export const FIGURE_DEFINITIONS: Record<FigureKey, { readonly label: string; readonly definition: string }> = {
  discovered: { label: '发现疑似群租（户）', definition: '统计期内新立案件数' },
  confirmed: { label: '认定群租（户）', definition: '统计期内认定为群租的案件数' },
  proactiveDiscovery: { label: '主动发现率', definition: '统计期内认定的群租中，由数字吹哨、巡查、居委会、网格员、物业、居民反映等本地渠道发现（非 12345 投诉）的比例；非主动发现的即为考核「辖区群租未主动发现」' },
  disposal: { label: '处置率', definition: '统计期内认定的群租中，截至期末已整改的比例' },
  visibility: { label: '可视率', definition: '统计期内新立案件中，截至期末有现场照片或视频的比例' },
  relapse: { label: '回潮率', definition: '截至期末已整改且统计期内仍在回头看的房屋中，统计期内回潮的比例' },
};
