// Plain inputs and outputs of an assessment run. Each deduction carries its
// evidence (the case, the task or the refusal record), so a unit that
// disputes a point can be shown exactly why.
import type { CaseSource } from '@sentinel/domain';
import type { BulletinPeriod } from '../bulletin/types.ts';
import type { AssessedRole, AssessmentRule, AssessmentRuleKind } from './rules.ts';

export interface AssessedUnit {
  readonly role: AssessedRole;
  /** e.g. `上钢一居委会`, `XX物业上钢分公司`. */
  readonly name: string;
}

/** A deadline a unit carried (核查期限, 限期整改 …). */
export interface AssessmentTask {
  readonly id: string;
  readonly caseId: string;
  readonly unit: AssessedUnit;
  /** What was due, e.g. `核查期限`. */
  readonly label: string;
  readonly dueDay: number;
  /** Day it was done; null while open. */
  readonly doneDay: number | null;
}

/** A confirmed group rental and the units responsible for its place. */
export interface AssessmentGroupRental {
  readonly caseId: string;
  readonly address: string;
  readonly confirmedDay: number;
  /** Channel it came in by: decides 主动发现 (isProactiveDiscovery of @sentinel/domain), as in the bulletin. */
  readonly source: CaseSource;
  /** How it was found, for the evidence text, e.g. `12345 热线`. */
  readonly foundBy: string;
  /** The neighbourhood committee of the address. */
  readonly committee: string | null;
  /** The property company of the compound. */
  readonly property: string | null;
}

/** A recorded refusal to cooperate (拒不配合), e.g. noted on a case step. */
export interface CooperationRefusal {
  readonly id: string;
  readonly caseId: string | null;
  readonly unit: AssessedUnit;
  readonly day: number;
  readonly note: string;
}

export interface AssessmentInput {
  readonly period: BulletinPeriod;
  /** Open tasks count as overdue once this day is past their due day; default period.toDay. */
  readonly asOfDay?: number;
  readonly rules: readonly AssessmentRule[];
  readonly tasks: readonly AssessmentTask[];
  readonly groupRentals: readonly AssessmentGroupRental[];
  readonly refusals: readonly CooperationRefusal[];
  /** Units to list even without deductions. */
  readonly units?: readonly AssessedUnit[];
  /** Score before deductions; default 100. */
  readonly baseScore?: number;
}

export interface DeductionEvidence {
  readonly caseId: string | null;
  readonly taskId: string | null;
  readonly refusalId: string | null;
  /** Chinese, e.g. `案件 C-12（汾西路261弄12号301室）核查期限应于2026年9月3日前完成，2026年9月7日完成，逾期`. */
  readonly description: string;
}

export interface Deduction {
  readonly ruleId: string;
  readonly ruleLabel: string;
  readonly kind: AssessmentRuleKind;
  readonly unit: AssessedUnit;
  readonly day: number;
  /** Points taken; 0 when the rule's cap was already reached (the occurrence is still listed). */
  readonly points: number;
  readonly capped: boolean;
  readonly evidence: DeductionEvidence;
}

export interface UnitAssessment {
  readonly unit: AssessedUnit;
  readonly deducted: number;
  readonly score: number;
  readonly deductions: number;
}

export interface AssessmentResult {
  readonly deductions: readonly Deduction[];
  /** Highest score first; ties by role then name. */
  readonly units: readonly UnitAssessment[];
}
