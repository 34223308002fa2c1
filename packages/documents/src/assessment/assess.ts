// Runs the assessment rules over a period: finds each occurrence, then takes
// points in day order until a rule's cap for a unit is reached.
import { unreportedGroupRental } from '@sentinel/domain';
import { formatChineseDate } from '../format/chinese-date.ts';
import type { AssessedRole, AssessmentRule } from './rules.ts';
import type { AssessedUnit, AssessmentInput, AssessmentResult, Deduction, DeductionEvidence, UnitAssessment } from './types.ts';

interface Occurrence {
  readonly unit: AssessedUnit;
  readonly day: number;
  readonly sortKey: string;
  readonly evidence: DeductionEvidence;
}

const within = (day: number, input: AssessmentInput): boolean => day >= input.period.fromDay && day <= input.period.toDay;
const unitKey = (u: AssessedUnit): string => `${u.role}\u0000${u.name}`;

function overdueTasks(input: AssessmentInput, rule: AssessmentRule): Occurrence[] {
  const asOf = input.asOfDay ?? input.period.toDay;
  return input.tasks
    .filter((t) => rule.appliesTo.includes(t.unit.role) && within(t.dueDay, input))
    .filter((t) => (t.doneDay === null ? asOf > t.dueDay : t.doneDay > t.dueDay))
    .map((t) => ({
      unit: t.unit,
      day: t.dueDay,
      sortKey: t.id,
      evidence: {
        caseId: t.caseId,
        taskId: t.id,
        refusalId: null,
        description:
          `案件 ${t.caseId} ${t.label}应于${formatChineseDate(t.dueDay)}前完成，` +
          (t.doneDay === null ? `截至${formatChineseDate(asOf)}尚未完成` : `${formatChineseDate(t.doneDay)}完成`) + '，逾期',
      },
    }));
}

/** The bulletin's definition, not a second one: confirmed in the period and not found proactively (came by 12345). */
function unreported(input: AssessmentInput, rule: AssessmentRule): Occurrence[] {
  const out: Occurrence[] = [];
  for (const g of input.groupRentals) {
    if (!unreportedGroupRental(g, input.period)) continue;
    for (const role of rule.appliesTo) {
      const name = role === 'committee' ? g.committee : g.property;
      if (name === null || name.trim() === '') continue;
      out.push({
        unit: { role, name },
        day: g.confirmedDay,
        sortKey: g.caseId,
        evidence: {
          caseId: g.caseId,
          taskId: null,
          refusalId: null,
          description: `案件 ${g.caseId}（${g.address}）经${g.foundBy}反映，${formatChineseDate(g.confirmedDay)}认定为群租，${name}未主动发现上报`,
        },
      });
    }
  }
  return out;
}

function refusals(input: AssessmentInput, rule: AssessmentRule): Occurrence[] {
  return input.refusals
    .filter((r) => rule.appliesTo.includes(r.unit.role) && within(r.day, input))
    .map((r) => ({
      unit: r.unit,
      day: r.day,
      sortKey: r.id,
      evidence: {
        caseId: r.caseId,
        taskId: null,
        refusalId: r.id,
        description: `${formatChineseDate(r.day)}${r.caseId ? `（案件 ${r.caseId}）` : ''}：${r.note}`,
      },
    }));
}

const FINDERS = { overdue_task: overdueTasks, unreported_group_rental: unreported, refused_cooperation: refusals } as const;

const ROLE_ORDER: Record<AssessedRole, number> = { committee: 0, property: 1 };

/** Deductions with their evidence, and each unit's score, for one period. */
export function assess(input: AssessmentInput): AssessmentResult {
  const base = input.baseScore ?? 100;
  const deductions: Deduction[] = [];
  for (const rule of input.rules) {
    const occurrences = FINDERS[rule.kind](input, rule).sort((a, b) => a.day - b.day || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const taken = new Map<string, number>();
    for (const o of occurrences) {
      const key = unitKey(o.unit);
      const so = taken.get(key) ?? 0;
      const room = rule.maxPointsPerUnit === null ? rule.pointsEach : Math.max(0, Math.min(rule.pointsEach, rule.maxPointsPerUnit - so));
      taken.set(key, so + room);
      deductions.push({ ruleId: rule.id, ruleLabel: rule.label, kind: rule.kind, unit: o.unit, day: o.day, points: room, capped: room < rule.pointsEach, evidence: o.evidence });
    }
  }

  const units = new Map<string, { unit: AssessedUnit; deducted: number; deductions: number }>();
  const touch = (u: AssessedUnit) => {
    const key = unitKey(u);
    if (!units.has(key)) units.set(key, { unit: u, deducted: 0, deductions: 0 });
    return units.get(key) as { unit: AssessedUnit; deducted: number; deductions: number };
  };
  for (const u of input.units ?? []) touch(u);
  for (const d of deductions) {
    const entry = touch(d.unit);
    entry.deducted += d.points;
    entry.deductions += 1;
  }
  const scored: UnitAssessment[] = [...units.values()].map((u) => ({ ...u, score: base - u.deducted }));
  scored.sort((a, b) => b.score - a.score || ROLE_ORDER[a.unit.role] - ROLE_ORDER[b.unit.role] || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  return { deductions, units: scored };
}
