// THE life-cycle table of a group-rental case. Every rule of the closed loop
// (docs/domain.md; the 双清 plan) is one row: from which state, by
// which action, to which state, who may take it, what evidence it needs,
// which extra conditions hold, and which deadline it sets. applyTransition,
// availableActions, the web forms and the README table all read this array;
// nothing else decides what may happen to a case.
import type { Role } from '../roles/roles.ts';
import type { CaseAction } from './actions.ts';
import type { DeadlineKind } from './deadlines.ts';
import { ASSIGNABLE_ROLES, type EvidenceRequirement } from './evidence.ts';
import type { CaseState } from './states.ts';

/** Conditions on the case itself, beyond the evidence brought. */
export const CASE_GUARDS = ['assignee_only', 'deadline_passed', 'enough_clean_revisits', 'relapse_opening'] as const;
export type CaseGuard = (typeof CASE_GUARDS)[number];

export const CASE_GUARD_LABELS: Record<CaseGuard, string> = {
  assignee_only: '仅限承办单位',
  // Only after the deadline can one say the owner failed to rectify in time;
  // a pass may be recorded as soon as the dwelling complies.
  deadline_passed: '整改期限届满后',
  enough_clean_revisits: '回头看达到规定次数且未回潮',
  // 反复回潮从严: a dwelling that relapsed after acceptance was already
  // verified, notified and rectified once; it is not sent round again.
  relapse_opening: '仅限回潮新案登记时',
};

export type DeadlineEffect =
  /** Start a new deadline counted from the day of the step (or the day the notices were served). */
  | { readonly set: DeadlineKind; readonly from: 'step' | 'notices_served'; readonly adjustable: boolean }
  /** The running deadline continues. */
  | 'keep'
  /** No deadline in the next state. */
  | 'clear';

export interface CaseTransitionRule {
  readonly from: CaseState;
  readonly action: CaseAction;
  readonly to: CaseState;
  readonly roles: readonly Role[];
  readonly evidence: readonly EvidenceRequirement[];
  readonly guards: readonly CaseGuard[];
  readonly deadline: DeadlineEffect;
}

const DISPATCHERS: readonly Role[] = ['ops_center', 'safety_office'];
const FIELD: readonly Role[] = ['committee', 'grid_worker', 'property'];
const VERIFIERS: readonly Role[] = [...FIELD, 'safety_office', 'enforcement', 'police'];
const JOINT_TEAM: readonly Role[] = ['safety_office', 'enforcement', 'police'];
const NOTICE_SERVERS: readonly Role[] = ['committee', 'property', 'enforcement', 'construction'];
const ACCEPTORS: readonly Role[] = ['enforcement', 'committee', 'construction'];
const WATCHERS: readonly Role[] = [...FIELD, 'safety_office'];

const set = (kind: DeadlineKind, from: 'step' | 'notices_served' = 'step', adjustable = false): DeadlineEffect => ({ set: kind, from, adjustable });

export const CASE_LIFECYCLE: readonly CaseTransitionRule[] = [
  // 派单: the operations centre sends the case to the committee, with a due date.
  { from: 'discovered', action: 'dispatch', to: 'dispatched', roles: DISPATCHERS, evidence: ['assignee'], guards: [], deadline: set('verification', 'step', true) },
  { from: 'dispatched', action: 'reassign', to: 'dispatched', roles: DISPATCHERS, evidence: ['assignee', 'note'], guards: [], deadline: set('verification', 'step', true) },
  { from: 'dispatched', action: 'accept_dispatch', to: 'verifying', roles: ASSIGNABLE_ROLES, evidence: [], guards: ['assignee_only'], deadline: 'keep' },

  // 核查: on site, against the five criteria, with photos.
  { from: 'verifying', action: 'confirm', to: 'confirmed', roles: VERIFIERS, evidence: ['checklist_group_rental', 'photos'], guards: [], deadline: 'clear' },
  { from: 'verifying', action: 'rule_out', to: 'not_group_rental', roles: VERIFIERS, evidence: ['checklist_not_group_rental', 'photos'], guards: [], deadline: 'clear' },
  { from: 'verifying', action: 'record_no_access', to: 'no_access', roles: VERIFIERS, evidence: ['note'], guards: [], deadline: 'keep' },
  // 无法入户: try again (early-morning visits), or report to the safety office for a joint visit.
  { from: 'no_access', action: 'revisit', to: 'verifying', roles: VERIFIERS, evidence: [], guards: [], deadline: 'keep' },
  { from: 'no_access', action: 'report_to_safety_office', to: 'escalated', roles: FIELD, evidence: ['note'], guards: [], deadline: set('joint_visit') },
  { from: 'escalated', action: 'joint_visit', to: 'verifying', roles: JOINT_TEAM, evidence: ['units_joint_visit'], guards: [], deadline: set('verification') },

  // 三个告知: three notices, photographed; self-rectification within 5 working days.
  { from: 'confirmed', action: 'serve_notices', to: 'notified', roles: NOTICE_SERVERS, evidence: ['three_notices'], guards: [], deadline: set('rectification', 'notices_served') },

  // 联合验收, then 约谈 with 3 working days, then a second acceptance.
  { from: 'notified', action: 'pass_acceptance', to: 'rectified', roles: ACCEPTORS, evidence: ['units_acceptance', 'acceptance_passed', 'photos'], guards: [], deadline: 'clear' },
  { from: 'notified', action: 'fail_acceptance', to: 'acceptance_failed', roles: ACCEPTORS, evidence: ['units_acceptance', 'acceptance_failed', 'photos'], guards: ['deadline_passed'], deadline: 'clear' },
  { from: 'acceptance_failed', action: 'interview', to: 'interviewed', roles: ['enforcement'], evidence: ['interviewed_parties', 'note'], guards: [], deadline: set('interview_rectification') },
  { from: 'interviewed', action: 'pass_acceptance', to: 'rectified', roles: ACCEPTORS, evidence: ['units_acceptance', 'acceptance_passed', 'photos'], guards: [], deadline: 'clear' },
  { from: 'interviewed', action: 'fail_acceptance', to: 'joint_enforcement', roles: ACCEPTORS, evidence: ['units_acceptance', 'acceptance_failed', 'photos'], guards: ['deadline_passed'], deadline: 'clear' },

  // 集中联合整治 for those who refuse, and at once for a relapse (从严处理):
  // recordRelapse takes this step in the same transaction that opens the new case.
  { from: 'discovered', action: 'escalate_relapse', to: 'joint_enforcement', roles: VERIFIERS, evidence: ['checklist_group_rental', 'photos'], guards: ['relapse_opening'], deadline: 'clear' },
  { from: 'joint_enforcement', action: 'complete_enforcement', to: 'rectified', roles: ['safety_office', 'enforcement'], evidence: ['units_enforcement', 'photos', 'note'], guards: [], deadline: 'clear' },

  // 长效管理: 回头看 until closure, or relapse.
  { from: 'rectified', action: 'start_monitoring', to: 'monitoring', roles: ['safety_office', 'committee'], evidence: [], guards: [], deadline: set('revisit') },
  { from: 'monitoring', action: 'record_revisit', to: 'monitoring', roles: WATCHERS, evidence: ['photos'], guards: [], deadline: set('revisit') },
  { from: 'monitoring', action: 'relapse', to: 'relapsed', roles: VERIFIERS, evidence: ['checklist_group_rental', 'photos'], guards: [], deadline: 'clear' },
  { from: 'monitoring', action: 'close', to: 'closed', roles: ['safety_office', 'ops_center'], evidence: [], guards: ['enough_clean_revisits'], deadline: 'clear' },
];

/** The rule for an action in a state, if any. */
export function findRule(from: CaseState, action: CaseAction): CaseTransitionRule | undefined {
  return CASE_LIFECYCLE.find((r) => r.from === from && r.action === action);
}

/** Who may open a case (发现): every unit except the system administrator. */
export const CASE_OPENER_ROLES: readonly Role[] = ['ops_center', 'safety_office', 'committee', 'property', 'enforcement', 'police', 'construction', 'market', 'grid_worker'];
