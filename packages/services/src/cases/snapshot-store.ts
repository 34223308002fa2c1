// Between the database rows of a case and the domain's CaseSnapshot. The row
// holds the current state; the transition events rebuild the history the
// domain checks order and evidence against.
import type { CaseEventRow, CaseRow, UnnumberedCaseRow } from '@sentinel/db';
import type { Actor, CaseEvent, CaseSnapshot, CaseAction } from '@sentinel/domain';

export function actorOf(row: { actorId: string; actorRole: Actor['role']; actorUnit: string | null }): Actor {
  return row.actorUnit === null ? { id: row.actorId, role: row.actorRole } : { id: row.actorId, role: row.actorRole, unitName: row.actorUnit };
}

export function toSnapshot(row: CaseRow, events: readonly CaseEventRow[]): CaseSnapshot {
  const history: CaseEvent[] = events
    .filter((e) => e.kind === 'transition' && e.caseId === row.id)
    .map((e, i) => ({
      seq: i + 1,
      action: e.action as CaseAction,
      from: e.fromState ?? row.state,
      to: e.toState,
      actor: actorOf(e),
      at: e.at.getTime(),
      evidence: e.evidence,
      deadline: e.deadline ?? null,
    }));
  return {
    id: row.id,
    houseId: row.houseId,
    source: row.source,
    state: row.state,
    openedAt: row.openedAt.getTime(),
    openedBy: actorOf({ actorId: row.openedById, actorRole: row.openedByRole, actorUnit: row.openedByUnit }),
    relapseOf: row.relapseOf,
    assignee: row.assigneeRole && row.assigneeUnit ? { role: row.assigneeRole, unitName: row.assigneeUnit } : null,
    deadline: row.deadlineKind && row.deadlineDueDay !== null && row.deadlineFromDay !== null
      ? { kind: row.deadlineKind, dueDay: row.deadlineDueDay, fromDay: row.deadlineFromDay } : null,
    checklist: row.checklist,
    cleanRevisits: row.cleanRevisits,
    stateSince: row.stateSince.getTime(),
    history,
  };
}

/** The columns of the case row that follow from a snapshot. */
export function snapshotColumns(s: CaseSnapshot): Omit<UnnumberedCaseRow, 'alertScore' | 'alertLevel' | 'alertReasons' | 'alertRunId'> {
  return {
    id: s.id,
    houseId: s.houseId,
    source: s.source,
    state: s.state,
    openedAt: new Date(s.openedAt),
    openedById: s.openedBy.id,
    openedByRole: s.openedBy.role,
    openedByUnit: s.openedBy.unitName ?? null,
    relapseOf: s.relapseOf,
    assigneeRole: s.assignee?.role ?? null,
    assigneeUnit: s.assignee?.unitName ?? null,
    deadlineKind: s.deadline?.kind ?? null,
    deadlineFromDay: s.deadline?.fromDay ?? null,
    deadlineDueDay: s.deadline?.dueDay ?? null,
    checklist: s.checklist,
    cleanRevisits: s.cleanRevisits,
    stateSince: new Date(s.stateSince),
    version: s.history.length,
  };
}

export function actorFromUser(user: { id: string; role: Actor['role']; unitName: string }): Actor {
  return { id: user.id, role: user.role, unitName: user.unitName };
}
