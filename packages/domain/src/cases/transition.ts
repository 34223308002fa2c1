// The one way a case moves: look the step up in the life-cycle table, check
// role, order, evidence and guards, then compute the deadline it sets. Pure:
// the same snapshot, step and calendar always give the same result, and the
// input snapshot is never modified.
import { CalendarYearNotCoveredError } from '../calendar/errors.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days.ts';
import { shanghaiDay } from '../time.ts';
import type { Actor, CaseEvent, CaseSnapshot } from './snapshot.ts';
import type { CaseAction } from './actions.ts';
import { DEADLINE_UNITS, DEFAULT_CASE_POLICY, type CaseDeadline, type CasePolicy } from './deadlines.ts';
import { checkEvidence, noticesServedDay, type TransitionEvidence } from './evidence.ts';
import {
  ActionNotAvailableError,
  CaseTerminalError,
  DeadlineNotReachedError,
  EventOutOfOrderError,
  EvidenceMissingError,
  InvalidDeadlineChoiceError,
  NotAssigneeError,
  NotEnoughRevisitsError,
  NotRelapseOpeningError,
  RoleNotAllowedError,
  type CaseError,
} from './errors.ts';
import { findRule, type CaseTransitionRule } from './lifecycle.ts';
import { isTerminal } from './states.ts';

export interface TransitionOptions {
  readonly policy?: CasePolicy;
  /** The official calendar with the admin's overrides (createWorkingCalendar(overrides)). */
  readonly calendar?: WorkingCalendar;
}

export type TransitionError = CaseError | CalendarYearNotCoveredError;

export type TransitionResult =
  | { readonly ok: true; readonly snapshot: CaseSnapshot; readonly event: CaseEvent }
  | { readonly ok: false; readonly error: TransitionError };

const fail = (error: TransitionError): TransitionResult => ({ ok: false, error });

/** The first reason the actor may not take this step, ignoring evidence; null when they may. */
export function checkActorAndState(snapshot: CaseSnapshot, action: CaseAction, actor: Actor): CaseError | null {
  if (isTerminal(snapshot.state)) return new CaseTerminalError(snapshot.state);
  const rule = findRule(snapshot.state, action);
  if (!rule) return new ActionNotAvailableError(snapshot.state, action);
  if (!rule.roles.includes(actor.role)) return new RoleNotAllowedError(actor.role, action, rule.roles);
  if (rule.guards.includes('assignee_only')) {
    const a = snapshot.assignee;
    const isAssignee = a !== null && a.role === actor.role && (actor.unitName === undefined || actor.unitName === a.unitName);
    if (!isAssignee) return new NotAssigneeError(a?.unitName ?? '未指定');
  }
  if (rule.guards.includes('relapse_opening') && !isRelapseOpening(snapshot)) return new NotRelapseOpeningError();
  return null;
}

/** A case opened by a relapse that has taken no step yet. */
function isRelapseOpening(snapshot: CaseSnapshot): boolean {
  return snapshot.source === 'relapse' && snapshot.relapseOf !== null && snapshot.history.length === 0;
}

function checkGuards(rule: CaseTransitionRule, snapshot: CaseSnapshot, at: number, policy: CasePolicy): CaseError | null {
  if (rule.guards.includes('deadline_passed') && snapshot.deadline && shanghaiDay(at) <= snapshot.deadline.dueDay) {
    return new DeadlineNotReachedError(snapshot.deadline.dueDay);
  }
  if (rule.guards.includes('enough_clean_revisits') && snapshot.cleanRevisits < policy.minCleanRevisitsToClose) {
    return new NotEnoughRevisitsError(snapshot.cleanRevisits, policy.minCleanRevisitsToClose);
  }
  return null;
}

/** @throws CalendarYearNotCoveredError (caught by applyTransition) */
function nextDeadline(rule: CaseTransitionRule, snapshot: CaseSnapshot, evidence: TransitionEvidence, at: number, policy: CasePolicy, calendar: WorkingCalendar): CaseDeadline | null | CaseError {
  const effect = rule.deadline;
  if (effect === 'keep') return snapshot.deadline;
  if (effect === 'clear') return null;
  let days = policy.deadlineDays[effect.set];
  if (effect.adjustable && evidence.dueInWorkingDays !== undefined) {
    const chosen = evidence.dueInWorkingDays;
    if (!Number.isInteger(chosen) || chosen < 1 || chosen > policy.maxDispatchWorkingDays) return new InvalidDeadlineChoiceError(chosen, policy.maxDispatchWorkingDays);
    days = chosen;
  }
  const fromDay = effect.from === 'notices_served' ? (noticesServedDay(evidence) ?? shanghaiDay(at)) : shanghaiDay(at);
  const dueDay = DEADLINE_UNITS[effect.set] === 'working_days' ? calendar.addWorkingDays(fromDay, days) : fromDay + days;
  return { kind: effect.set, fromDay, dueDay };
}

/**
 * Take one step on a case. Returns the next snapshot and the event recorded,
 * or the typed reason the step is refused. Never throws for a refused step.
 */
export function applyTransition(
  snapshot: CaseSnapshot,
  action: CaseAction,
  evidence: TransitionEvidence,
  actor: Actor,
  at: number,
  options: TransitionOptions = {},
): TransitionResult {
  const policy = options.policy ?? DEFAULT_CASE_POLICY;
  const refused = checkActorAndState(snapshot, action, actor);
  if (refused) return fail(refused);
  const rule = findRule(snapshot.state, action) as CaseTransitionRule;

  const lastAt = snapshot.history.length > 0 ? snapshot.history[snapshot.history.length - 1].at : snapshot.openedAt;
  if (!Number.isFinite(at) || at < lastAt) return fail(new EventOutOfOrderError(at, lastAt));

  const problems = checkEvidence(rule.evidence, evidence, { at, stateSince: snapshot.stateSince, currentAssignee: snapshot.assignee });
  if (problems.length > 0) return fail(new EvidenceMissingError(action, problems));

  const guard = checkGuards(rule, snapshot, at, policy);
  if (guard) return fail(guard);

  let deadline: CaseDeadline | null | CaseError;
  try {
    deadline = nextDeadline(rule, snapshot, evidence, at, policy, options.calendar ?? createWorkingCalendar());
  } catch (error) {
    if (error instanceof CalendarYearNotCoveredError) return fail(error);
    throw error; // a bug, not a refusal
  }
  if (deadline instanceof Error) return fail(deadline);

  const event: CaseEvent = { seq: snapshot.history.length + 1, action, from: snapshot.state, to: rule.to, actor, at, evidence, deadline };
  const next: CaseSnapshot = {
    ...snapshot,
    state: rule.to,
    stateSince: rule.to === snapshot.state ? snapshot.stateSince : at,
    assignee: evidence.assignee && rule.evidence.includes('assignee') ? evidence.assignee : snapshot.assignee,
    deadline,
    checklist: evidence.checklist && rule.evidence.some((r) => r.startsWith('checklist_')) ? evidence.checklist : snapshot.checklist,
    cleanRevisits: action === 'record_revisit' ? snapshot.cleanRevisits + 1 : rule.to === 'monitoring' ? 0 : snapshot.cleanRevisits,
    history: [...snapshot.history, event],
  };
  return { ok: true, snapshot: next, event };
}
