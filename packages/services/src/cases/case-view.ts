// What staff see of a case: the snapshot in plain terms (dates as
// YYYY-MM-DD, labels in Chinese), the steps this user may take now, and the
// timeline.
import type { CaseEventRow, CaseRow } from '@sentinel/db';
import {
  availableActions, CASE_ACTION_LABELS, CASE_SOURCE_LABELS, CASE_STATE_LABELS, DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS, dayToIso,
  deadlineStatus, type CaseAction, type CaseDeadline, type CaseSource, type CaseState, type ChecklistAnswers, type DeadlineKind,
  type DeadlineStatus, type AlertLevel, type Role, type TransitionEvidence,
} from '@sentinel/domain';
import type { CurrentUser } from '../context.ts';
import { toSnapshot } from './snapshot-store.ts';

export interface DeadlineView {
  readonly kind: DeadlineKind;
  readonly kindLabel: string;
  readonly fromDate: string;
  readonly dueDate: string;
  readonly status: DeadlineStatus;
  readonly statusLabel: string;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly kind: CaseEventRow['kind'];
  readonly action: CaseAction | null;
  readonly actionLabel: string | null;
  readonly fromState: CaseState | null;
  readonly toState: CaseState;
  readonly actor: { readonly id: string; readonly role: Role; readonly unitName: string | null };
  readonly at: string;
  readonly evidence: TransitionEvidence;
  readonly deadline: { readonly kind: DeadlineKind; readonly fromDate: string; readonly dueDate: string } | null;
  readonly reportId: string | null;
}

export interface CaseView {
  /** Internal id (URLs, API); people see `number`. */
  readonly id: string;
  /** Official case number, e.g. `临汾群租〔2026〕0001号`. */
  readonly number: string;
  readonly houseId: string;
  readonly address: string;
  readonly neighborhood: string;
  readonly community: string;
  readonly source: CaseSource;
  readonly sourceLabel: string;
  readonly state: CaseState;
  readonly stateLabel: string;
  readonly openedAt: string;
  readonly stateSince: string;
  readonly relapseOf: string | null;
  readonly assignee: { readonly role: Role; readonly unitName: string } | null;
  readonly deadline: DeadlineView | null;
  readonly checklist: ChecklistAnswers | null;
  readonly cleanRevisits: number;
  readonly alert: { readonly score: number; readonly level: AlertLevel; readonly reasons: readonly string[]; readonly runId: string | null } | null;
  readonly availableActions: readonly CaseAction[];
  readonly actionLabels: Readonly<Record<string, string>>;
  /** Present on the detail view only. */
  readonly timeline?: readonly TimelineEntry[];
}

export interface HousePlace { readonly address: string; readonly neighborhood: string; readonly community: string }

function deadlineDates(d: CaseDeadline): { kind: DeadlineKind; fromDate: string; dueDate: string } {
  return { kind: d.kind, fromDate: dayToIso(d.fromDay), dueDate: dayToIso(d.dueDay) };
}

export function toTimelineEntry(e: CaseEventRow): TimelineEntry {
  const action = e.kind === 'transition' ? (e.action as CaseAction) : null;
  return {
    seq: e.seq, kind: e.kind, action, actionLabel: action ? CASE_ACTION_LABELS[action] : e.kind === 'opened' ? '登记发现' : '线索并案',
    fromState: e.fromState, toState: e.toState, actor: { id: e.actorId, role: e.actorRole, unitName: e.actorUnit },
    at: e.at.toISOString(), evidence: e.evidence, deadline: e.deadline ? deadlineDates(e.deadline) : null, reportId: e.reportId,
  };
}

export function toCaseView(row: CaseRow, events: readonly CaseEventRow[], place: HousePlace, user: CurrentUser, nowMs: number, withTimeline: boolean): CaseView {
  const snapshot = toSnapshot(row, events);
  const actions = availableActions(snapshot, user.role, user.unitName);
  const status = deadlineStatus(snapshot, nowMs);
  return {
    id: row.id, number: row.caseNumber, houseId: row.houseId, address: place.address, neighborhood: place.neighborhood, community: place.community,
    source: row.source, sourceLabel: CASE_SOURCE_LABELS[row.source], state: row.state, stateLabel: CASE_STATE_LABELS[row.state],
    openedAt: row.openedAt.toISOString(), stateSince: row.stateSince.toISOString(), relapseOf: row.relapseOf, assignee: snapshot.assignee,
    deadline: snapshot.deadline ? { ...deadlineDates(snapshot.deadline), kindLabel: DEADLINE_KIND_LABELS[snapshot.deadline.kind], status, statusLabel: DEADLINE_STATUS_LABELS[status] } : null,
    checklist: row.checklist, cleanRevisits: row.cleanRevisits,
    alert: row.alertScore !== null && row.alertLevel !== null ? { score: row.alertScore, level: row.alertLevel, reasons: row.alertReasons ?? [], runId: row.alertRunId } : null,
    availableActions: actions, actionLabels: Object.fromEntries(actions.map((a) => [a, CASE_ACTION_LABELS[a]])),
    ...(withTimeline ? { timeline: events.filter((e) => e.caseId === row.id).map(toTimelineEntry) } : {}),
  };
}
