// The whole loop through the services, on PGlite and PostgreSQL: every
// outcome path, one open case per house, the address queue, relapse,
// jurisdiction, labels, learning outcomes and the outbox, all written in the
// same transaction as the step.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listOutbox, type Database } from '@sentinel/db';
import { isoToDay } from '@sentinel/domain';
import { describeEachEngine } from '../../../db/test/engines.ts';
import {
  getCase, getHouseholdFile, listCases, listUnmatched, matchQueuedReport, openCaseFromAlert, receiveReport, transitionCase, whistlePrecision,
  addParty, revealParties, takeInImportedComplaints, type ServiceContext,
} from '../../src/index.ts';
import { clearChecklist, clockAt, ctxFor, groupRentalChecklist, photoDir, seedHouses, uploadPhoto } from './fixtures.ts';

describeEachEngine('closed loop (services)', (engine) => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 10);
    dir = await photoDir();
  });
  afterAll(async () => db.close());

  const step = (ctx: ServiceContext, caseId: string, action: Parameters<typeof transitionCase>[0]['input']['action'], evidence: Parameters<typeof transitionCase>[0]['input']['evidence'] = {}) =>
    transitionCase({ ctx, input: { caseId, action, evidence } });

  it('alert → dispatch (committee by default, 3 working days) → confirm → notices → pass → 回头看 ×3 → close', async () => {
    const clock = clockAt('2026-09-29T10:00:00+08:00'); // Tuesday before 国庆
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const committee = ctxFor(db, clock, 'committee');
    const enforcement = ctxFor(db, clock, 'enforcement', 'whole');
    const safety = ctxFor(db, clock, 'safety_office', 'whole');

    const opened = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H1', score: 0.91, level: 'red', reasons: ['用水量为登记人口的 3.2 倍', '夜间门禁频繁'], runId: 'run-1' } });
    expect(opened.created).toBe(true);
    const id = opened.caseId;

    const dispatched = await step(ops, id, 'dispatch');
    expect(dispatched.case.assignee).toEqual({ role: 'committee', unitName: '汾西居民区居委会' });
    // 9-30 … 10-07 off except 9-30; 10-09 … : 1st = 9-30, 2nd = 10-08, 3rd = 10-09.
    expect(dispatched.case.deadline?.dueDate).toBe('2026-10-09');

    await expect(step(ctxFor(db, clock, 'committee', 'other'), id, 'accept_dispatch')).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await step(committee, id, 'accept_dispatch');
    await expect(step(committee, id, 'confirm', { checklist: groupRentalChecklist(), photoIds: ['att_nope'] })).rejects.toMatchObject({ code: 'case.evidence_missing' });
    const photo = await uploadPhoto(committee, dir, 'H1', 'h1-site');
    await step(committee, id, 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] });

    const notices = (['rectification', 'population_registration', 'rental_filing'] as const).map((kind) => ({ kind, servedAt: clock.now(), photoIds: [photo] }));
    const notified = await step(committee, id, 'serve_notices', { notices });
    expect(notified.case.deadline?.kind).toBe('rectification');
    await step(enforcement, id, 'pass_acceptance', { units: ['enforcement', 'committee'], acceptance: { passed: true }, photoIds: [photo] });
    await step(safety, id, 'start_monitoring');
    for (let i = 0; i < 3; i++) {
      clock.advanceDays(30);
      await step(committee, id, 'record_revisit', { photoIds: [photo] });
    }
    const closed = await step(ops, id, 'close');
    expect(closed.case.state).toBe('closed');
    expect(closed.case.timeline?.map((e) => e.action ?? e.kind)).toEqual([
      'opened', 'dispatch', 'accept_dispatch', 'confirm', 'serve_notices', 'pass_acceptance', 'start_monitoring', 'record_revisit', 'record_revisit', 'record_revisit', 'close',
    ]);

    const file = await getHouseholdFile({ ctx: committee, input: { houseId: 'H1' } });
    expect(file.labels.find((l) => l.label === 'group_rental')?.removedAt).not.toBeNull();
    expect(file.alerts).toHaveLength(1);
    expect(file.notices).toHaveLength(3);
    expect(file.inspections.some((i) => i.result === 'confirmed' && i.verdict === 'group_rental')).toBe(true);
    const precision = await whistlePrecision({ ctx: ops });
    expect(precision.at(-1)).toMatchObject({ confirmed: 1, confirmedShare: 1 });
  });

  it('a second report on the same house attaches to the open case; rule-out clears the suspicion', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const grid = ctxFor(db, clock, 'grid_worker');
    const first = await receiveReport({ ctx: grid, input: { channel: 'patrol', houseId: 'H2', content: '夜间人员进出频繁' } });
    const second = await receiveReport({ ctx: ops, input: { channel: '12345', ticketId: 'T-100', address: '汾西路261弄12号102室', category: '群租' } });
    expect(first.status).toBe('opened');
    expect(second).toMatchObject({ status: 'attached', caseId: first.caseId, match: 'exact' });
    expect(await receiveReport({ ctx: ops, input: { channel: '12345', ticketId: 'T-100', address: '汾西路261弄12号102室' } })).toMatchObject({ status: 'duplicate' });

    const id = first.caseId as string;
    await step(ops, id, 'dispatch', { assignee: { role: 'grid_worker', unitName: '汾西居民区居委会' }, dueInWorkingDays: 5 });
    await step(grid, id, 'accept_dispatch');
    const photo = await uploadPhoto(grid, dir, 'H2', 'h2');
    const out = await step(grid, id, 'rule_out', { checklist: clearChecklist(), photoIds: [photo] });
    expect(out.case.state).toBe('not_group_rental');
    const detail = await getCase({ ctx: ops, input: { caseId: id } });
    expect(detail.reports).toHaveLength(2);
    expect(detail.timeline?.filter((e) => e.kind === 'report_attached')).toHaveLength(1);
    const file = await getHouseholdFile({ ctx: ops, input: { houseId: 'H2' } });
    expect(file.labels.filter((l) => l.removedAt === null)).toEqual([]);
  });

  it('an unmatched 12345 ticket waits in the queue until staff match it', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const queued = await receiveReport({ ctx: ops, input: { channel: '12345', ticketId: 'T-200', address: '某某路 88 号', category: '群租' } });
    expect(queued.status).toBe('queued');
    const list = await listUnmatched({ ctx: ops, input: { limit: 10, offset: 0 } });
    expect(list.items.map((i) => i.id)).toContain(queued.reportId);
    await expect(listUnmatched({ ctx: ctxFor(db, clock, 'committee'), input: { limit: 10, offset: 0 } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    const matched = await matchQueuedReport({ ctx: ops, input: { reportId: queued.reportId, houseId: 'H3' } });
    expect(matched.created).toBe(true);
    await expect(matchQueuedReport({ ctx: ops, input: { reportId: queued.reportId, houseId: 'H3' } })).rejects.toMatchObject({ code: 'intake.already_matched' });
  });

  it('no access → safety office → joint visit → confirm → fail twice → joint enforcement → rectified → relapse opens a linked case in joint enforcement', async () => {
    const clock = clockAt('2026-04-01T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const committee = ctxFor(db, clock, 'committee');
    const safety = ctxFor(db, clock, 'safety_office', 'whole');
    const enforcement = ctxFor(db, clock, 'enforcement', 'whole');
    const { caseId: id } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H4', score: 0.7, level: 'yellow', reasons: ['用电异常'] } });
    await step(ops, id, 'dispatch');
    await step(committee, id, 'accept_dispatch');
    await step(committee, id, 'record_no_access', { note: '多次敲门无人应答' });
    await step(committee, id, 'report_to_safety_office', { note: '请求联合上门' });
    await step(safety, id, 'joint_visit', { units: ['safety_office', 'police'] });
    const photo = await uploadPhoto(committee, dir, 'H4', 'h4');
    await step(safety, id, 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] });
    const notices = (['rectification', 'population_registration', 'rental_filing'] as const).map((kind) => ({ kind, servedAt: clock.now(), photoIds: [photo] }));
    await step(committee, id, 'serve_notices', { notices });
    const failing = { units: ['enforcement', 'committee'] as const, acceptance: { passed: false, remainingViolations: '隔断未拆除' }, photoIds: [photo] };
    await expect(step(enforcement, id, 'fail_acceptance', { ...failing, units: [...failing.units] })).rejects.toMatchObject({ code: 'case.deadline_not_reached' });
    clock.advanceDays(10);
    await step(enforcement, id, 'fail_acceptance', { ...failing, units: [...failing.units] });
    await step(enforcement, id, 'interview', { interviewed: ['owner', 'sublessor'], note: '约谈业主及二房东' });
    clock.advanceDays(6);
    await step(enforcement, id, 'fail_acceptance', { ...failing, units: [...failing.units] });
    await step(safety, id, 'complete_enforcement', { units: ['safety_office', 'enforcement', 'police'], photoIds: [photo], note: '拆除隔断，清退 6 人' });
    await step(safety, id, 'start_monitoring');
    clock.advanceDays(20);
    const relapse = await step(committee, id, 'relapse', { checklist: groupRentalChecklist(), photoIds: [photo] });
    expect(relapse.case.state).toBe('relapsed');
    const next = await getCase({ ctx: ops, input: { caseId: relapse.openedCaseId as string } });
    // 回潮从严: straight to 集中联合整治, not back to 未派单.
    expect(next).toMatchObject({ state: 'joint_enforcement', source: 'relapse', relapseOf: id, assignee: null, deadline: null });
    expect(next.availableActions).toEqual([]);
    expect((await getCase({ ctx: safety, input: { caseId: next.id } })).availableActions).toEqual(['complete_enforcement']);
    expect((await getCase({ ctx: ops, input: { caseId: next.id } })).timeline?.map((e) => e.action ?? e.kind)).toEqual(['opened', 'escalate_relapse']);
    // Repeat offender: the second round ends as the first did, and its relapse escalates again.
    await step(safety, next.id, 'complete_enforcement', { units: ['safety_office', 'enforcement', 'police'], photoIds: [photo], note: '再次拆除隔断' });
    await step(safety, next.id, 'start_monitoring');
    clock.advanceDays(10);
    const again = await step(committee, next.id, 'relapse', { checklist: groupRentalChecklist(), photoIds: [photo] });
    expect((await getCase({ ctx: ops, input: { caseId: again.openedCaseId as string } })).state).toBe('joint_enforcement');
    const file = await getHouseholdFile({ ctx: ops, input: { houseId: 'H4' } });
    expect(file.labels.filter((l) => l.removedAt === null).map((l) => l.label).sort()).toEqual(['group_rental', 'relapse_point']);
    const overdue = await listCases({ ctx: ops, input: { overdue: true, limit: 50, offset: 0 } });
    expect(overdue.items.every((c) => c.deadline !== null && isoToDay(c.deadline.dueDate) < isoToDay('2026-05-07'))).toBe(true);
  });

  it('refused steps change nothing: no event, no outbox row', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H5', score: 0.5, level: 'yellow', reasons: [] } });
    const before = (await listOutbox(db)).length;
    await expect(step(ctxFor(db, clock, 'market'), caseId, 'dispatch')).rejects.toMatchObject({ code: 'case.role_not_allowed' });
    await expect(step(ops, caseId, 'confirm')).rejects.toMatchObject({ code: 'case.action_not_available' });
    expect((await listOutbox(db)).length).toBe(before);
    expect((await getCase({ ctx: ops, input: { caseId } })).timeline).toHaveLength(1);
  });

  it('people of a house are masked by default; a reveal needs a purpose and is logged; property sees no tenants', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00');
    const committee = ctxFor(db, clock, 'committee');
    const property = ctxFor(db, clock, 'property');
    await addParty({ ctx: committee, input: { houseId: 'H6', kind: 'owner', name: '张伟明', phone: '13812345678', idLast4: '123X' } });
    await addParty({ ctx: committee, input: { houseId: 'H6', kind: 'tenant', name: '李四', phone: '13900001111' } });
    const file = await getHouseholdFile({ ctx: committee, input: { houseId: 'H6' } });
    expect(file.parties.map((p) => [p.name, p.phone])).toEqual([['张**', '138****5678'], ['李**', '139****1111']]);
    await expect(revealParties({ ctx: committee, input: { houseId: 'H6', purpose: '' } })).rejects.toMatchObject({ code: 'invalid_input' });
    const seen = await revealParties({ ctx: property, input: { houseId: 'H6', purpose: '送达限期整改告知书' } });
    expect(seen.find((p) => p.kind === 'owner')).toMatchObject({ name: '张伟明', revealed: true });
    expect(seen.find((p) => p.kind === 'tenant')).toMatchObject({ name: '李**', revealed: false });
    const log = await db.query<{ action: string; purpose: string; actor_id: string }>("SELECT action, purpose, actor_id FROM audit_log WHERE target_id = 'H6' AND action LIKE 'personal_data.%' ORDER BY id");
    expect(log.rows.map((r) => r.action)).toEqual(['personal_data.view', 'personal_data.reveal']);
    expect(log.rows[1]).toMatchObject({ purpose: '送达限期整改告知书', actor_id: property.user.id });
    await expect(db.exec("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
  });

  it('imported 群租 complaints are taken in once: pre-matched attach/open, addresses matched or queued', async () => {
    const clock = clockAt('2026-03-05T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    await db.exec(`INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, category, content, import_batch_id, source_line) VALUES
      ('C1', '2026-03-01T10:00:00+08:00', '12345', '汾西路261弄12号107室', 'H7', '群租', '隔断出租', 1, 2),
      ('C2', '2026-03-01T11:00:00+08:00', '12345', '汾西路261弄12号108室', NULL, '群租', NULL, 1, 3),
      ('C3', '2026-03-01T12:00:00+08:00', 'resident', '不存在路1号', NULL, '群租', NULL, 1, 4),
      ('C4', '2026-03-01T13:00:00+08:00', '12345', '汾西路261弄12号109室', 'H9', '噪音', NULL, 1, 5)`);
    const first = await takeInImportedComplaints({ ctx: ops, input: { limit: 100 } });
    expect(first).toEqual({ seen: 3, byStatus: { opened: 2, attached: 0, queued: 1, duplicate: 0 }, skipped: 0 });
    expect(await takeInImportedComplaints({ ctx: ops, input: { limit: 100 } })).toMatchObject({ seen: 0 });
  });
});
