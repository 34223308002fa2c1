// 疏堵结合: housing the workers of a cleared group rental can be referred to
// (Jing'an: public rental projects with beds, dormitory-style rental housing,
// applications made by the employer). The inventory the ops centre keeps.
export const REFERRAL_HOUSING_KINDS = ['public_rental', 'dormitory', 'talent_apartment', 'market_rental'] as const;
export type ReferralHousingKind = (typeof REFERRAL_HOUSING_KINDS)[number];
export const REFERRAL_HOUSING_KIND_LABELS: Record<ReferralHousingKind, string> = {
  public_rental: '公租房',
  dormitory: '宿舍型租赁住房',
  talent_apartment: '人才公寓',
  market_rental: '市场化租赁住房',
};

/** Who applies for a bed: in Jing'an the employer applies for its front-line workers. */
export const REFERRAL_APPLICANTS = ['employer', 'tenant'] as const;
export type ReferralApplicant = (typeof REFERRAL_APPLICANTS)[number];
export const REFERRAL_APPLICANT_LABELS: Record<ReferralApplicant, string> = { employer: '用人单位申请', tenant: '本人申请' };

export interface ReferralHousingFacts {
  readonly name: string;
  readonly bedsTotal: number;
  /** Beds still free to offer; never more than the total. */
  readonly bedsAvailable: number;
  /** Monthly rent per bed in yuan; null = not yet set. */
  readonly monthlyRentPerBed: number | null;
}

export interface HousingProblem { readonly field: keyof ReferralHousingFacts; readonly message: string }

const MAX_BEDS = 100_000;

export function referralHousingProblems(h: ReferralHousingFacts): HousingProblem[] {
  const problems: HousingProblem[] = [];
  if (h.name.trim() === '') problems.push({ field: 'name', message: '项目名称不能为空。' });
  if (!Number.isInteger(h.bedsTotal) || h.bedsTotal < 0 || h.bedsTotal > MAX_BEDS) problems.push({ field: 'bedsTotal', message: `床位总数应为 0–${MAX_BEDS} 的整数。` });
  if (!Number.isInteger(h.bedsAvailable) || h.bedsAvailable < 0) problems.push({ field: 'bedsAvailable', message: '可用床位应为不小于 0 的整数。' });
  else if (h.bedsAvailable > h.bedsTotal) problems.push({ field: 'bedsAvailable', message: `可用床位（${h.bedsAvailable}）不能多于床位总数（${h.bedsTotal}）。` });
  if (h.monthlyRentPerBed !== null && (!Number.isFinite(h.monthlyRentPerBed) || h.monthlyRentPerBed < 0 || h.monthlyRentPerBed > 100_000)) {
    problems.push({ field: 'monthlyRentPerBed', message: '每床月租金应为 0–100000 元。' });
  }
  return problems;
}
