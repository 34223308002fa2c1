// 宣传摸底 on both engines: a campaign lists the dwellings to visit, each unit
// sees its share only, a visit records division, use, people (masked in the
// house file) and the notice served with its photo, and progress adds up.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import type { SurveyVisitBody } from '@sentinel/contract';
import {
  createSurveyCampaign, getHouseholdFile, getSurveyProgress, listSurveyCampaigns, listSurveyTargets, recordSurveyVisit, refreshSurveyTargets,
  type ServiceContext,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, photoDir, seedHouses, uploadPhoto, type Clock } from '../closed-loop/fixtures.ts';
import { seedSurveyRegister } from './fixture.ts';

const rentedVisit = (over: Partial<SurveyVisitBody> = {}): SurveyVisitBody => ({
  houseId: 'H1', outcome: 'surveyed', use: 'by_room', originalRooms: 2, currentRooms: 4, occupants: 7, relapseWatch: true, noticeServed: false,
  parties: [{ kind: 'owner', name: '王建国', phone: '13812345678' }, { kind: 'sublessor', name: '李二', phone: '13900001111' }, { kind: 'tenant', name: '赵六' }],
  ...over,
});

describeEachEngine('survey campaign (宣传摸底)', (engine) => {
  let db: Database;
  let clock: Clock;
  let dir: string;
  let campaignId: string;
  const as = (role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext => ctxFor(db, clock, role, scope);
  const targetsOf = async (ctx: ServiceContext) => (await listSurveyTargets({ ctx, input: { campaignId } })).items.map((t) => t.houseId);
  const audit = async (action: string) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1', [action])).rows[0].n;

  beforeEach(async () => {
    db = await engine.open();
    await seedHouses(db, 6);
    await seedSurveyRegister(db);
    clock = clockAt('2026-03-02T09:00:00+08:00');
    dir = await photoDir();
    campaignId = (await createSurveyCampaign({ ctx: as('safety_office'), input: { name: '2026年宣传摸底', startDay: '2026-03-01', endDay: '2026-04-30', neighborhoods: [] } })).id;
  });
  afterEach(async () => db.close());

  it('lists registry and filed rentals and recent complaints; each unit sees its own share', async () => {
    expect(await targetsOf(as('ops_center'))).toEqual(['H1', 'H2', 'H3', 'H4', 'X1']);
    expect(await targetsOf(as('committee'))).toEqual(['H1', 'H2', 'H3', 'H4']);
    expect(await targetsOf(as('property', 'other'))).toEqual(['X1']);
    const items = (await listSurveyTargets({ ctx: as('committee'), input: { campaignId } })).items;
    expect(items.find((t) => t.houseId === 'H4')?.reasons).toEqual(['complaint']);
    expect(items.every((t) => t.state === 'pending')).toBe(true);
    expect((await listSurveyCampaigns({ ctx: as('committee', 'other') })).items.map((c) => c.targets)).toEqual([1]);
    expect(await audit('survey.campaign_create')).toBe(1);
  });

  it('a visit stores division and use, registers the people masked in the house file, and needs the notice photo of this house', async () => {
    const ctx = as('committee');
    await expect(recordSurveyVisit({ ctx, input: { campaignId, ...rentedVisit({ noticeServed: true }) } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 noticePhotoId）') });
    const otherHousePhoto = await uploadPhoto(ctx, dir, 'H2', 'h2');
    await expect(recordSurveyVisit({ ctx, input: { campaignId, ...rentedVisit({ noticeServed: true, noticePhotoId: otherHousePhoto }) } })).rejects.toMatchObject({ code: 'not_found' });
    const photo = await uploadPhoto(ctx, dir, 'H1', 'notice');
    const visit = await recordSurveyVisit({ ctx, input: { campaignId, ...rentedVisit({ noticeServed: true, noticePhotoId: photo }) } });
    expect(visit).toMatchObject({ outcome: 'surveyed', partitioned: true, suspectedGroupRental: true, noticeServed: true, noticePhotoId: photo, visitorUnit: '汾西居民区居委会' });
    const file = await getHouseholdFile({ ctx, input: { houseId: 'H1' } });
    expect(file.parties.map((p) => [p.kindLabel, p.name, p.revealed])).toEqual(expect.arrayContaining([['业主', '王**', false], ['二房东', '李**', false]]));
    expect(await audit('survey.visit')).toBe(1);
    expect(await audit('party.create')).toBe(3);
    const h1 = (await listSurveyTargets({ ctx, input: { campaignId, state: 'surveyed' } })).items;
    expect(h1.map((t) => [t.houseId, t.noticeServed, t.visits])).toEqual([['H1', true, 1]]);
  });

  it('refuses what is out of reach, with nothing stored', async () => {
    await expect(recordSurveyVisit({ ctx: as('committee'), input: { campaignId, ...rentedVisit({ houseId: 'X1', parties: [] }) } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(recordSurveyVisit({ ctx: as('committee'), input: { campaignId, ...rentedVisit({ houseId: 'H6', parties: [] }) } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(recordSurveyVisit({ ctx: as('property'), input: { campaignId, ...rentedVisit() } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(recordSurveyVisit({ ctx: as('ops_center'), input: { campaignId, ...rentedVisit({ parties: [] }) } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(recordSurveyVisit({ ctx: as('grid_worker'), input: { campaignId, ...rentedVisit({ outcome: 'no_access', use: null, parties: [{ kind: 'owner', name: '王建国' }] }) } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(createSurveyCampaign({ ctx: as('committee'), input: { name: 'x', startDay: '2026-03-01', endDay: '2026-04-30', neighborhoods: [] } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createSurveyCampaign({ ctx: as('ops_center'), input: { name: 'x', startDay: '2026-05-01', endDay: '2026-04-30', neighborhoods: [] } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 endDay）') });
    await expect(createSurveyCampaign({ ctx: as('ops_center'), input: { name: 'x', startDay: '2026-03-01', endDay: '2026-04-30', neighborhoods: ['不存在居民区'] } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 neighborhoods）') });
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM survey_visits')).rows[0].n).toBe(0);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM parties')).rows[0].n).toBe(0);
  });

  it('progress per 居民区 and per property company adds up; a later no-access does not undo a survey', async () => {
    await recordSurveyVisit({ ctx: as('committee'), input: { campaignId, ...rentedVisit({ parties: [] }) } });
    clock.advanceDays(1);
    await recordSurveyVisit({ ctx: as('property'), input: { campaignId, houseId: 'H1', outcome: 'no_access', relapseWatch: false, noticeServed: false, parties: [] } });
    await recordSurveyVisit({ ctx: as('grid_worker'), input: { campaignId, houseId: 'H2', outcome: 'no_access', relapseWatch: false, noticeServed: false, parties: [] } });
    await recordSurveyVisit({ ctx: as('property', 'other'), input: { campaignId, houseId: 'X1', outcome: 'not_rented', use: 'owner_occupied', relapseWatch: false, noticeServed: false, parties: [] } });
    const p = await getSurveyProgress({ ctx: as('ops_center'), input: { campaignId } });
    expect(p.byNeighborhood.map((r) => [r.group, r.targets, r.done, r.noAccess, r.pending, r.percentDone])).toEqual([
      ['汾西居民区居委会', 4, 1, 1, 2, 25],
      ['阳曲居民区居委会', 1, 1, 0, 0, 100],
    ]);
    expect(p.byUnit.map((r) => r.group)).toEqual(['汾西小区物业', '阳曲小区物业']);
    expect(p.total).toMatchObject({ targets: 5, done: 2, percentDone: 40 });
    const own = await getSurveyProgress({ ctx: as('committee'), input: { campaignId } });
    expect(own.total.targets).toBe(4);
  });

  it('a refresh adds what the hotline reports later and keeps every listed dwelling', async () => {
    await db.exec(`INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, import_batch_id, source_line) VALUES ('T2', '2026-03-05T10:00:00+08:00', '12345', 'x', 'H6', 1, 4)`);
    expect(await refreshSurveyTargets({ ctx: as('ops_center'), input: { campaignId } })).toEqual({ added: 1, targets: 6 });
    expect(await refreshSurveyTargets({ ctx: as('ops_center'), input: { campaignId } })).toEqual({ added: 0, targets: 6 });
  });
});
