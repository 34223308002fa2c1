// A case as the domain sees it: its current state plus the full history of
// steps that led there. Snapshots are immutable values; applyTransition
// returns a new one.
import { COMPLAINT_CHANNELS } from '../enums.ts';
import type { ChecklistAnswers } from '../criteria/checklist.ts';
import type { Role } from '../roles/roles.ts';
import type { CaseAction } from './actions.ts';
import type { CaseDeadline } from './deadlines.ts';
import type { Assignee, TransitionEvidence } from './evidence.ts';
import type { CaseState } from './states.ts';

/** Where a case came from: the algorithm's whistle, any complaint channel, or a relapse found on a 回头看 visit. */
export const CASE_SOURCES = ['whistle', ...COMPLAINT_CHANNELS, 'relapse'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  whistle: '数字吹哨',
  '12345': '12345 热线',
  patrol: '巡查',
  resident: '居民举报',
  property: '物业报告',
  police: '派出所',
  other: '其他',
  relapse: '回潮',
};

export interface Actor {
  /** User id, kept in the history for the audit trail. */
  readonly id: string;
  readonly role: Role;
  /** The actor's own unit, e.g. `汾西路居委会`; checked against the assignee when given. */
  readonly unitName?: string;
}

export interface CaseEvent {
  /** 1, 2, 3 … in order. */
  readonly seq: number;
  readonly action: CaseAction;
  readonly from: CaseState;
  readonly to: CaseState;
  readonly actor: Actor;
  /** UTC ms. */
  readonly at: number;
  readonly evidence: TransitionEvidence;
  /** The deadline in force after this step. */
  readonly deadline: CaseDeadline | null;
}

export interface CaseSnapshot {
  readonly id: string;
  readonly houseId: string;
  readonly source: CaseSource;
  readonly state: CaseState;
  readonly openedAt: number;
  readonly openedBy: Actor;
  /** The case this one is a relapse of (回潮), if any. */
  readonly relapseOf: string | null;
  readonly assignee: Assignee | null;
  readonly deadline: CaseDeadline | null;
  /** The checklist of the latest verification (or relapse finding). */
  readonly checklist: ChecklistAnswers | null;
  /** Clean 回头看 visits since monitoring started. */
  readonly cleanRevisits: number;
  /** When the case entered its current state, UTC ms. */
  readonly stateSince: number;
  readonly history: readonly CaseEvent[];
}
