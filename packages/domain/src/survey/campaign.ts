// A survey campaign (宣传摸底专项): its period and scope, checked before it is stored.
export interface SurveyCampaignFacts {
  readonly name: string;
  /** Day numbers (days since 1970-01-01, Asia/Shanghai). */
  readonly startDay: number;
  readonly endDay: number;
  /** 居民区 names; empty = the whole subdistrict. */
  readonly neighborhoods: readonly string[];
}

export interface CampaignProblem { readonly field: keyof SurveyCampaignFacts; readonly message: string }

/** A campaign longer than a year is a mistake in the dates, not a survey. */
export const MAX_CAMPAIGN_DAYS = 366;

export function surveyCampaignProblems(c: SurveyCampaignFacts): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  if (c.name.trim() === '') problems.push({ field: 'name', message: '专项名称不能为空。' });
  if (!Number.isInteger(c.startDay) || !Number.isInteger(c.endDay)) problems.push({ field: 'startDay', message: '起止日期须为有效日期。' });
  else if (c.endDay < c.startDay) problems.push({ field: 'endDay', message: '结束日期早于开始日期。' });
  else if (c.endDay - c.startDay + 1 > MAX_CAMPAIGN_DAYS) problems.push({ field: 'endDay', message: `摸排期不能超过 ${MAX_CAMPAIGN_DAYS} 天。` });
  if (new Set(c.neighborhoods).size !== c.neighborhoods.length) problems.push({ field: 'neighborhoods', message: '居民区重复。' });
  return problems;
}
