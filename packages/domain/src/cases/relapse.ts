// 回潮: a dwelling under watch is found let as a group rental again. The old
// case ends as `relapsed`; a new case on the same dwelling opens linked to it
// (relapseOf), carrying the checklist that proved the relapse, and goes at
// once to 集中联合整治 (escalate_relapse): a repeat offender is handled
// strictly (从严), not dispatched and verified again — the relapse finding is
// the verification. Both snapshots come back together so the caller stores
// them in one transaction.
import type { TransitionEvidence } from './evidence.ts';
import { openCase } from './open.ts';
import type { Actor, CaseSnapshot } from './snapshot.ts';
import { applyTransition, type TransitionError, type TransitionOptions } from './transition.ts';
import type { InvalidCaseOpeningError } from './errors.ts';

export type RelapseResult =
  | { readonly ok: true; readonly old: CaseSnapshot; readonly opened: CaseSnapshot }
  | { readonly ok: false; readonly error: TransitionError | InvalidCaseOpeningError };

export function recordRelapse(
  snapshot: CaseSnapshot,
  evidence: TransitionEvidence,
  actor: Actor,
  at: number,
  newCaseId: string,
  options: TransitionOptions = {},
): RelapseResult {
  const step = applyTransition(snapshot, 'relapse', evidence, actor, at, options);
  if (!step.ok) return step;
  const opened = openCase({ id: newCaseId, houseId: snapshot.houseId, source: 'relapse', actor, at, relapseOf: snapshot.id, checklist: evidence.checklist ?? null });
  if (!opened.ok) return opened;
  const escalated = applyTransition(opened.snapshot, 'escalate_relapse', { checklist: evidence.checklist, photoIds: evidence.photoIds }, actor, at, options);
  if (!escalated.ok) return escalated;
  return { ok: true, old: step.snapshot, opened: escalated.snapshot };
}
