// 疏堵结合: referral housing for the workers of cleared group rentals, and the
// record on a case of how many tenants were offered a bed and placed.
import { Type, type Static } from '@sinclair/typebox';
import { REFERRAL_APPLICANTS, REFERRAL_HOUSING_KINDS } from '@sentinel/domain';
import { DateTime, Id, lit, Nullable, Text } from './kit.ts';
import { MAX_ADDRESS, MAX_NAME, MAX_NOTE } from './limits.ts';

export const ReferralHousing = Type.Object({
  id: Type.String(), name: Type.String(),
  kind: lit(REFERRAL_HOUSING_KINDS, 'public_rental 公租房 / dormitory 宿舍型租赁住房 / talent_apartment 人才公寓 / market_rental 市场化租赁住房'),
  address: Type.String(),
  bedsTotal: Type.Integer({ minimum: 0 }), bedsAvailable: Type.Integer({ minimum: 0 }),
  monthlyRentPerBed: Nullable(Type.Number({ description: '每床每月租金（元）' })),
  eligibility: Type.String({ description: '申请条件' }),
  applicant: lit(REFERRAL_APPLICANTS, 'employer 用人单位申请 / tenant 本人申请'),
  applicationRoute: Type.String({ description: '申请途径与联系方式' }),
  active: Type.Boolean(), updatedAt: DateTime(),
});
export type ReferralHousing = Static<typeof ReferralHousing>;

export const ReferralHousingBody = Type.Object({
  name: Text(MAX_NAME, { minLength: 1 }),
  kind: lit(REFERRAL_HOUSING_KINDS),
  address: Text(MAX_ADDRESS, { minLength: 1 }),
  bedsTotal: Type.Integer({ minimum: 0, maximum: 100000 }),
  bedsAvailable: Type.Integer({ minimum: 0, maximum: 100000 }),
  monthlyRentPerBed: Nullable(Type.Number({ minimum: 0, maximum: 100000 })),
  eligibility: Text(MAX_NOTE, { minLength: 1 }),
  applicant: lit(REFERRAL_APPLICANTS),
  applicationRoute: Text(MAX_NOTE, { minLength: 1 }),
  active: Type.Boolean(),
});
export type ReferralHousingBody = Static<typeof ReferralHousingBody>;

export const CaseReferral = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNumber: Type.String(),
  housingId: Nullable(Type.String()), housingName: Nullable(Type.String()),
  employer: Type.String({ description: '用人单位（只记单位，不记个人）' }),
  offered: Type.Integer({ minimum: 1 }), placed: Type.Integer({ minimum: 0 }), declined: Type.Integer({ minimum: 0 }), pending: Type.Integer({ minimum: 0 }),
  note: Nullable(Type.String()), recordedAt: DateTime(), updatedAt: DateTime(),
});
export type CaseReferral = Static<typeof CaseReferral>;

export const NewCaseReferralBody = Type.Object({
  housingId: Nullable(Id({ minLength: 1 })),
  employer: Text(MAX_NAME, { minLength: 1 }),
  offered: Type.Integer({ minimum: 1, maximum: 500 }),
  placed: Type.Integer({ minimum: 0, maximum: 500 }),
  declined: Type.Integer({ minimum: 0, maximum: 500 }),
  note: Type.Optional(Nullable(Text(MAX_NOTE))),
});
export type NewCaseReferralBody = Static<typeof NewCaseReferralBody>;

export const CaseReferralOutcomeBody = Type.Object({
  placed: Type.Integer({ minimum: 0, maximum: 500 }),
  declined: Type.Integer({ minimum: 0, maximum: 500 }),
  note: Type.Optional(Nullable(Text(MAX_NOTE))),
});

export const ReferralFiguresT = Type.Object({
  offered: Type.Integer({ minimum: 0 }), placed: Type.Integer({ minimum: 0 }), declined: Type.Integer({ minimum: 0 }),
  pending: Type.Integer({ minimum: 0 }), cases: Type.Integer({ minimum: 0 }), percentPlaced: Type.Integer({ minimum: 0, maximum: 100 }),
});
