// THE one way to move a case: every step of the life-cycle table goes through
// here. Permission first, then one transaction: lock the case, check the
// jurisdiction, let the domain decide (role, order, evidence, guards,
// deadline), check the photos exist, write the new state and the event, and
// the side effects of the step (labels, learning outcomes, webhook) — all or
// nothing.
import { loadWorkingCalendar } from '../calendar/working-calendar.ts';
import {
  appendCaseEvent, getHouse, insertCase, insertVerificationOutcome, listCaseEvents, lockCase, putHouseLabel, removeHouseLabel,
  updateCaseIfVersion, type CaseRow, type House, type SqlSession,
} from '@sentinel/db';
import {
  applyTransition, CASE_ACTIONS, type Assignee, caseNumbering, recordRelapse, type CaseAction, type CaseEvent, type CaseSnapshot, type InspectionResult, type TransitionEvidence,
} from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { conflict, invalidInput, notFound, outOfJurisdiction } from '../errors.ts';
import { newId } from '../ids.ts';
import { enqueueOutboxEvent } from '../outbox/enqueue.ts';
import { committeeUnitName } from '../users/unit-names.ts';
import { checkedAssignee } from '../directory/assignee-check.ts';
import { toCaseView, type CaseView } from './case-view.ts';
import { requireUploadedPhotos } from './evidence-files.ts';
import { actorFromUser, snapshotColumns, toSnapshot } from './snapshot-store.ts';

export interface TransitionCaseInput {
  readonly caseId: string;
  readonly action: CaseAction;
  readonly evidence: TransitionEvidence;
  /** When the step happened, UTC ms (a visit keyed in later); default now, never in the future. */
  readonly at?: number;
}

export interface TransitionCaseResult {
  readonly case: CaseView;
  /** The new case a relapse opened. */
  readonly openedCaseId: string | null;
}

/** What a verification step teaches the detector (inspections.csv vocabulary). */
const OUTCOME_OF: Partial<Record<CaseAction, InspectionResult>> = {
  confirm: 'confirmed',
  rule_out: 'not_confirmed',
  record_no_access: 'no_access',
  relapse: 'confirmed',
};

/** 派单 goes to the committee of the house's neighbourhood unless the dispatcher picks another unit. */
function withDefaultAssignee(action: CaseAction, evidence: TransitionEvidence, house: House): TransitionEvidence {
  if (action !== 'dispatch' || evidence.assignee) return evidence;
  return { ...evidence, assignee: { role: 'committee', unitName: committeeUnitName(house.neighborhood) } };
}

/** The unit (and person) a 派单 / 改派 names, checked against the organisation directory. */
async function assigneeOf(tx: SqlSession, input: TransitionCaseInput, house: House): Promise<Assignee | undefined> {
  if (input.action !== 'dispatch' && input.action !== 'reassign') return undefined;
  return checkedAssignee(tx, house.subdistrict, input.evidence.assignee);
}

async function writeStep(tx: SqlSession, row: CaseRow, next: CaseSnapshot, event: CaseEvent): Promise<void> {
  const updated = await updateCaseIfVersion(tx, row.id, row.version, snapshotColumns(next));
  if (!updated) throw conflict('case.concurrent_update', '案件刚被他人办理，请刷新后重试。');
  await appendCaseEvent(tx, {
    caseId: row.id, kind: 'transition', action: event.action, fromState: event.from, toState: event.to,
    actorId: event.actor.id, actorRole: event.actor.role, actorUnit: event.actor.unitName ?? null,
    at: new Date(event.at), evidence: event.evidence, deadline: event.deadline, reportId: null,
  });
}

async function applySideEffects(tx: SqlSession, ctx: ServiceContext, row: CaseRow, event: CaseEvent, openedCaseId: string | null): Promise<void> {
  const at = new Date(event.at);
  const result = OUTCOME_OF[event.action];
  if (result) {
    await insertVerificationOutcome(tx, {
      houseId: row.houseId, caseId: row.id, caseSeq: event.seq, verifiedAt: at, result,
      occupants: event.evidence.checklist?.occupants ?? null, caseSource: event.action === 'relapse' ? 'relapse' : row.source,
      alertScore: row.alertScore, alertLevel: row.alertLevel, alertRunId: row.alertRunId,
    });
  }
  const label = (l: 'suspected_group_rental' | 'group_rental' | 'relapse_point', caseId: string) => putHouseLabel(tx, { houseId: row.houseId, label: l, caseId, setAt: at, setById: ctx.user.id });
  switch (event.action) {
    case 'confirm':
      await removeHouseLabel(tx, row.houseId, 'suspected_group_rental', at);
      await label('group_rental', row.id);
      break;
    case 'rule_out':
      await removeHouseLabel(tx, row.houseId, 'suspected_group_rental', at);
      break;
    case 'pass_acceptance':
    case 'complete_enforcement':
      await removeHouseLabel(tx, row.houseId, 'group_rental', at);
      break;
    case 'relapse':
      await label('relapse_point', row.id);
      await label('group_rental', openedCaseId ?? row.id);
      break;
    default:
      break;
  }
  await enqueueOutboxEvent(tx, 'case.transitioned', {
    caseId: row.id, houseId: row.houseId, action: event.action, from: event.from, to: event.to, deadline: event.deadline, openedCaseId,
  }, event.at);
  if (event.action === 'dispatch' || event.action === 'reassign') {
    await enqueueOutboxEvent(tx, 'case.dispatched', { caseId: row.id, houseId: row.houseId, caseNumber: row.caseNumber, assignee: event.evidence.assignee ?? null, deadline: event.deadline }, event.at);
  }
}

/**
 * The case a relapse opened, already escalated to 集中联合整治 (recordRelapse):
 * its row, its opening and its one transition, so its history rebuilds as
 * discovered → joint_enforcement like any other case's.
 */
async function storeRelapseCase(tx: SqlSession, opened: CaseSnapshot, old: CaseRow, house: House, at: number): Promise<void> {
  const actor = opened.openedBy;
  // The old case ended as relapsed (no longer open), so the new one passes the one-open-case index.
  await insertCase(tx, { ...snapshotColumns(opened), alertScore: null, alertLevel: null, alertReasons: null, alertRunId: null }, caseNumbering(house.subdistrict, at));
  const escalation = opened.history[0];
  await appendCaseEvent(tx, {
    caseId: opened.id, kind: 'opened', fromState: null, toState: 'discovered', actorId: actor.id, actorRole: actor.role,
    actorUnit: actor.unitName ?? null, at: new Date(at), evidence: { note: `回潮：原案件 ${old.caseNumber}`, ...escalation.evidence }, reportId: null,
  });
  await appendCaseEvent(tx, {
    caseId: opened.id, kind: 'transition', action: escalation.action, fromState: escalation.from, toState: escalation.to,
    actorId: actor.id, actorRole: actor.role, actorUnit: actor.unitName ?? null, at: new Date(escalation.at),
    evidence: { note: `原案件 ${old.caseNumber} 验收后回潮，从严处理，直接转入集中联合整治`, ...escalation.evidence }, deadline: escalation.deadline, reportId: null,
  });
  await enqueueOutboxEvent(tx, 'case.opened', { caseId: opened.id, houseId: old.houseId, address: house.address, source: 'relapse', relapseOf: old.id }, at);
  await enqueueOutboxEvent(tx, 'case.transitioned', {
    caseId: opened.id, houseId: old.houseId, action: escalation.action, from: escalation.from, to: escalation.to, deadline: escalation.deadline, openedCaseId: null,
  }, at);
}

export async function transitionCase({ ctx, input }: { ctx: ServiceContext; input: TransitionCaseInput }): Promise<TransitionCaseResult> {
  requirePermission(ctx, 'case.transition');
  if (!CASE_ACTIONS.includes(input.action)) throw invalidInput(`未知操作 "${String(input.action)}"。`);
  const now = ctx.now();
  const at = input.at ?? now;
  if (!Number.isFinite(at) || at > now) throw invalidInput('办理时间无效或晚于当前时间。');

  return ctx.db.transaction(async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw notFound(`案件 ${input.caseId}`);
    const house = await getHouse(tx, row.houseId);
    if (!house) throw notFound(`房屋 ${row.houseId}`);
    if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`案件 ${input.caseId}`);

    const events = await listCaseEvents(tx, [row.id]);
    const snapshot = toSnapshot(row, events);
    const named = await assigneeOf(tx, input, house);
    const evidence = withDefaultAssignee(input.action, named ? { ...input.evidence, assignee: named } : input.evidence, house);
    const actor = actorFromUser(ctx.user);
    const options = { calendar: ctx.calendar ?? await loadWorkingCalendar(tx) };

    let next: CaseSnapshot;
    let event: CaseEvent;
    let opened: CaseSnapshot | null = null;
    if (input.action === 'relapse') {
      const r = recordRelapse(snapshot, evidence, actor, at, newId('case'), options);
      if (!r.ok) throw r.error;
      next = r.old;
      opened = r.opened;
      event = r.old.history[r.old.history.length - 1];
    } else {
      const r = applyTransition(snapshot, input.action, evidence, actor, at, options);
      if (!r.ok) throw r.error;
      next = r.snapshot;
      event = r.event;
    }
    await requireUploadedPhotos(tx, row.houseId, evidence);
    await writeStep(tx, row, next, event);

    if (opened) await storeRelapseCase(tx, opened, row, house, at);
    await applySideEffects(tx, ctx, row, event, opened?.id ?? null);

    const after = await lockCase(tx, row.id);
    const allEvents = await listCaseEvents(tx, [row.id]);
    return { case: toCaseView(after as CaseRow, allEvents, house, ctx.user, now, true), openedCaseId: opened?.id ?? null };
  });
}
