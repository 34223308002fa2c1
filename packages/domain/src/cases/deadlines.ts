// The deadlines a case carries, with their defaults. Working-day deadlines
// follow the rule in ../calendar/working-days.ts (the N-th working day after
// the day the step happened). Defaults come from the 双清 plan: notices give
// "一般五日内", an interview "一般三日内"; the others are this platform's
// choice and can be changed per subdistrict through CasePolicy.
import type { AlertLevel } from '../enums.ts';
import { REVISIT_INTERVAL_DAYS } from '../grading/revisits.ts';

export const DEADLINE_KINDS = ['verification', 'joint_visit', 'rectification', 'interview_rectification', 'revisit'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  verification: '核查期限',
  joint_visit: '联合上门期限',
  rectification: '限期整改期限',
  interview_rectification: '约谈整改期限',
  revisit: '下次回头看',
};

export type DeadlineUnit = 'working_days' | 'calendar_days';

export const DEADLINE_UNITS: Record<DeadlineKind, DeadlineUnit> = {
  verification: 'working_days',
  joint_visit: 'working_days',
  rectification: 'working_days',
  interview_rectification: 'working_days',
  // Revisits are a rhythm, in calendar days (see ../grading/revisits.ts).
  revisit: 'calendar_days',
};

export interface CasePolicy {
  /** Length of each deadline, in its unit (DEADLINE_UNITS). */
  readonly deadlineDays: Readonly<Record<DeadlineKind, number>>;
  /** Clean 回头看 visits needed before a case may be closed. */
  readonly minCleanRevisitsToClose: number;
  /** Upper bound a dispatcher may choose for the verification deadline. */
  readonly maxDispatchWorkingDays: number;
}

/** Grade of a rectified dwelling under watch (黄色); sets the revisit rhythm. */
const UNDER_WATCH: AlertLevel = 'yellow';

export const DEFAULT_CASE_POLICY: CasePolicy = {
  deadlineDays: {
    verification: 3,
    joint_visit: 5,
    rectification: 5,
    interview_rectification: 3,
    revisit: REVISIT_INTERVAL_DAYS[UNDER_WATCH],
  },
  // Three clean monthly visits: a quarter without relapse ("零回潮").
  minCleanRevisitsToClose: 3,
  maxDispatchWorkingDays: 30,
};

export interface CaseDeadline {
  readonly kind: DeadlineKind;
  /** Shanghai day number; the deadline is the end of that day. */
  readonly dueDay: number;
  /** Shanghai day number it was counted from. */
  readonly fromDay: number;
}
