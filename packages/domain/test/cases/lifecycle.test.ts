import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  availableActions,
  CASE_LIFECYCLE,
  CASE_STATES,
  deadlineStatus,
  isTerminal,
  openCase,
  recordRelapse,
  type Actor,
  type CaseAction,
  type CaseSnapshot,
  type TransitionEvidence,
  type TransitionOptions,
} from '../../src/cases/index.ts';
import { createWorkingCalendar } from '../../src/calendar/index.ts';
import { dayToIso } from '../../src/time.ts';
import { actorFor, COMMITTEE_A, deepFreeze, freshCase, validEvidence } from './fixtures.ts';
import type { Role } from '../../src/roles/index.ts';

const at = (iso: string): number => Date.parse(`${iso}+08:00`);

/** Take a step that must succeed; fails the test with the domain's message otherwise. */
function step(s: CaseSnapshot, action: CaseAction, role: Role, when: string, evidence?: TransitionEvidence, options?: TransitionOptions): CaseSnapshot {
  const t = at(when);
  const r = applyTransition(deepFreeze(s), action, evidence ?? validEvidence(action, s, t), actorFor(role, s), t, options);
  if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
  return r.snapshot;
}

function refuse(s: CaseSnapshot, action: CaseAction, role: Role, when: string, evidence?: TransitionEvidence, actor?: Actor): string {
  const t = at(when);
  const r = applyTransition(deepFreeze(s), action, evidence ?? validEvidence(action, s, t), actor ?? actorFor(role, s), t);
  if (r.ok) throw new Error(`${action} should have been refused`);
  return r.error.code;
}

const due = (s: CaseSnapshot): string | null => (s.deadline ? dayToIso(s.deadline.dueDay) : null);

describe('the life-cycle table', () => {
  it('has one row per (state, action), only non-terminal sources, and Chinese everywhere', () => {
    const keys = CASE_LIFECYCLE.map((r) => `${r.from}/${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of CASE_LIFECYCLE) {
      expect(isTerminal(r.from)).toBe(false);
      expect(r.roles).not.toContain('admin');
      expect(r.roles.length).toBeGreaterThan(0);
    }
    // Every non-terminal state has a way out; every state but discovered a way in.
    for (const state of CASE_STATES) {
      if (!isTerminal(state)) expect(CASE_LIFECYCLE.some((r) => r.from === state)).toBe(true);
      if (state !== 'discovered') expect(CASE_LIFECYCLE.some((r) => r.to === state && r.from !== state)).toBe(true);
    }
  });
});

describe('a case through the whole loop, with its deadlines', () => {
  it('runs discovery → dispatch → verification → notices → two acceptances → joint enforcement → monitoring → closed', () => {
    let s = freshCase(at('2026-09-21T09:00:00'));
    expect(s.state).toBe('discovered');

    s = step(s, 'dispatch', 'ops_center', '2026-09-21T10:00:00');
    expect(s.state).toBe('dispatched');
    expect(s.assignee).toEqual({ role: 'committee', unitName: COMMITTEE_A });
    expect(due(s)).toBe('2026-09-24'); // 3 working days

    s = step(s, 'accept_dispatch', 'committee', '2026-09-22T09:00:00');
    expect(s.state).toBe('verifying');
    expect(due(s)).toBe('2026-09-24'); // the verification deadline keeps running

    s = step(s, 'confirm', 'committee', '2026-09-29T09:00:00');
    expect(s.state).toBe('confirmed');
    expect(s.deadline).toBeNull();

    s = step(s, 'serve_notices', 'property', '2026-09-30T11:00:00');
    expect(s.state).toBe('notified');
    expect(due(s)).toBe('2026-10-13'); // 5 working days across National Day and the 调休 Saturday
    expect(deadlineStatus(s, at('2026-10-13T18:00:00'))).toBe('due_today');
    expect(deadlineStatus(s, at('2026-10-14T00:01:00'))).toBe('overdue');

    // Not rectified "in time" cannot be said before the deadline has passed.
    expect(refuse(s, 'fail_acceptance', 'enforcement', '2026-10-13T16:00:00')).toBe('case.deadline_not_reached');
    s = step(s, 'fail_acceptance', 'enforcement', '2026-10-14T10:00:00');
    expect(s.state).toBe('acceptance_failed');

    expect(refuse(s, 'interview', 'committee', '2026-10-15T10:00:00')).toBe('case.role_not_allowed');
    s = step(s, 'interview', 'enforcement', '2026-10-15T10:00:00');
    expect(s.state).toBe('interviewed');
    expect(due(s)).toBe('2026-10-20'); // 3 working days: 10-16, 10-19, 10-20

    s = step(s, 'fail_acceptance', 'enforcement', '2026-10-21T10:00:00');
    expect(s.state).toBe('joint_enforcement');
    s = step(s, 'complete_enforcement', 'safety_office', '2026-10-23T10:00:00');
    expect(s.state).toBe('rectified');

    s = step(s, 'start_monitoring', 'safety_office', '2026-10-23T11:00:00');
    expect(s.state).toBe('monitoring');
    expect(due(s)).toBe('2026-11-22'); // next 回头看 in 30 days
    expect(refuse(s, 'close', 'safety_office', '2026-10-24T10:00:00')).toBe('case.not_enough_revisits');
    for (const when of ['2026-11-20T10:00:00', '2026-12-18T10:00:00', '2027-01-15T10:00:00']) s = step(s, 'record_revisit', 'committee', when);
    expect(s.cleanRevisits).toBe(3);
    s = step(s, 'close', 'safety_office', '2027-01-15T11:00:00');
    expect(s.state).toBe('closed');
    expect(isTerminal(s)).toBe(true);
    expect(s.history.map((e) => e.seq)).toEqual(s.history.map((_, i) => i + 1));

    for (const role of ['ops_center', 'safety_office', 'committee', 'enforcement'] as const) expect(availableActions(s, role)).toEqual([]);
    expect(refuse(s, 'record_revisit', 'committee', '2027-01-20T10:00:00')).toBe('case.terminal');
  });

  it('passes the first acceptance early when the owner complies', () => {
    let s = freshCase(at('2026-03-02T09:00:00'));
    s = step(s, 'dispatch', 'ops_center', '2026-03-02T09:10:00');
    s = step(s, 'accept_dispatch', 'committee', '2026-03-02T10:00:00');
    s = step(s, 'confirm', 'committee', '2026-03-03T10:00:00');
    s = step(s, 'serve_notices', 'committee', '2026-03-03T11:00:00');
    s = step(s, 'pass_acceptance', 'enforcement', '2026-03-05T10:00:00');
    expect(s.state).toBe('rectified');
  });
});

describe('verification outcomes', () => {
  const verifying = (): CaseSnapshot => {
    let s = freshCase(at('2026-03-02T09:00:00'));
    s = step(s, 'dispatch', 'ops_center', '2026-03-02T09:10:00');
    return step(s, 'accept_dispatch', 'committee', '2026-03-02T10:00:00');
  };

  it('rules out a dwelling only with a complete checklist and a photo', () => {
    const s = step(verifying(), 'rule_out', 'committee', '2026-03-03T10:00:00');
    expect(s.state).toBe('not_group_rental');
    expect(availableActions(s, 'committee')).toEqual([]);
    const withoutPhoto = validEvidence('rule_out', s, 0);
    expect(refuse(verifying(), 'rule_out', 'committee', '2026-03-03T10:00:00', { checklist: withoutPhoto.checklist })).toBe('case.evidence_missing');
  });

  it('cannot confirm on a checklist that shows no violation', () => {
    const r = applyTransition(verifying(), 'confirm', validEvidence('rule_out', verifying(), 0), actorFor('committee', verifying()), at('2026-03-03T10:00:00'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('case.evidence_missing');
      expect(r.error.message).toContain('检查表未显示任何群租情形');
    }
  });

  it('loops through no access, a report to the safety office and a joint visit', () => {
    let s = step(verifying(), 'record_no_access', 'committee', '2026-03-03T07:00:00');
    expect(s.state).toBe('no_access');
    s = step(s, 'revisit', 'committee', '2026-03-04T06:30:00');
    expect(s.state).toBe('verifying');
    s = step(s, 'record_no_access', 'grid_worker', '2026-03-04T06:45:00');
    s = step(s, 'report_to_safety_office', 'committee', '2026-03-04T09:00:00');
    expect(s.state).toBe('escalated');
    expect(due(s)).toBe('2026-03-11'); // 5 working days for the joint visit
    expect(refuse(s, 'joint_visit', 'safety_office', '2026-03-05T06:00:00', { units: ['safety_office'] })).toBe('case.evidence_missing');
    s = step(s, 'joint_visit', 'safety_office', '2026-03-05T06:00:00');
    expect(s.state).toBe('verifying');
    s = step(s, 'confirm', 'police', '2026-03-05T06:30:00');
    expect(s.state).toBe('confirmed');
  });
});

describe('dispatch and reassignment', () => {
  it('lets only the assignee accept, and reassigns to another unit with a reason', () => {
    let s = step(freshCase(at('2026-03-02T09:00:00')), 'dispatch', 'ops_center', '2026-03-02T09:10:00');
    const stranger: Actor = { id: 'u9', role: 'committee', unitName: '别的居委会' };
    expect(refuse(s, 'accept_dispatch', 'committee', '2026-03-02T10:00:00', {}, stranger)).toBe('case.not_assignee');
    expect(refuse(s, 'accept_dispatch', 'property', '2026-03-02T10:00:00', {}, { id: 'u8', role: 'property' })).toBe('case.not_assignee');
    expect(availableActions(s, 'committee', '别的居委会')).toEqual([]);
    expect(availableActions(s, 'committee', COMMITTEE_A)).toEqual(['accept_dispatch']);

    expect(refuse(s, 'reassign', 'ops_center', '2026-03-02T11:00:00', { assignee: s.assignee ?? undefined, note: '再派' })).toBe('case.evidence_missing');
    s = step(s, 'reassign', 'safety_office', '2026-03-03T11:00:00');
    expect(s.state).toBe('dispatched');
    expect(s.assignee?.unitName).not.toBe(COMMITTEE_A);
    expect(due(s)).toBe('2026-03-06');
  });

  it('accepts a dispatcher-chosen deadline within bounds only', () => {
    const s = freshCase(at('2026-03-02T09:00:00'));
    const ev = (d: number): TransitionEvidence => ({ ...validEvidence('dispatch', s, 0), dueInWorkingDays: d });
    expect(due(step(s, 'dispatch', 'ops_center', '2026-03-02T09:10:00', ev(10)))).toBe('2026-03-16');
    expect(refuse(s, 'dispatch', 'ops_center', '2026-03-02T09:10:00', ev(0))).toBe('case.invalid_deadline');
    expect(refuse(s, 'dispatch', 'ops_center', '2026-03-02T09:10:00', ev(31))).toBe('case.invalid_deadline');
  });

  it('refuses a step dated before the previous one, and a role that may not act', () => {
    const s = freshCase(at('2026-03-02T09:00:00'));
    expect(refuse(s, 'dispatch', 'ops_center', '2026-03-01T09:00:00')).toBe('case.event_out_of_order');
    expect(refuse(s, 'dispatch', 'committee', '2026-03-02T10:00:00')).toBe('case.role_not_allowed');
    expect(refuse(s, 'confirm', 'ops_center', '2026-03-02T10:00:00')).toBe('case.action_not_available');
  });
});

describe('deadlines in years without calendar data', () => {
  const notifiedAt = (when: string, options?: TransitionOptions) => {
    let s = freshCase(at(`${when}T08:00:00`));
    s = step(s, 'dispatch', 'ops_center', `${when}T08:10:00`, undefined, options);
    s = step(s, 'accept_dispatch', 'committee', `${when}T08:20:00`, undefined, options);
    s = step(s, 'confirm', 'committee', `${when}T08:30:00`, undefined, options);
    return applyTransition(s, 'serve_notices', validEvidence('serve_notices', s, at(`${when}T09:00:00`)), actorFor('committee', s), at(`${when}T09:00:00`), options);
  };

  it('refuses to set a 2027 deadline from guesswork', () => {
    const r = notifiedAt('2026-12-28');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('calendar.year_not_covered');
  });

  it('sets it once the admin has entered the 2027 calendar', () => {
    const calendar = createWorkingCalendar([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }]);
    const r = notifiedAt('2026-12-28', { calendar });
    expect(r.ok && due(r.snapshot)).toBe('2027-01-05');
  });
});

describe('relapse', () => {
  it('ends the old case and opens a new one linked to it, straight in joint enforcement (从严)', () => {
    let s = freshCase(at('2026-03-02T09:00:00'), 'case-old');
    for (const [action, role, when] of [
      ['dispatch', 'ops_center', '2026-03-02T09:10:00'],
      ['accept_dispatch', 'committee', '2026-03-02T10:00:00'],
      ['confirm', 'committee', '2026-03-03T10:00:00'],
      ['serve_notices', 'committee', '2026-03-03T11:00:00'],
      ['pass_acceptance', 'enforcement', '2026-03-09T10:00:00'],
      ['start_monitoring', 'safety_office', '2026-03-09T11:00:00'],
    ] as const) s = step(s, action, role, when);

    const r = recordRelapse(deepFreeze(s), validEvidence('relapse', s, 0), actorFor('grid_worker', s), at('2026-04-20T07:00:00'), 'case-new');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.old.state).toBe('relapsed');
    expect(isTerminal(r.old)).toBe(true);
    expect(r.opened).toMatchObject({ id: 'case-new', houseId: s.houseId, state: 'joint_enforcement', source: 'relapse', relapseOf: 'case-old', assignee: null, deadline: null });
    expect(r.opened.history.map((e) => [e.from, e.action, e.to])).toEqual([['discovered', 'escalate_relapse', 'joint_enforcement']]);
    expect(r.opened.checklist?.partitioned).toBe(true);
    // The joint team finishes it as any other enforcement, then watches it again.
    expect(availableActions(r.opened, 'safety_office')).toEqual(['complete_enforcement']);
    expect(availableActions(r.opened, 'ops_center')).toEqual([]);

    const noEvidence = recordRelapse(s, {}, actorFor('grid_worker', s), at('2026-04-20T07:00:00'), 'case-new');
    expect(noEvidence.ok).toBe(false);
  });

  it('only a fresh relapse case may go straight to joint enforcement', () => {
    const whistle = freshCase(at('2026-03-02T09:00:00'));
    const evidence = validEvidence('relapse', whistle, 0);
    const refused = applyTransition(whistle, 'escalate_relapse', evidence, actorFor('committee', whistle), at('2026-03-02T10:00:00'));
    expect(!refused.ok && refused.error.code).toBe('case.not_relapse_opening');
    expect(availableActions(whistle, 'committee')).not.toContain('escalate_relapse');

    // A relapse found after closure is opened by hand (openCase): its first step may escalate, not a later one.
    const opened = openCase({ id: 'c9', houseId: 'H1', source: 'relapse', relapseOf: 'case-old', actor: { id: 'u', role: 'grid_worker' }, at: at('2026-05-01T09:00:00') });
    if (!opened.ok) throw opened.error;
    expect(availableActions(opened.snapshot, 'grid_worker')).toContain('escalate_relapse');
    const noPhoto = applyTransition(opened.snapshot, 'escalate_relapse', { checklist: evidence.checklist }, actorFor('grid_worker', opened.snapshot), at('2026-05-01T10:00:00'));
    expect(!noPhoto.ok && noPhoto.error.code).toBe('case.evidence_missing');
    const dispatched = step(opened.snapshot, 'dispatch', 'ops_center', '2026-05-01T10:00:00');
    expect(availableActions({ ...dispatched, state: 'discovered' }, 'grid_worker')).not.toContain('escalate_relapse');
  });

  it('opening a relapse case needs the old case', () => {
    const r = openCase({ id: 'c2', houseId: 'H1', source: 'relapse', actor: { id: 'u', role: 'grid_worker' }, at: 0 });
    expect(r.ok).toBe(false);
    const admin = openCase({ id: 'c3', houseId: 'H1', source: '12345', actor: { id: 'u', role: 'admin' }, at: 0 });
    expect(admin.ok).toBe(false);
  });
});
