// 待办 of the signed-in person: open cases of the jurisdiction sorted into
// "awaiting my step", "due within the next 2 working days" and "overdue"
// (todo-rules.ts decides which concern whom), and the red alerts of the
// latest run that are new (not red in the run before) and have no case yet.
import { listCaseEvents, listCaseRows, latestSucceededRuns, listRunAlerts, type CaseListRow, type CaseEventRow } from '@sentinel/db';
import {
  CASE_ACTION_LABELS, CASE_STATE_LABELS, CASE_STATES, CalendarYearNotCoveredError, DEADLINE_KIND_LABELS, TERMINAL_CASE_STATES, dayOfWeek, dayToIso,
  shanghaiDay, type WorkingCalendar,
} from '@sentinel/domain';
import type { TodoAlert, TodoCase, TodoList } from '@sentinel/contract';
import { can, requirePermission } from '../auth/permissions.ts';
import { calendarFor } from '../calendar/working-calendar.ts';
import { seesHouseholdDetail } from '../auth/property-view.ts';
import type { ServiceContext } from '../context.ts';
import { toSnapshot } from '../cases/snapshot-store.ts';
import { deadlineBucket, stepsAwaiting, watchesDeadline } from './todo-rules.ts';

/** How far ahead "即将到期" looks, in working days (the "next 2 working days"). */
export const TODO_HORIZON_WORKING_DAYS = 2;
/** A jurisdiction's open cases are a few hundred; this bounds one answer. */
const MAX_OPEN_CASES = 5000;
const MAX_ALERTS_LISTED = 100;

const OPEN_STATES = CASE_STATES.filter((s) => !TERMINAL_CASE_STATES.includes(s));

/** The n-th working day after today; Monday–Friday when the calendar does not cover the year yet. */
function horizonOf(calendar: WorkingCalendar, today: number, n: number): number {
  try {
    return calendar.addWorkingDays(today, n);
  } catch (e) {
    if (!(e instanceof CalendarYearNotCoveredError)) throw e;
    let day = today;
    for (let left = n; left > 0;) { day += 1; const w = dayOfWeek(day); if (w >= 1 && w <= 5) left -= 1; }
    return day;
  }
}

function toTodoCase(r: CaseListRow, events: readonly CaseEventRow[], steps: readonly (keyof typeof CASE_ACTION_LABELS)[]): TodoCase {
  const c = r.case;
  return {
    id: c.id, number: c.caseNumber, houseId: c.houseId, address: r.address, neighborhood: r.neighborhood, state: c.state, stateLabel: CASE_STATE_LABELS[c.state],
    assignee: c.assigneeRole && c.assigneeUnit ? { role: c.assigneeRole, unitName: c.assigneeUnit, personName: assigneePerson(events, c.id) } : null,
    dueDate: c.deadlineDueDay === null ? null : dayToIso(c.deadlineDueDay),
    deadlineLabel: c.deadlineKind ? DEADLINE_KIND_LABELS[c.deadlineKind] : null,
    steps: [...steps], stepLabels: steps.map((a) => CASE_ACTION_LABELS[a]),
  };
}

/** The person named by the latest 派单 / 改派 of the case, if the dispatcher picked one. */
function assigneePerson(events: readonly CaseEventRow[], caseId: string): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.caseId !== caseId || !e.evidence.assignee) continue;
    return (e.evidence.assignee as { personName?: string }).personName ?? null;
  }
  return null;
}

async function newRedAlerts(ctx: ServiceContext): Promise<Pick<TodoList, 'redAlerts' | 'redAlertsTotal' | 'alertRun'>> {
  if (!can(ctx.user.role, 'alert.view')) return { redAlerts: [], redAlertsTotal: 0, alertRun: null };
  const runs = await latestSucceededRuns(ctx.db, ctx.user.jurisdiction.subdistrict, 2); // this subdistrict's runs (one job each per day)
  if (runs.length === 0) return { redAlerts: [], redAlertsTotal: 0, alertRun: null };
  const filter = { scope: ctx.user.jurisdiction, levels: ['red' as const] };
  const page = { limit: MAX_OPEN_CASES, offset: 0 };
  const latest = (await listRunAlerts(ctx.db, runs[0].id, filter, page)).rows;
  const wasRed = new Set(runs[1] ? (await listRunAlerts(ctx.db, runs[1].id, filter, page)).rows.map((a) => a.houseId) : []);
  const fresh = latest.filter((a) => a.openCaseId === null && !wasRed.has(a.houseId));
  const redAlerts: TodoAlert[] = fresh.slice(0, MAX_ALERTS_LISTED)
    .map((a) => ({ houseId: a.houseId, address: a.address, neighborhood: a.neighborhood, community: a.community, rank: a.rank, score: a.score }));
  return { redAlerts, redAlertsTotal: fresh.length, alertRun: { id: runs[0].id, asOfDay: runs[0].asOfDay } };
}

export async function listTodo({ ctx }: { ctx: ServiceContext; input?: undefined }): Promise<TodoList> {
  requirePermission(ctx, 'case.view');
  const now = ctx.now();
  const today = shanghaiDay(now);
  const horizon = horizonOf(await calendarFor(ctx), today, TODO_HORIZON_WORKING_DAYS);
  // A property company's list holds only the tasks assigned to it (docs/roles.md, 各角色可见的数据).
  const assigneeUnit = seesHouseholdDetail(ctx) ? undefined : ctx.user.unitName;
  const { rows } = await listCaseRows(ctx.db, { scope: ctx.user.jurisdiction, states: OPEN_STATES, assigneeUnit }, { limit: MAX_OPEN_CASES, offset: 0 });
  const events = await listCaseEvents(ctx.db, rows.map((r) => r.case.id));
  const byCase = new Map<string, CaseEventRow[]>();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);

  const awaiting: TodoCase[] = [];
  const dueSoon: TodoCase[] = [];
  const overdue: TodoCase[] = [];
  const counted = new Set<string>();
  for (const r of rows) {
    const own = byCase.get(r.case.id) ?? [];
    const snapshot = toSnapshot(r.case, own);
    const steps = stepsAwaiting(snapshot, ctx.user);
    const bucket = watchesDeadline(snapshot, ctx.user) ? deadlineBucket(r.case.deadlineDueDay, today, horizon) : null;
    if (steps.length === 0 && bucket === null) continue;
    const item = toTodoCase(r, own, steps);
    if (steps.length > 0) awaiting.push(item);
    if (bucket === 'overdue') overdue.push(item);
    if (bucket === 'due_soon') dueSoon.push(item);
    counted.add(r.case.id);
  }
  const byDue = (a: TodoCase, b: TodoCase) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.number.localeCompare(b.number);
  const alerts = await newRedAlerts(ctx);
  return {
    today: dayToIso(today), horizonDate: dayToIso(horizon), count: counted.size + alerts.redAlertsTotal,
    awaiting: awaiting.sort(byDue), dueSoon: dueSoon.sort(byDue), overdue: overdue.sort(byDue), ...alerts,
  };
}
