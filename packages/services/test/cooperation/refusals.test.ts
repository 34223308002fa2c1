// Recorded refusals to cooperate (拒不配合) on both engines: a record costs the
// unit points at the assessment with the refusal as evidence, a withdrawal
// gives them back, and every refused record (jurisdiction, unit, day,
// permission) leaves nothing behind but an error naming the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUser, type Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import {
  getAssessment, listCooperationRefusals, listCooperationUnits, openCaseFromAlert, recordCooperationRefusal, withdrawCooperationRefusal,
  type ServiceContext,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, OTHER, OWN, SUB, seedHouses, userOf, type Clock } from '../closed-loop/fixtures.ts';

const COMMITTEE = '汾西居民区居委会';
const PROPERTY = `${OWN.community}物业`;

/** The property accounts of both compounds, so each compound has a property company (the assessment reads them from users). */
async function seedPropertyUsers(db: Database): Promise<void> {
  for (const scope of ['own', 'other'] as const) {
    const u = userOf('property', scope);
    await insertUser(db, {
      id: u.id, username: u.username, displayName: `${u.unitName}张经理`, role: 'property', unitName: u.unitName,
      scopeSubdistrict: SUB, scopeNeighborhood: u.jurisdiction.neighborhood, scopeCommunities: [scope === 'own' ? OWN.community : OTHER.community], passwordHash: 'unused',
    });
  }
}

describeEachEngine('cooperation refusals', (engine) => {
  let db: Database;
  let clock: Clock;
  let caseId: string;
  const as = (role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext => ctxFor(db, clock, role, scope);
  const record = (ctx: ServiceContext, over: Partial<{ caseId: string; unitRole: string; unitName: string; day: string; note: string }> = {}) =>
    recordCooperationRefusal({ ctx, input: { caseId, unitRole: 'committee', unitName: COMMITTEE, day: '2026-03-02', note: '拒绝配合入户核查，不提供房东联系方式', ...over } });
  const refusalDeductions = async () => (await getAssessment({ ctx: as('safety_office'), input: { year: 2026 } })).deductions.filter((d) => d.kind === 'refused_cooperation');
  const countRows = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cooperation_refusals')).rows[0].n;

  beforeEach(async () => {
    db = await engine.open();
    await seedHouses(db, 3);
    await seedPropertyUsers(db);
    clock = clockAt('2026-03-02T09:00:00+08:00');
    caseId = (await openCaseFromAlert({ ctx: as('ops_center'), input: { houseId: 'H1', score: 0.9, level: 'red', reasons: ['用电异常'] } })).caseId;
  });
  afterEach(async () => db.close());

  it('record → the assessment deducts with the refusal as evidence; withdraw → the deduction is gone; both audited', async () => {
    expect(await refusalDeductions()).toEqual([]);
    const r = await record(as('ops_center'));
    expect(r).toMatchObject({ caseId, unit: { role: 'committee', name: COMMITTEE }, day: '2026-03-02', address: '汾西路261弄12号101室', withdrawn: null, recordedBy: 'u-ops_center-own' });
    const p = await record(as('safety_office'), { unitRole: 'property', unitName: PROPERTY, note: '拒绝提供出租房屋钥匙' });

    const report = await getAssessment({ ctx: as('ops_center'), input: { year: 2026 } });
    const refusals = report.deductions.filter((d) => d.kind === 'refused_cooperation');
    expect(refusals).toEqual(expect.arrayContaining([
      expect.objectContaining({ unit: { role: 'committee', name: COMMITTEE }, points: 3, day: expect.any(Number), evidence: expect.objectContaining({ refusalId: r.id, caseId, description: expect.stringContaining('拒绝配合入户核查') }) }),
      expect.objectContaining({ unit: { role: 'property', name: PROPERTY }, points: 3, evidence: expect.objectContaining({ refusalId: p.id, caseId }) }),
    ]));
    expect(refusals).toHaveLength(2);
    expect(report.units).toEqual(expect.arrayContaining([expect.objectContaining({ unit: { role: 'property', name: PROPERTY }, deducted: 3, score: 97 })]));
    // Another year does not see it.
    expect((await getAssessment({ ctx: as('ops_center'), input: { year: 2025 } })).deductions.filter((d) => d.kind === 'refused_cooperation')).toEqual([]);

    const w = await withdrawCooperationRefusal({ ctx: as('ops_center'), input: { refusalId: r.id, reason: '经核实居委会已配合，系误记' } });
    expect(w.withdrawn).toMatchObject({ by: 'u-ops_center-own', reason: '经核实居委会已配合，系误记' });
    const after = await refusalDeductions();
    expect(after.map((d) => d.evidence.refusalId)).toEqual([p.id]);
    await expect(withdrawCooperationRefusal({ ctx: as('safety_office'), input: { refusalId: r.id, reason: '再撤一次' } })).rejects.toMatchObject({ code: 'cooperation.already_withdrawn' });

    // The withdrawn record stays, listed with its withdrawal.
    const list = await listCooperationRefusals({ ctx: as('ops_center'), input: { year: 2026 } });
    expect(list.items.map((i) => [i.id, i.withdrawn?.reason ?? null])).toEqual(expect.arrayContaining([[r.id, '经核实居委会已配合，系误记'], [p.id, null]]));
    expect(list.items.find((i) => i.unit.role === 'property')?.recordedByName).toBeNull();

    const audit = await db.query<{ action: string; target_id: string; actor_id: string; detail: Record<string, unknown> }>(
      "SELECT action, target_id, actor_id, detail FROM audit_log WHERE target_kind = 'cooperation_refusal' ORDER BY id");
    expect(audit.rows.map((a) => [a.action, a.target_id, a.actor_id])).toEqual([
      ['cooperation.record', r.id, 'u-ops_center-own'],
      ['cooperation.record', p.id, 'u-safety_office-own'],
      ['cooperation.withdraw', r.id, 'u-ops_center-own'],
    ]);
    expect(audit.rows[0].detail).toMatchObject({ caseId, unitName: COMMITTEE, day: '2026-03-02' });
    expect(audit.rows[2].detail).toMatchObject({ reason: '经核实居委会已配合，系误记' });
  });

  it('the unit must be the case’s committee or its compound’s property company', async () => {
    expect(await listCooperationUnits({ ctx: as('ops_center'), input: { caseId } })).toEqual([
      { role: 'committee', name: COMMITTEE }, { role: 'property', name: PROPERTY },
    ]);
    await expect(record(as('ops_center'), { unitName: '阳曲居民区居委会' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/阳曲居民区居委会.*可选：汾西居民区居委会（居委会）、汾西小区物业（物业）.*（字段 unitName）/) });
    await expect(record(as('ops_center'), { unitRole: 'property', unitName: `${OTHER.community}物业` })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 unitName）') });
    // Right name, wrong role.
    await expect(record(as('ops_center'), { unitRole: 'property', unitName: COMMITTEE })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(record(as('ops_center'), { unitRole: 'police' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 unitRole）') });
    await expect(record(as('ops_center'), { note: '   ' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 note）') });
    await expect(record(as('ops_center'), { note: '拒'.repeat(201) })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('最多 200 字') });
    expect(await countRows()).toBe(0);
  });

  it('the day: a valid date, not in the future (Asia/Shanghai), not before the case was opened', async () => {
    await expect(record(as('ops_center'), { day: '2026-03-03' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/2026-03-03 晚于今天（2026-03-02.*（字段 day）/) });
    await expect(record(as('ops_center'), { day: '2026-02-30' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 day）') });
    await expect(record(as('ops_center'), { day: '2026-03-01' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('早于案件') });
    expect(await countRows()).toBe(0);
    // 00:30 in Shanghai is still the previous day in UTC: the Shanghai day counts.
    clock.set('2026-03-03T00:30:00+08:00');
    await expect(record(as('ops_center'), { day: '2026-03-03' })).resolves.toMatchObject({ day: '2026-03-03' });
  });

  it('permission and jurisdiction', async () => {
    for (const role of ['committee', 'property', 'grid_worker', 'enforcement', 'admin'] as const) {
      await expect(record(as(role))).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    await expect(record(as('ops_center', 'other'))).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction', message: expect.stringContaining(caseId) });
    await expect(record(as('ops_center'), { caseId: 'case_missing' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await countRows()).toBe(0);

    const r = await record(as('ops_center'));
    await expect(withdrawCooperationRefusal({ ctx: as('committee'), input: { refusalId: r.id, reason: '不服' } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(withdrawCooperationRefusal({ ctx: as('safety_office', 'other'), input: { refusalId: r.id, reason: '误记' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(withdrawCooperationRefusal({ ctx: as('ops_center'), input: { refusalId: r.id, reason: ' ' } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 reason）') });
    await expect(listCooperationRefusals({ ctx: as('market'), input: {} })).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect((await refusalDeductions()).map((d) => d.evidence.refusalId)).toEqual([r.id]);
  });

  describe('who sees which records', () => {
    it('a committee and a property company see only their own; other jurisdictions see none', async () => {
      const c = await record(as('ops_center'));
      const p = await record(as('ops_center'), { unitRole: 'property', unitName: PROPERTY });
      const ids = async (ctx: ServiceContext, input = {}) => (await listCooperationRefusals({ ctx, input })).items.map((i) => i.id);
      expect(await ids(as('committee'))).toEqual([c.id]);
      expect(await ids(as('property'))).toEqual([p.id]);
      expect(await ids(as('committee', 'other'))).toEqual([]);
      expect(await ids(as('ops_center', 'other'))).toEqual([]);
      expect((await ids(as('admin', 'whole'))).sort()).toEqual([c.id, p.id].sort());
      expect(await ids(as('ops_center'), { caseId: 'case_other' })).toEqual([]);
      expect((await ids(as('ops_center'), { caseId })).length).toBe(2);
      await expect(listCooperationRefusals({ ctx: as('ops_center'), input: { year: 1999 } })).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });
});
