// Response schemas of the bulletin, the assessment and the template admin.
import { Type } from '@sinclair/typebox';
import { Nullable as N } from './loop-schemas.ts';

const RateT = Type.Object({ numerator: Type.Integer(), denominator: Type.Integer(), rate: N(Type.Number({ description: '0..1；分母为 0 时为 null' })) });
const DaysT = Type.Object({ count: Type.Integer(), median: N(Type.Number()), mean: N(Type.Number()) });

export const FiguresT = Type.Object({
  discovered: Type.Integer({ description: '发现疑似群租' }),
  confirmed: Type.Integer({ description: '认定群租' }),
  proactiveDiscovery: RateT,
  disposal: RateT,
  visibility: RateT,
  relapse: RateT,
  onsetToDiscoveryDays: DaysT,
  discoveryToRectificationDays: DaysT,
  alertsRaised: Type.Integer({ description: '数字吹哨预警' }),
  alertConfirmation: RateT,
  complaints12345: Type.Integer({ description: '12345 群租投诉' }),
});

export const BulletinT = Type.Object({
  jurisdiction: Type.String(),
  from: Type.String(),
  to: Type.String(),
  bulletin: Type.Object({
    period: Type.Object({ fromDay: Type.Integer(), toDay: Type.Integer() }),
    overall: FiguresT,
    neighborhoods: Type.Array(Type.Object({ neighborhood: Type.String(), figures: FiguresT, score: Type.Number(), rank: Type.Integer() })),
  }),
});

const UnitT = Type.Object({ role: Type.String(), name: Type.String() });
export const AssessmentT = Type.Object({
  year: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  asOf: Type.String(),
  deductions: Type.Array(Type.Object({
    ruleId: Type.String(), ruleLabel: Type.String(), kind: Type.String(), unit: UnitT, day: Type.Integer(), points: Type.Number(), capped: Type.Boolean(),
    evidence: Type.Object({ caseId: N(Type.String()), taskId: N(Type.String()), refusalId: N(Type.String()), description: Type.String() }),
  })),
  units: Type.Array(Type.Object({ unit: UnitT, deducted: Type.Number(), score: Type.Number(), deductions: Type.Integer() })),
});

export const TemplateViewT = Type.Object({
  kind: Type.String(), kindLabel: Type.String(), isDefault: Type.Boolean(),
  template: Type.Object({}, { additionalProperties: true }),
  updatedBy: N(Type.String()), updatedAt: N(Type.String()),
});
