// 年度考核: deductions of neighbourhood committees and property companies for
// one year, computed with the pure assess() from the database — the deadlines
// of their cases (a deadline is met by the next step taken on the case), the
// group rentals confirmed in their area that were not found proactively (the
// bulletin's 主动发现, one definition in @sentinel/domain), and the
// refusals to cooperate recorded against them (withdrawn ones do not count).
// Each deduction names the case (and the task or refusal) it comes from.
import {
  listCaseEvents, listCooperationRefusalRows, listScopedCases, listScopedNeighborhoods, listUserRows,
  type CaseEventRow, type CooperationRefusalListRow, type ScopedCaseRow,
} from '@sentinel/db';
import {
  assess, DEFAULT_ASSESSMENT_RULES,
  type AssessedRole, type AssessedUnit, type AssessmentGroupRental, type AssessmentResult, type AssessmentTask, type CooperationRefusal,
} from '@sentinel/documents';
import { CASE_SOURCE_LABELS, dayToIso, DEADLINE_KIND_LABELS, isoToDay, shanghaiDay, type Assignee, type CaseSource } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { committeeUnitName } from '../users/unit-names.ts';

export interface AssessmentReport extends AssessmentResult {
  readonly year: number;
  readonly from: string;
  readonly to: string;
  /** Open deadlines count as overdue once this day (today, or the year's end) is past them. */
  readonly asOf: string;
}

/** Grid workers are the committee's micro-grid: their deadlines are the committee's. */
function assessedUnit(a: Assignee | null): AssessedUnit | null {
  if (!a) return null;
  if (a.role === 'committee' || a.role === 'grid_worker') return { role: 'committee', name: a.unitName };
  if (a.role === 'property') return { role: 'property', name: a.unitName };
  return null;
}

/** Each deadline set on the case, carried by the unit assigned at that moment, done on the day of the next step. */
export function tasksOfCase(caseId: string, events: readonly CaseEventRow[]): AssessmentTask[] {
  const steps = events.filter((e) => e.kind === 'transition');
  const tasks: AssessmentTask[] = [];
  let assignee: Assignee | null = null;
  steps.forEach((e, i) => {
    if (e.evidence.assignee) assignee = e.evidence.assignee;
    const unit = assessedUnit(assignee);
    if (!e.deadline || !unit) return;
    const next = steps[i + 1];
    tasks.push({
      id: `${caseId}#${e.seq}`, caseId, unit, label: DEADLINE_KIND_LABELS[e.deadline.kind],
      dueDay: e.deadline.dueDay, doneDay: next ? shanghaiDay(next.at.getTime()) : null,
    });
  });
  return tasks;
}

function groupRental(r: ScopedCaseRow, events: readonly CaseEventRow[], properties: ReadonlyMap<string, string>): AssessmentGroupRental | null {
  const confirm = events.find((e) => e.kind === 'transition' && e.toState === 'confirmed');
  if (!confirm) return null;
  return {
    caseId: r.case.id, address: r.address, confirmedDay: shanghaiDay(confirm.at.getTime()),
    source: r.case.source as CaseSource,
    foundBy: CASE_SOURCE_LABELS[r.case.source],
    committee: committeeUnitName(r.neighborhood),
    property: properties.get(r.community) ?? null,
  };
}

function refusal(r: CooperationRefusalListRow): CooperationRefusal {
  const x = r.refusal;
  // The table's check constraint admits only the two assessed roles.
  return { id: x.id, caseId: x.caseId, unit: { role: x.unitRole as AssessedRole, name: x.unitName }, day: isoToDay(x.day), note: x.note };
}

export async function getAssessment({ ctx, input }: { ctx: ServiceContext; input: { year: number } }): Promise<AssessmentReport> {
  requirePermission(ctx, 'assessment.view');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2999) throw invalidInput(`考核年度 ${input.year} 不合理。（字段 year）`);
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const period = { fromDay: isoToDay(from), toDay: isoToDay(to) };
  const asOfDay = Math.min(period.toDay, shanghaiDay(ctx.now()));
  const scope = ctx.user.jurisdiction;
  const [rows, neighborhoods, users] = await Promise.all([listScopedCases(ctx.db, scope, null), listScopedNeighborhoods(ctx.db, scope, null), listUserRows(ctx.db)]);
  // A compound's property company: the unit of the property users who manage it.
  const properties = new Map<string, string>();
  for (const u of users) if (u.role === 'property') for (const c of u.scopeCommunities ?? []) properties.set(c, u.unitName);
  const events = await listCaseEvents(ctx.db, rows.map((r) => r.case.id));
  const refusals = (await listCooperationRefusalRows(ctx.db, { scope, fromDay: from, toDay: to, includeWithdrawn: false })).map(refusal);
  const eventsOf = new Map<string, CaseEventRow[]>();
  for (const e of events) {
    const list = eventsOf.get(e.caseId);
    if (list) list.push(e); else eventsOf.set(e.caseId, [e]);
  }
  const tasks = rows.flatMap((r) => tasksOfCase(r.case.id, eventsOf.get(r.case.id) ?? []));
  const groupRentals = rows.flatMap((r) => groupRental(r, eventsOf.get(r.case.id) ?? [], properties) ?? []);
  const units: AssessedUnit[] = [
    ...neighborhoods.map((n) => ({ role: 'committee' as const, name: committeeUnitName(n) })),
    // Property companies of the compounds that have cases in scope (the register holds no company list).
    ...[...new Set(rows.flatMap((r) => properties.get(r.community) ?? []))].map((name) => ({ role: 'property' as const, name })),
  ];
  const result = assess({ period, asOfDay, rules: DEFAULT_ASSESSMENT_RULES, tasks, groupRentals, refusals, units });
  return { ...result, year: input.year, from, to, asOf: dayToIso(asOfDay) };
}
