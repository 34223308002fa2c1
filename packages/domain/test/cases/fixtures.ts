// Builders of valid evidence and actors for case tests. Each call returns
// fresh objects: tests never share mutable data.
import { emptyChecklist, type ChecklistAnswers } from '../../src/criteria/index.ts';
import { openCase, type Actor, type CaseAction, type CaseSnapshot, type TransitionEvidence } from '../../src/cases/index.ts';
import type { Role } from '../../src/roles/index.ts';

export const COMMITTEE_A = '汾西路居委会';
export const COMMITTEE_B = '临汾居委会';

export function groupRentalChecklist(): ChecklistAnswers {
  return { ...emptyChecklist(), partitioned: true, originalRooms: 1, occupants: 8, buildingAreaM2: 44 };
}

export function clearedChecklist(): ChecklistAnswers {
  return {
    ...emptyChecklist(),
    dormitory: false,
    partitioned: false,
    letByBed: false,
    nonLivingSpacesLet: { kitchen: false, bathroom: false, balcony: false, storage: false },
    originalRooms: 2,
    occupants: 3,
    legalDependants: false,
    buildingAreaM2: 60,
  };
}

/** Evidence that satisfies every requirement of the action, for a case in `snapshot`, recorded at `at`. */
export function validEvidence(action: CaseAction, snapshot: CaseSnapshot, at: number): TransitionEvidence {
  const photoIds = [`photo-${action}-${at}`];
  switch (action) {
    case 'dispatch':
    case 'reassign':
      return {
        assignee: { role: 'committee', unitName: snapshot.assignee?.unitName === COMMITTEE_A ? COMMITTEE_B : COMMITTEE_A },
        note: '按辖区改派',
      };
    case 'confirm':
    case 'relapse':
    case 'escalate_relapse':
      return { checklist: groupRentalChecklist(), photoIds };
    case 'rule_out':
      return { checklist: clearedChecklist(), photoIds };
    case 'record_no_access':
    case 'report_to_safety_office':
      return { note: '多次敲门无人应答' };
    case 'joint_visit':
      return { units: ['safety_office', 'police'] };
    case 'serve_notices':
      return {
        notices: [
          { kind: 'rectification', servedAt: at, photoIds: ['n1'] },
          { kind: 'population_registration', servedAt: at, photoIds: ['n2'] },
          { kind: 'rental_filing', servedAt: at, photoIds: ['n3'] },
        ],
      };
    case 'pass_acceptance':
      return { units: ['enforcement', 'committee', 'property'], acceptance: { passed: true }, photoIds };
    case 'fail_acceptance':
      return { units: ['enforcement', 'committee'], acceptance: { passed: false, remainingViolations: '北间隔断仍未拆除' }, photoIds };
    case 'interview':
      return { interviewed: ['owner', 'sublessor'], note: '约谈业主及二房东，承诺三日内拆除隔断' };
    case 'complete_enforcement':
      return { units: ['safety_office', 'enforcement', 'police'], photoIds, note: '拆除隔断，清退超员租户' };
    case 'record_revisit':
      return { photoIds };
    case 'accept_dispatch':
    case 'revisit':
    case 'start_monitoring':
    case 'close':
      return {};
  }
}

/** An actor of the given role; for the assignee's role it belongs to the assignee's unit. */
export function actorFor(role: Role, snapshot: CaseSnapshot): Actor {
  const unitName = snapshot.assignee && snapshot.assignee.role === role ? snapshot.assignee.unitName : `某${role}`;
  return { id: `user-${role}`, role, unitName };
}

export function freshCase(at: number, id = 'case-1'): CaseSnapshot {
  const opened = openCase({ id, houseId: 'H0001', source: 'whistle', actor: { id: 'u-ops', role: 'ops_center' }, at });
  if (!opened.ok) throw opened.error;
  return opened.snapshot;
}

/** Freeze a value and everything in it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
