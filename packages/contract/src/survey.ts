// 宣传摸底 (双清 plan phase 1): survey campaigns, the dwellings each must
// visit, the visits (division and use of the flat, the people met, the
// 《群租法律风险告知书》 served with its photo) and progress per 居民区 and unit.
import { Type, type Static } from '@sinclair/typebox';
import { DWELLING_USES, INTERVIEW_PARTIES, SURVEY_OUTCOMES, SURVEY_TARGET_REASONS, SURVEY_TARGET_STATES } from '@sentinel/domain';
import { DateTime, Day, Id, lit, NameText, Nullable, Text } from './kit.ts';
import { MAX_ITEMS, MAX_NAME, MAX_NOTE } from './limits.ts';

export const SurveyCampaign = Type.Object({
  id: Type.String(), name: Type.String(), subdistrict: Type.String(),
  neighborhoods: Type.Array(Type.String(), { description: '覆盖的居民区；空表示全街道' }),
  startDay: Day('摸排开始日'), endDay: Day('摸排截止日'), createdAt: DateTime(),
  targets: Type.Integer({ minimum: 0, description: '应走访房屋数（辖区内）' }),
});
export type SurveyCampaign = Static<typeof SurveyCampaign>;

export const NewSurveyCampaignBody = Type.Object({
  name: Text(MAX_NAME, { minLength: 1, description: '专项名称，如 2026年宣传摸底' }),
  startDay: Day('摸排开始日'), endDay: Day('摸排截止日'),
  neighborhoods: Type.Array(Text(MAX_NAME, { minLength: 1 }), { maxItems: MAX_ITEMS, description: '覆盖的居民区；空表示全街道' }),
});
export type NewSurveyCampaignBody = Static<typeof NewSurveyCampaignBody>;

export const SurveyVisit = Type.Object({
  id: Type.String(), houseId: Type.String(), visitedAt: DateTime(), visitorUnit: Type.String(),
  outcome: lit(SURVEY_OUTCOMES, 'surveyed 已摸排（出租） / not_rented 未出租 / no_access 未能入户'),
  use: Nullable(lit(DWELLING_USES)),
  originalRooms: Nullable(Type.Integer()), currentRooms: Nullable(Type.Integer()), occupants: Nullable(Type.Integer()),
  partitioned: Nullable(Type.Boolean({ description: '现有房间数多于原始房间数' })),
  relapseWatch: Type.Boolean({ description: '重点关注：反复回潮点位' }),
  noticeServed: Type.Boolean({ description: '已送达《群租法律风险告知书》' }),
  noticePhotoId: Nullable(Type.String({ description: '送达照片（本房屋的附件）；保留期满删除后为 null' })),
  note: Nullable(Type.String()),
  suspectedGroupRental: Type.Boolean({ description: '走访所见已符合群租认定标准之一（疑似群租，转入集中整治）' }),
});
export type SurveyVisit = Static<typeof SurveyVisit>;

export const SurveyVisitParty = Type.Object({
  kind: lit(INTERVIEW_PARTIES, 'owner 业主 / sublessor 转租人（二房东） / tenant 承租人'),
  name: NameText({ minLength: 1, maxLength: 40, description: '姓名（不得填写身份证号）' }),
  phone: Type.Optional(Nullable(Text(40))),
  idLast4: Type.Optional(Nullable(Text(4))),
});

export const SurveyVisitBody = Type.Object({
  houseId: Id({ minLength: 1 }),
  outcome: lit(SURVEY_OUTCOMES),
  use: Type.Optional(Nullable(lit(DWELLING_USES, '整套出租 / 合租 / 按间 / 按床位 / 自住 / 空置'))),
  originalRooms: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 50 }))),
  currentRooms: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 50 }))),
  occupants: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 200 }))),
  relapseWatch: Type.Boolean(),
  noticeServed: Type.Boolean(),
  noticePhotoId: Type.Optional(Nullable(Id({ minLength: 1 }))),
  note: Type.Optional(Nullable(Text(MAX_NOTE))),
  parties: Type.Array(SurveyVisitParty, { maxItems: 30, description: '走访所见的业主、转租人、承租人（登记入一户一档，默认脱敏）' }),
});
export type SurveyVisitBody = Static<typeof SurveyVisitBody>;

export const SurveyTarget = Type.Object({
  houseId: Type.String(), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  reasons: Type.Array(lit(SURVEY_TARGET_REASONS), { description: '列入原因：登记出租 / 租赁备案 / 数字吹哨预警 / 投诉举报' }),
  state: lit(SURVEY_TARGET_STATES, 'pending 待走访 / no_access 未能入户 / surveyed 已摸排 / not_rented 未出租'),
  noticeServed: Type.Boolean(), visits: Type.Integer({ minimum: 0 }),
  lastVisit: Nullable(SurveyVisit),
});
export type SurveyTarget = Static<typeof SurveyTarget>;

export const SurveyTargetQuery = Type.Object({
  neighborhood: Type.Optional(Text(MAX_NAME)),
  state: Type.Optional(lit(SURVEY_TARGET_STATES)),
});

export const SurveyProgressRow = Type.Object({
  group: Type.String(), targets: Type.Integer({ minimum: 0 }), done: Type.Integer({ minimum: 0 }), noAccess: Type.Integer({ minimum: 0 }),
  pending: Type.Integer({ minimum: 0 }), noticeServed: Type.Integer({ minimum: 0 }),
  percentDone: Type.Integer({ minimum: 0, maximum: 100 }), percentServed: Type.Integer({ minimum: 0, maximum: 100 }),
});
export type SurveyProgressRow = Static<typeof SurveyProgressRow>;

export const SurveyProgress = Type.Object({
  campaign: SurveyCampaign,
  byNeighborhood: Type.Array(SurveyProgressRow, { description: '按居民区（居委会）' }),
  byUnit: Type.Array(SurveyProgressRow, { description: '按物业公司（所管小区）' }),
  total: SurveyProgressRow,
});
export type SurveyProgress = Static<typeof SurveyProgress>;

export const SurveyRefreshResult = Type.Object({ added: Type.Integer({ minimum: 0 }), targets: Type.Integer({ minimum: 0 }) });
