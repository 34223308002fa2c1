// Random sequences of steps by random roles, with valid, missing or partial
// evidence. Whatever happens, the case only ever moves along the table, only
// with its evidence, and terminal states accept nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyTransition,
  availableActions,
  CASE_ACTIONS,
  CASE_LIFECYCLE,
  CASE_STATES,
  findRule,
  isTerminal,
  NOTICE_KINDS,
  recordRelapse,
  UNRECTIFIED_CASE_STATES,
  UNVERIFIED_CASE_STATES,
  type CaseEvent,
  type CaseSnapshot,
  type CaseState,
  type TransitionEvidence,
} from '../../src/cases/index.ts';
import { evaluateChecklist } from '../../src/criteria/index.ts';
import { DomainError } from '../../src/errors.ts';
import { ROLES, type Role } from '../../src/roles/index.ts';
import { shanghaiDay } from '../../src/time.ts';
import { actorFor, deepFreeze, freshCase, validEvidence } from './fixtures.ts';

const ESCALATION_STATES: readonly CaseState[] = ['discovered', 'joint_enforcement', 'rectified', 'monitoring', 'relapsed', 'closed'];

const START = Date.parse('2025-01-06T09:00:00+08:00'); // 2025 and 2026 are in the package
const HOUR = 3_600_000;

const stepArb = fc.record({
  // 0..8: this run's preferred branch for the state; 9, 10: any branch the table has; 11: any action at all.
  followTable: fc.integer({ min: 0, max: 11 }),
  actionIdx: fc.nat(),
  roleIdx: fc.nat(),
  // Mostly valid evidence, so runs get deep into the loop; the rest probes refusals.
  evidence: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'valid', 'valid', 'empty', 'partial'),
  dropIdx: fc.nat(),
  advanceHours: fc.integer({ min: 0, max: 10 * 24 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** Per state, the branch a run prefers: runs then follow different paths to the end instead of wandering. */
const preferArb = fc.array(fc.nat(), { minLength: CASE_STATES.length, maxLength: CASE_STATES.length });

function chooseStep(s: CaseSnapshot, st: Step, prefer: readonly number[], at: number) {
  const rules = CASE_LIFECYCLE.filter((r) => r.from === s.state);
  const branch = st.followTable <= 8 ? prefer[CASE_STATES.indexOf(s.state)] : st.actionIdx;
  const rule = st.followTable < 11 && rules.length > 0 ? rules[branch % rules.length] : undefined;
  const action = rule ? rule.action : CASE_ACTIONS[st.actionIdx % CASE_ACTIONS.length];
  // Mostly a role the table allows (the assignee's, where only the assignee may act), sometimes any role at all.
  let role: Role = ROLES[st.roleIdx % ROLES.length];
  if (rule && st.roleIdx % 6 !== 0) role = rule.guards.includes('assignee_only') && s.assignee ? s.assignee.role : rule.roles[st.roleIdx % rule.roles.length];
  const valid = validEvidence(action, s, at);
  let evidence: TransitionEvidence = valid;
  if (st.evidence === 'empty') evidence = {};
  if (st.evidence === 'partial') {
    const keys = Object.keys(valid) as (keyof TransitionEvidence)[];
    if (keys.length > 0) {
      const drop = keys[st.dropIdx % keys.length];
      evidence = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== drop)) as TransitionEvidence;
    }
  }
  return { action, role, evidence, actor: actorFor(role, s) };
}

const photo = (ev: TransitionEvidence) => (ev.photoIds ?? []).length > 0;
const verdict = (ev: TransitionEvidence) => (ev.checklist ? evaluateChecklist(ev.checklist).verdict : null);

/** A failed acceptance: violations written down, and only after the running deadline. */
function expectFailedAfterDeadline(ev: TransitionEvidence, deadlineDue: number | null, at: number): void {
  expect(ev.acceptance?.passed).toBe(false);
  expect(deadlineDue).not.toBeNull();
  expect(shanghaiDay(at)).toBeGreaterThan(deadlineDue as number);
}

/**
 * What each arrival in a state must have brought, written out independently
 * of the table's requirement codes: the provenance a supervisor would check.
 */
function checkProvenance(history: readonly CaseEvent[], final: CaseState): void {
  let state: CaseState = 'discovered';
  let deadlineDue: number | null = null;
  let interviewed = false;
  let revisits = 0;
  for (const e of history) {
    expect(e.from).toBe(state); // an unbroken chain from discovery: no step skipped
    const rule = findRule(e.from, e.action);
    expect(rule?.to).toBe(e.to);
    expect(rule?.roles).toContain(e.actor.role);
    const ev = e.evidence;
    switch (e.to) {
      case 'confirmed':
      case 'relapsed':
        expect(verdict(ev)).toBe('group_rental');
        expect(photo(ev)).toBe(true);
        break;
      case 'not_group_rental':
        expect(verdict(ev)).toBe('not_group_rental');
        expect(photo(ev)).toBe(true);
        break;
      case 'notified':
        for (const kind of NOTICE_KINDS) expect((ev.notices ?? []).some((n) => n.kind === kind && n.photoIds.length > 0)).toBe(true);
        break;
      case 'rectified':
        expect(photo(ev)).toBe(true);
        if (e.action === 'pass_acceptance') {
          expect(ev.acceptance?.passed).toBe(true);
          expect(ev.units).toEqual(expect.arrayContaining(['enforcement', 'committee']));
        } else {
          expect(e.action).toBe('complete_enforcement');
          expect(ev.units).toEqual(expect.arrayContaining(['safety_office', 'enforcement']));
        }
        break;
      case 'joint_enforcement':
        if (e.action === 'escalate_relapse') {
          // 回潮从严: the relapse finding is the verification, and only as the new case's first step.
          expect(e.seq).toBe(1);
          expect(verdict(ev)).toBe('group_rental');
          expect(photo(ev)).toBe(true);
          break;
        }
        expect(e.action).toBe('fail_acceptance');
        expect(interviewed).toBe(true);
        expectFailedAfterDeadline(ev, deadlineDue, e.at);
        break;
      case 'acceptance_failed':
        expectFailedAfterDeadline(ev, deadlineDue, e.at);
        break;
      case 'closed':
        expect(revisits).toBeGreaterThanOrEqual(3);
        break;
      default:
        break;
    }
    if (e.action === 'interview') interviewed = true;
    if (e.action === 'start_monitoring') revisits = 0;
    if (e.action === 'record_revisit') revisits += 1;
    deadlineDue = e.deadline?.dueDay ?? null;
    state = e.to;
  }
  expect(state).toBe(final);
}

describe('case life cycle under random steps', () => {
  it('never skips a step, never reaches a state without its evidence, and stops at terminal states', () => {
    const reached = new Set<CaseState>();
    fc.assert(
      fc.property(preferArb, fc.array(stepArb, { minLength: 30, maxLength: 80 }), (prefer, steps) => {
        let s = deepFreeze(freshCase(START));
        let at = START;
        for (const st of steps) {
          at += st.advanceHours * HOUR;
          const { action, role, evidence, actor } = chooseStep(s, st, prefer, at);
          const offered = availableActions(s, role, actor.unitName);
          const r = applyTransition(s, action, evidence, actor, at);
          if (r.ok) {
            expect(offered).toContain(action);
            expect(r.snapshot.history).toHaveLength(s.history.length + 1);
            expect(r.event.from).toBe(s.state);
            s = deepFreeze(r.snapshot);
            reached.add(s.state);
          } else {
            expect(r.error).toBeInstanceOf(DomainError);
            if (isTerminal(s)) expect(r.error.code).toBe('case.terminal');
            if (!offered.includes(action)) expect(['case.terminal', 'case.action_not_available', 'case.role_not_allowed', 'case.not_assignee', 'case.not_relapse_opening']).toContain(r.error.code);
          }
          if (isTerminal(s)) {
            // Terminal: nothing offered to anyone, every action refused; the rest of the run is moot.
            for (const anyRole of ROLES) expect(availableActions(s, anyRole)).toEqual([]);
            for (const anyAction of CASE_ACTIONS) {
              const r2 = applyTransition(s, anyAction, validEvidence(anyAction, s, at), actorFor('safety_office', s), at);
              expect(r2.ok || r2.error.code).toBe('case.terminal');
            }
            break;
          }
        }
        checkProvenance(s.history, s.state);
      }),
      { numRuns: 250 },
    );
    // The generator explores the whole machine, so the checks above bite everywhere.
    for (const state of CASE_STATES.filter((x) => x !== 'discovered')) expect(reached).toContain(state);
  });
});

describe('relapse escalation under random steps', () => {
  it('a relapse after acceptance opens a linked case that goes straight to joint enforcement, and never back to dispatch', () => {
    let relapses = 0;
    let repeatRelapses = 0;
    fc.assert(
      fc.property(preferArb, fc.array(stepArb, { minLength: 40, maxLength: 120 }), (prefer, steps) => {
        // Every round of the loop on one dwelling: the first case, then one per relapse.
        const chain: CaseSnapshot[] = [];
        let s = deepFreeze(freshCase(START, 'case-0'));
        let at = START;
        for (const st of steps) {
          at += st.advanceHours * HOUR;
          const { action, evidence, actor } = chooseStep(s, st, prefer, at);
          if (action === 'relapse') {
            const r = recordRelapse(s, evidence, actor, at, `case-${chain.length + 1}`);
            const plain = applyTransition(s, action, evidence, actor, at);
            // The relapse step itself is refused exactly when the plain transition is.
            expect(r.ok).toBe(plain.ok);
            if (!r.ok) continue;
            expect(r.old.state).toBe('relapsed');
            expect(r.opened).toMatchObject({ state: 'joint_enforcement', source: 'relapse', relapseOf: s.id, houseId: s.houseId, assignee: null, deadline: null });
            chain.push(r.old);
            s = deepFreeze(r.opened);
            relapses += 1;
            if (chain.length >= 2) repeatRelapses += 1;
            continue;
          }
          const r = applyTransition(s, action, evidence, actor, at);
          if (r.ok) s = deepFreeze(r.snapshot);
          if (isTerminal(s)) break;
        }
        chain.push(s);
        chain.forEach((c, i) => {
          checkProvenance(c.history, c.state);
          if (i === 0) return;
          // A relapse case never goes round dispatch, verification, notices or the first acceptances again.
          expect(c.relapseOf).toBe(chain[i - 1].id);
          expect(c.history[0]?.action).toBe('escalate_relapse');
          for (const e of c.history) expect(ESCALATION_STATES).toContain(e.to);
          for (const e of c.history.slice(1)) expect([...UNVERIFIED_CASE_STATES, ...UNRECTIFIED_CASE_STATES.filter((x) => x !== 'joint_enforcement')]).not.toContain(e.to);
        });
      }),
      { numRuns: 200 },
    );
    // The runs do get there, repeatedly: the checks above bite.
    expect(relapses).toBeGreaterThan(20);
    expect(repeatRelapses).toBeGreaterThan(0);
  });
});
