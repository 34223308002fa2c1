// 三级动态管理: the weekly patrol plan, the completed visit that feeds the
// grade back, and a dwelling's grade log.
import { Type, type Static } from '@sinclair/typebox';
import { ALERT_LEVELS, PATROL_FINDINGS } from '@sentinel/domain';
import { Day, Id, lit, Nullable, Text } from './kit.ts';
import { MAX_NOTE } from './limits.ts';

const Grade = lit(ALERT_LEVELS, 'red 红 / yellow 黄 / green 绿');

export const PatrolPlanItemT = Type.Object({
  houseId: Type.String(), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  grade: Grade, gradeLabel: Type.String(), rhythm: Type.String({ description: '核查频次' }), reasons: Type.Array(Type.String()),
  kind: lit(['overdue', 'due', 'relapse_watch'] as const, 'overdue 逾期未查 / due 本周到期 / relapse_watch 回潮重点'),
  dueDay: Type.String(), overdueDays: Type.Integer({ minimum: 0 }), lastVisitDay: Nullable(Type.String()),
});

export const PatrolPlanT = Type.Object({
  weekStart: Type.String(), weekEnd: Type.String(),
  graded: Type.Object({ red: Type.Integer(), yellow: Type.Integer(), green: Type.Integer() }, { description: '辖区内在管房屋按等级' }),
  items: Type.Array(PatrolPlanItemT),
});

export const PatrolPlanQuery = Type.Object({ week: Type.Optional(Day('该周内任一天（默认本周）')) });

export const PatrolVisitBody = Type.Object({
  houseId: Id({ minLength: 1 }),
  finding: lit(PATROL_FINDINGS, 'normal 正常 / suspected 疑似群租迹象 / group_rental 发现群租情形 / no_access 未能入户'),
  occupants: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 200 }))),
  note: Type.Optional(Nullable(Text(MAX_NOTE))),
});
export type PatrolVisitBody = Static<typeof PatrolVisitBody>;

export const PatrolVisitResultT = Type.Object({
  visitId: Type.String(), grade: Grade, gradeLabel: Type.String(), reasons: Type.Array(Type.String()),
  explanation: Type.String({ description: '等级变化说明' }),
});

export const GradeLogEntryT = Type.Object({
  at: Type.String(), fromGrade: Nullable(Grade), toGrade: Grade, explanation: Type.String(), visitId: Nullable(Type.String()),
});

export type PatrolPlan = Static<typeof PatrolPlanT>;
export type PatrolPlanItem = PatrolPlan['items'][number];
export type PatrolVisitResult = Static<typeof PatrolVisitResultT>;
export type GradeLogEntry = Static<typeof GradeLogEntryT>;
