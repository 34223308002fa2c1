// Bulletins (工作通报), the annual assessment (考核) and the document
// templates (文书模板) as the admin edits them.
import { Type, type Static } from '@sinclair/typebox';
import { DOCUMENT_ISSUERS, DOCUMENT_KINDS } from '@sentinel/domain';
import { Day, lit, Nullable, Text } from './kit.ts';
import { MAX_LABEL } from './limits.ts';
import { ReferralFiguresT } from './referral.ts';

export const Rate = Type.Object({ numerator: Type.Integer(), denominator: Type.Integer(), rate: Nullable(Type.Number({ description: '0..1；分母为 0 时为 null' })) });
export type Rate = Static<typeof Rate>;
export const DaysSummary = Type.Object({ count: Type.Integer(), median: Nullable(Type.Number()), mean: Nullable(Type.Number()) });
export type DaysSummary = Static<typeof DaysSummary>;

export const BulletinFigures = Type.Object({
  discovered: Type.Integer({ description: '发现疑似群租' }),
  confirmed: Type.Integer({ description: '认定群租' }),
  proactiveDiscovery: Rate,
  disposal: Rate,
  visibility: Rate,
  relapse: Rate,
  onsetToDiscoveryDays: DaysSummary,
  discoveryToRectificationDays: DaysSummary,
  alertsRaised: Type.Integer({ description: '数字吹哨预警' }),
  alertConfirmation: Rate,
  complaints12345: Type.Integer({ description: '12345 群租投诉' }),
});
export type BulletinFigures = Static<typeof BulletinFigures>;

export const NeighborhoodFigures = Type.Object({
  neighborhood: Type.String(), figures: BulletinFigures, score: Type.Number({ description: '0..100' }), rank: Type.Integer({ description: '1 = 最好' }),
});
export type NeighborhoodFigures = Static<typeof NeighborhoodFigures>;

export const Bulletin = Type.Object({
  jurisdiction: Type.String(),
  from: Type.String(),
  to: Type.String(),
  bulletin: Type.Object({
    period: Type.Object({ fromDay: Type.Integer(), toDay: Type.Integer() }),
    overall: BulletinFigures,
    neighborhoods: Type.Array(NeighborhoodFigures),
    /** 疏堵结合: cleared tenants offered a referral bed in the period, and placed. */
    referral: ReferralFiguresT,
  }),
  /** Month by month up to the period's end (认定, 认定后已整改), oldest first. */
  history: Type.Array(Type.Object({ month: Type.String(), label: Type.String(), discovered: Type.Integer(), confirmed: Type.Integer(), disposed: Type.Integer() })),
  /** 发文机关 of the bulletin (the subdistrict office). */
  issuingUnit: Type.String(),
  /** Set once the bulletin of this period and scope was issued (POST /api/bulletins/issue). */
  issued: Nullable(Type.Object({ documentNumber: Type.String(), issuedAt: Type.String(), issuedByName: Type.String() })),
});
export type Bulletin = Static<typeof Bulletin>;

/** A bulletin's period: both ends included. */
export const BulletinQuery = Type.Object({
  from: Day('统计起始日（含）'),
  to: Day('统计截止日（含）'),
  neighborhood: Type.Optional(Text(MAX_LABEL, { description: '只统计一个居民区' })),
});
export type BulletinQuery = Static<typeof BulletinQuery>;

export const BULLETIN_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

export const AssessmentUnit = Type.Object({ role: Type.String(), name: Type.String() });
export type AssessmentUnit = Static<typeof AssessmentUnit>;

export const Deduction = Type.Object({
  ruleId: Type.String(), ruleLabel: Type.String(), kind: Type.String(), unit: AssessmentUnit,
  day: Type.Integer({ description: '上海日序号' }), points: Type.Number(), capped: Type.Boolean({ description: '已达该规则年度上限' }),
  evidence: Type.Object({ caseId: Nullable(Type.String()), taskId: Nullable(Type.String()), refusalId: Nullable(Type.String()), description: Type.String() }),
});
export type Deduction = Static<typeof Deduction>;

export const Assessment = Type.Object({
  year: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  asOf: Type.String(),
  deductions: Type.Array(Deduction),
  units: Type.Array(Type.Object({ unit: AssessmentUnit, deducted: Type.Number(), score: Type.Number(), deductions: Type.Integer() })),
});
export type Assessment = Static<typeof Assessment>;

export const DocumentKindT = lit(DOCUMENT_KINDS, '文书类型');

/** A {{placeholder}} a template may use; a list field's entries have sub-fields written {{row.x}}. */
export const TemplateField = Type.Object({
  name: Type.String(), label: Type.String(),
  rowFields: Type.Array(Type.Object({ name: Type.String(), label: Type.String() })),
});
export type TemplateField = Static<typeof TemplateField>;

export const TemplateView = Type.Object({
  kind: Type.String(), kindLabel: Type.String(), isDefault: Type.Boolean(),
  template: Type.Object({}, { additionalProperties: true }),
  updatedBy: Nullable(Type.String()), updatedAt: Nullable(Type.String()),
  fields: Type.Array(TemplateField, { description: '模板可用的占位符及其中文含义' }),
});
export type TemplateView = Static<typeof TemplateView>;

/** A document issued on a case (POST once; every download gives the same one). */
export const IssuedDocument = Type.Object({
  kind: DocumentKindT,
  kindLabel: Type.String(),
  documentNumber: Type.String({ description: '文号' }),
  issuingUnit: Type.String({ description: '发文机关' }),
  issuedAt: Type.String({ description: 'ISO 8601' }),
  issuedByName: Type.String({ description: '出具人' }),
  /** false when the POST found it already issued and returned the existing one. */
  created: Type.Boolean(),
});
export type IssuedDocument = Static<typeof IssuedDocument>;

export const DocumentIssuerT = lit(DOCUMENT_ISSUERS, '发文机关：subdistrict_office 街道办事处、enforcement_squad 综合执法队');

/** Who issues each kind of document in the administrator's subdistrict. */
export const DocumentIssuerSetting = Type.Object({
  kind: DocumentKindT,
  kindLabel: Type.String(),
  issuer: DocumentIssuerT,
  issuingUnit: Type.String({ description: '打印的发文机关全称' }),
  isDefault: Type.Boolean(),
});
export type DocumentIssuerSetting = Static<typeof DocumentIssuerSetting>;
