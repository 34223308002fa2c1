// 待办: what waits for the signed-in person — cases awaiting their step,
// deadlines within the next working days, overdue cases, new red alerts in
// their jurisdiction — and the count the menu badge shows.
import { Type, type Static } from '@sinclair/typebox';
import { CASE_ACTIONS, CASE_STATES } from '@sentinel/domain';
import { Day, lit, Nullable } from './kit.ts';
import { RoleT } from './users.ts';

export const TodoCase = Type.Object({
  id: Type.String(),
  number: Type.String({ description: '案件编号' }),
  houseId: Type.String(),
  address: Type.String(),
  neighborhood: Type.String(),
  state: lit(CASE_STATES),
  stateLabel: Type.String(),
  assignee: Nullable(Type.Object({ role: RoleT, unitName: Type.String(), personName: Nullable(Type.String({ description: '指定承办人' })) })),
  dueDate: Nullable(Day('期限 YYYY-MM-DD')),
  deadlineLabel: Nullable(Type.String({ description: '期限种类，如 核查期限' })),
  steps: Type.Array(lit(CASE_ACTIONS), { description: '待我办理的步骤' }),
  stepLabels: Type.Array(Type.String()),
});
export type TodoCase = Static<typeof TodoCase>;

export const TodoAlert = Type.Object({
  houseId: Type.String(),
  address: Type.String(),
  neighborhood: Type.String(),
  community: Type.String(),
  rank: Type.Integer(),
  score: Type.Number(),
});
export type TodoAlert = Static<typeof TodoAlert>;

export const TodoList = Type.Object({
  today: Day('今天（上海时间）'),
  horizonDate: Day('“即将到期”统计到的日期：今天起第 2 个工作日'),
  count: Type.Integer({ minimum: 0, description: '待办总数（菜单角标）：不重复的案件数 + 新红色预警数' }),
  awaiting: Type.Array(TodoCase, { description: '待我办理' }),
  dueSoon: Type.Array(TodoCase, { description: '2 个工作日内到期' }),
  overdue: Type.Array(TodoCase, { description: '已超期' }),
  redAlerts: Type.Array(TodoAlert, { description: '辖区内新红色预警（尚未立案；上一批次不是红色）' }),
  redAlertsTotal: Type.Integer({ minimum: 0 }),
  alertRun: Nullable(Type.Object({ id: Type.String(), asOfDay: Type.String() })),
});
export type TodoList = Static<typeof TodoList>;
