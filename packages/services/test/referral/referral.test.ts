// 疏堵结合 on both engines: the ops centre keeps the referral housing, a
// committee records tenants offered a bed on its case (counts and employer
// only), placing them takes free beds, and the figures add up.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { ReferralHousingBody } from '@sentinel/contract';
import type { Role } from '@sentinel/domain';
import {
  createReferralHousing, exportBulletin, getBulletin, getReferralFigures, listCaseReferrals, listReferralHousing, openCaseFromAlert, recordCaseReferral, recordReferralOutcome,
  updateReferralHousingEntry, type ServiceContext,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, seedHouses, type Clock } from '../closed-loop/fixtures.ts';

const project: ReferralHousingBody = {
  name: '沪太路公租房', kind: 'public_rental', address: '沪太路 1 号', bedsTotal: 10, bedsAvailable: 3, monthlyRentPerBed: 800,
  eligibility: '公共服务类行业一线职工', applicant: 'employer', applicationRoute: '用人单位向区住房保障中心申请', active: true,
};

describeEachEngine('referral housing (疏堵结合)', (engine) => {
  let db: Database;
  let clock: Clock;
  let caseId: string;
  const as = (role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext => ctxFor(db, clock, role, scope);

  beforeEach(async () => {
    db = await engine.open();
    await seedHouses(db, 2);
    clock = clockAt('2026-03-02T09:00:00+08:00');
    caseId = (await openCaseFromAlert({ ctx: as('ops_center'), input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } })).caseId;
  });
  afterEach(async () => db.close());

  it('records offers per employer, takes beds when placing, and the figures add up', async () => {
    const h = await createReferralHousing({ ctx: as('ops_center'), input: project });
    expect((await listReferralHousing({ ctx: as('committee') })).items.map((x) => x.name)).toEqual(['沪太路公租房']);
    const r = await recordCaseReferral({ ctx: as('committee'), input: { caseId, housingId: h.id, employer: '某外卖配送站', offered: 6, placed: 2, declined: 1 } });
    expect(r).toMatchObject({ offered: 6, placed: 2, declined: 1, pending: 3, housingName: '沪太路公租房' });
    expect((await listReferralHousing({ ctx: as('ops_center') })).items[0].bedsAvailable).toBe(1);
    await expect(recordReferralOutcome({ ctx: as('committee'), input: { referralId: r.id, placed: 4, declined: 1 } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 placed）') });
    const done = await recordReferralOutcome({ ctx: as('committee'), input: { referralId: r.id, placed: 3, declined: 3 } });
    expect(done.pending).toBe(0);
    expect((await listReferralHousing({ ctx: as('ops_center') })).items[0].bedsAvailable).toBe(0);
    await recordCaseReferral({ ctx: as('grid_worker'), input: { caseId, housingId: null, employer: '某快递网点', offered: 2, placed: 0, declined: 0 } });
    expect(await getReferralFigures({ ctx: as('safety_office'), input: { from: '2026-03-01', to: '2026-03-31' } })).toEqual({ offered: 8, placed: 3, declined: 3, pending: 2, cases: 1, percentPlaced: 37 });
    expect((await getReferralFigures({ ctx: as('committee', 'other'), input: { from: '2026-03-01', to: '2026-03-31' } })).offered).toBe(0);
    // The bulletin reports the same figures (domain referralFigures), in its scope and period, and prints them.
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect((await getBulletin({ ctx: as('safety_office'), input: march })).bulletin.referral).toEqual({ offered: 8, placed: 3, declined: 3, pending: 2, cases: 1, percentPlaced: 37 });
    expect((await getBulletin({ ctx: as('safety_office'), input: { from: '2026-04-01', to: '2026-04-30' } })).bulletin.referral.offered).toBe(0);
    expect((await getBulletin({ ctx: as('committee', 'other'), input: march })).bulletin.referral.offered).toBe(0);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await exportBulletin({ ctx: as('safety_office'), input: { ...march, format: 'xlsx' } })).bytes as unknown as ArrayBuffer);
    const rows = (xlsx.getWorksheet('总体指标')?.getSheetValues() ?? []) as unknown[][];
    expect(rows.find((r) => r?.[1] === '疏堵结合：推荐疏导（人）')?.[2]).toBe(8);
    expect(rows.find((r) => r?.[1] === '疏堵结合：已入住')?.[4]).toBe(3);
    expect((await listCaseReferrals({ ctx: as('police'), input: { caseId } })).items).toHaveLength(2);
    const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'referral.%' ORDER BY at, action");
    expect(audit.rows.map((a) => a.action).sort()).toEqual(['referral.housing_create', 'referral.outcome', 'referral.record', 'referral.record']);
  });

  it('refuses bad counts, other jurisdictions and roles without the permission', async () => {
    const h = await createReferralHousing({ ctx: as('ops_center'), input: project });
    await expect(recordCaseReferral({ ctx: as('committee'), input: { caseId, housingId: h.id, employer: 'x', offered: 2, placed: 2, declined: 1 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(recordCaseReferral({ ctx: as('committee', 'other'), input: { caseId, housingId: null, employer: 'x', offered: 1, placed: 0, declined: 0 } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(recordCaseReferral({ ctx: as('property'), input: { caseId, housingId: null, employer: 'x', offered: 1, placed: 0, declined: 0 } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createReferralHousing({ ctx: as('committee'), input: project })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createReferralHousing({ ctx: as('ops_center'), input: { ...project, bedsAvailable: 11 } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 bedsAvailable）') });
    await expect(updateReferralHousingEntry({ ctx: as('admin', 'other'), input: { ...project, housingId: h.id } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_referrals')).rows[0].n).toBe(0);
  });
});
