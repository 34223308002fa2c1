// A party's credit record: every offence on its dwellings becomes an entry
// with its evidence and the day it expires; the score is the base minus the
// points of the entries in force. Pure: the services feed it the case
// timelines of the party's dwellings and today's Shanghai day.
import type { CaseAction } from '../cases/actions.ts';
import type { CaseState } from '../cases/states.ts';
import { CREDIT_OFFENCE_LABELS, DEFAULT_CREDIT_RULES, type CreditOffence, type CreditRules } from './credit-rules.ts';
import type { PartyLinkRole } from './kinds.ts';

/** Where an entry comes from: the case, the dwelling, and the party's capacity there. */
export interface CreditEvidence {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly houseId: string;
  readonly role: PartyLinkRole;
}

export interface CreditEvent {
  readonly offence: CreditOffence;
  /** Shanghai day of the offence (the day the case entered the state). */
  readonly day: number;
  readonly evidence: CreditEvidence;
}

export interface CreditEntry extends CreditEvent {
  readonly label: string;
  readonly points: number;
  /** First day the entry no longer counts. */
  readonly expiresDay: number;
  readonly inForce: boolean;
}

export interface CreditRecord {
  readonly score: number;
  readonly band: string;
  /** Newest first. */
  readonly entries: readonly CreditEntry[];
  readonly inForceCount: number;
}

/** The case states that are offences, and which. */
const OFFENCE_OF_STATE: Partial<Record<CaseState, CreditOffence>> = {
  confirmed: 'confirmed',
  acceptance_failed: 'acceptance_failed',
  joint_enforcement: 'refused',
  relapsed: 'relapse',
};

export interface CaseTimeline {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly houseId: string;
  /** Every state the case entered, with its Shanghai day and the action that took it there (null for the opening). */
  readonly entered: readonly { readonly state: CaseState; readonly day: number; readonly action?: CaseAction | null }[];
}

/**
 * The offences of one case counted against a party linked to its dwelling
 * as `role` from `fromDay` (null = as long as the records go back): what
 * happened before the party stood behind the flat is not its doing.
 */
export function offencesOfCase(c: CaseTimeline, role: PartyLinkRole, fromDay: number | null): CreditEvent[] {
  return c.entered.flatMap(({ state, day, action }) => {
    const offence = OFFENCE_OF_STATE[state];
    if (offence === undefined || (fromDay !== null && day < fromDay)) return [];
    // A relapse goes straight to joint enforcement (回潮从严): counted once, as the relapse of the case before, not as a refusal.
    if (action === 'escalate_relapse') return [];
    return [{ offence, day, evidence: { caseId: c.caseId, caseNumber: c.caseNumber, houseId: c.houseId, role } }];
  });
}

/** The band a score falls in (rules' bands run highest first, the last from 0). */
export function creditBand(score: number, rules: CreditRules = DEFAULT_CREDIT_RULES): string {
  return (rules.bands.find((b) => score >= b.minScore) ?? rules.bands[rules.bands.length - 1]).label;
}

/**
 * The record as of `asOfDay`: an entry counts from its day until (not
 * including) its expiry day; an event dated after `asOfDay` does not count
 * yet. The score never goes below 0.
 */
export function creditRecord(events: readonly CreditEvent[], asOfDay: number, rules: CreditRules = DEFAULT_CREDIT_RULES): CreditRecord {
  const entries = events.map((e): CreditEntry => {
    const rule = rules.offences[e.offence];
    const expiresDay = e.day + rule.validityDays;
    return { ...e, label: CREDIT_OFFENCE_LABELS[e.offence], points: rule.points, expiresDay, inForce: e.day <= asOfDay && asOfDay < expiresDay };
  }).sort((a, b) => b.day - a.day || a.evidence.caseNumber.localeCompare(b.evidence.caseNumber) || a.offence.localeCompare(b.offence));
  const deducted = entries.reduce((sum, e) => sum + (e.inForce ? e.points : 0), 0);
  const score = Math.max(0, rules.baseScore - deducted);
  return { score, band: creditBand(score, rules), entries, inForceCount: entries.filter((e) => e.inForce).length };
}
