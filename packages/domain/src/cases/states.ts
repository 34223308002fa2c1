// The states of a group-rental case (群租案件), from discovery to closure.
// Transitions between them live in ONE table: ./lifecycle.ts.

export const CASE_STATES = [
  'discovered',
  'dispatched',
  'verifying',
  'not_group_rental',
  'no_access',
  'escalated',
  'confirmed',
  'notified',
  'acceptance_failed',
  'interviewed',
  'joint_enforcement',
  'rectified',
  'monitoring',
  'closed',
  'relapsed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  discovered: '已发现',
  dispatched: '已派单',
  verifying: '核查中',
  not_group_rental: '排除群租',
  no_access: '无法入户',
  escalated: '已上报平安办',
  confirmed: '已认定群租',
  notified: '已告知限期整改',
  acceptance_failed: '验收未通过',
  interviewed: '已约谈限期整改',
  joint_enforcement: '集中联合整治',
  rectified: '已整改',
  monitoring: '回头看',
  closed: '已销案',
  relapsed: '已回潮',
};

/**
 * States that accept no further action. A relapse does not reopen a case: it
 * ends the old one as `relapsed` and opens a new one linked to it, so each
 * round of the loop keeps its own deadlines and evidence.
 */
export const TERMINAL_CASE_STATES: readonly CaseState[] = ['not_group_rental', 'closed', 'relapsed'];

/** Whether a state (or a case in it) accepts no further action. */
export function isTerminal(stateOrCase: CaseState | { readonly state: CaseState }): boolean {
  return TERMINAL_CASE_STATES.includes(typeof stateOrCase === 'string' ? stateOrCase : stateOrCase.state);
}

/** Confirmed group rental not yet rectified: the dwelling is a red point. */
export const UNRECTIFIED_CASE_STATES: readonly CaseState[] = ['confirmed', 'notified', 'acceptance_failed', 'interviewed', 'joint_enforcement'];

/** Suspected but not yet verified. */
export const UNVERIFIED_CASE_STATES: readonly CaseState[] = ['discovered', 'dispatched', 'verifying', 'no_access', 'escalated'];
