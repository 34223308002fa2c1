// 人员分类与房东信用 on both engines: a sublessor registered from several
// dwellings is one party (same phone); a confirmed case on one of its flats
// enters its credit record with the case as evidence and an expiry date; the
// file is masked, audited and jurisdiction-scoped; its other flats are a lead
// list; the credit record exports as Excel and reads back.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import {
  createRentalParty, exportCreditRecord, getRentalPartyFile, linkRentalParty, listRentalParties, openCaseFromAlert, rentalPartiesOfHouse, revealRentalParty,
  transitionCase, type ServiceContext,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, groupRentalChecklist, photoDir, seedHouses, uploadPhoto, type Clock } from '../closed-loop/fixtures.ts';

describeEachEngine('rental parties and credit (房东信用)', (engine) => {
  let db: Database;
  let clock: Clock;
  const as = (role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext => ctxFor(db, clock, role, scope);
  const sublessor = { kind: 'person' as const, name: '周建华', phone: '139 1234 5678', idLast4: '231X', role: 'sublessor' as const };

  async function confirmCase(houseId: string): Promise<string> {
    const { caseId } = await openCaseFromAlert({ ctx: as('ops_center', 'whole'), input: { houseId, score: 0.9, level: 'red', reasons: [] } });
    await transitionCase({ ctx: as('ops_center', 'whole'), input: { caseId, action: 'dispatch', evidence: {} } });
    await transitionCase({ ctx: as('committee'), input: { caseId, action: 'accept_dispatch', evidence: {} } });
    const photo = await uploadPhoto(as('committee'), await photoDir(), houseId, houseId);
    await transitionCase({ ctx: as('committee'), input: { caseId, action: 'confirm', evidence: { checklist: groupRentalChecklist(), photoIds: [photo] } } });
    return caseId;
  }

  beforeEach(async () => {
    db = await engine.open();
    await seedHouses(db, 4);
    clock = clockAt('2026-03-02T09:00:00+08:00');
  });
  afterEach(async () => db.close());

  it('one sublessor behind several flats: the same phone links, the case counts against its credit until it expires', async () => {
    const first = await createRentalParty({ ctx: as('committee'), input: { ...sublessor, houseId: 'H1' } });
    expect(first).toMatchObject({ existing: false, name: '周**', phone: '139****5678', idLast4: '****', revealed: false, dwellings: 1, credit: { score: 100, band: '良好' } });
    const again = await createRentalParty({ ctx: as('grid_worker'), input: { ...sublessor, name: '周建华（二房东）', houseId: 'H2' } });
    expect(again).toMatchObject({ id: first.id, existing: true, dwellings: 2, roles: ['sublessor'] });
    await linkRentalParty({ ctx: as('committee'), input: { partyId: first.id, houseId: 'H3', role: 'sublessor', fromDay: '2026-03-01' } });
    // The same party from the other 居民区: one more flat, out of the first committee's sight.
    await createRentalParty({ ctx: as('committee', 'other'), input: { ...sublessor, houseId: 'X1' } });

    const caseId = await confirmCase('H1');
    const file = await getRentalPartyFile({ ctx: as('committee'), input: { partyId: first.id } });
    expect(file.party).toMatchObject({ dwellings: 3, dwellingsOutside: 1, credit: { score: 90, band: '良好', inForce: 1 } });
    expect(file.credit.entries).toEqual([expect.objectContaining({
      offence: 'confirmed', label: '认定群租', points: 10, day: '2026-03-02', expiresDay: '2027-03-02', inForce: true, caseId, houseId: 'H1', role: 'sublessor',
    })]);
    expect(file.history.map((h) => h.state)).toEqual(['confirmed', 'discovered']);
    // Other flats as a lead list: those without an open case first.
    expect(file.dwellings.map((d) => [d.houseId, d.lead])).toEqual([['H2', true], ['H3', true], ['H1', false]]);

    // The other committee sees the party through X1: the credit counts H1's case, its evidence without the address.
    const theirs = await getRentalPartyFile({ ctx: as('committee', 'other'), input: { partyId: first.id } });
    expect(theirs.party).toMatchObject({ dwellings: 1, dwellingsOutside: 3, credit: { score: 90 } });
    expect(theirs.credit.entries[0]).toMatchObject({ caseNumber: expect.any(String), caseId: null, houseId: null, address: null });
    expect(theirs.dwellings.map((d) => d.houseId)).toEqual(['X1']);

    const ofHouse = await rentalPartiesOfHouse({ ctx: as('property'), input: { houseId: 'H2' } });
    expect(ofHouse.items).toHaveLength(1);
    expect(ofHouse.items[0].otherDwellings.map((d) => d.houseId).sort()).toEqual(['H1', 'H3']);

    clock.advanceDays(365);
    const later = await getRentalPartyFile({ ctx: as('safety_office', 'whole'), input: { partyId: first.id } });
    expect(later.party.credit).toEqual({ score: 100, band: '良好', inForce: 0 });
    expect(later.credit.entries[0]).toMatchObject({ inForce: false, expiresDay: '2027-03-02' });
  });

  it('masked by default, revealed for a purpose to the roles allowed, audited, jurisdiction-scoped', async () => {
    const p = await createRentalParty({ ctx: as('committee'), input: { ...sublessor, houseId: 'H1' } });
    const company = await createRentalParty({ ctx: as('market', 'whole'), input: { kind: 'broker', name: '沪家房产经纪事务所', creditCode: '92310106ma1h3c8d4p', houseId: 'H1', role: 'broker' } });
    expect(company).toMatchObject({ name: '沪家房产经纪事务所', creditCode: '92310106MA1H3C8D4P', revealed: true });
    expect((await listRentalParties({ ctx: as('committee'), input: {} })).items.map((x) => x.id).sort()).toEqual([p.id, company.id].sort());
    expect((await listRentalParties({ ctx: as('committee'), input: { kind: 'broker' } })).items).toHaveLength(1);
    expect((await listRentalParties({ ctx: as('committee', 'other'), input: {} })).items).toEqual([]);
    await expect(getRentalPartyFile({ ctx: as('committee', 'other'), input: { partyId: p.id } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(getRentalPartyFile({ ctx: as('ops_center', 'other'), input: { partyId: p.id } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(getRentalPartyFile({ ctx: as('admin', 'whole'), input: { partyId: p.id } })).rejects.toMatchObject({ code: 'auth.forbidden' });

    await expect(revealRentalParty({ ctx: as('grid_worker'), input: { partyId: p.id, purpose: '约谈二房东' } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(revealRentalParty({ ctx: as('committee'), input: { partyId: p.id, purpose: '' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await revealRentalParty({ ctx: as('committee'), input: { partyId: p.id, purpose: '约谈二房东' } })).toEqual({ id: p.id, name: '周建华', phone: '13912345678', idLast4: '231X' });
    await getRentalPartyFile({ ctx: as('committee'), input: { partyId: p.id } });
    const audit = await db.query<{ action: string; purpose: string | null }>("SELECT action, purpose FROM audit_log WHERE target_kind = 'rental_party' ORDER BY at, action");
    expect(audit.rows.map((a) => a.action).sort()).toEqual(['personal_data.reveal', 'rental_party.create', 'rental_party.create', 'rental_party.view']);
    expect(audit.rows.find((a) => a.action === 'personal_data.reveal')?.purpose).toBe('约谈二房东');
  });

  it('refuses what a party cannot be and what may not be kept', async () => {
    await expect(createRentalParty({ ctx: as('committee'), input: { kind: 'broker', name: '某中介', houseId: 'H1', role: 'owner' } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 role）') });
    await expect(createRentalParty({ ctx: as('committee'), input: { kind: 'rental_company', name: '某公司', idLast4: '1234', houseId: 'H1', role: 'operator' } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 idLast4）') });
    await expect(createRentalParty({ ctx: as('committee'), input: { kind: 'rental_company', name: '某公司', creditCode: 'ABC', houseId: 'H1', role: 'operator' } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 creditCode）') });
    await expect(createRentalParty({ ctx: as('committee'), input: { ...sublessor, phone: '12ab', houseId: 'H1' } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 phone）') });
    await expect(createRentalParty({ ctx: as('committee'), input: { ...sublessor, houseId: 'X1' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(createRentalParty({ ctx: as('construction', 'whole'), input: { ...sublessor, houseId: 'H1' } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM rental_parties')).rows[0].n).toBe(0);
  });

  it('exports the credit record as Excel: each entry with its evidence and expiry, the person masked; logged', async () => {
    const p = await createRentalParty({ ctx: as('committee'), input: { ...sublessor, houseId: 'H1' } });
    await confirmCase('H1');
    const file = await exportCreditRecord({ ctx: as('committee'), input: { partyId: p.id } });
    expect(file.filename).toBe('信用记录-周某-2026-03-02.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['当事人', '信用记录']);
    const summary = wb.getWorksheet('当事人')?.getSheetValues() as unknown[][];
    expect(summary.find((r) => r?.[1] === '信用分')?.[2]).toBe('90 / 100');
    expect(summary.find((r) => r?.[1] === '名称')?.[2]).toBe('周**');
    const entries = wb.getWorksheet('信用记录');
    expect((entries?.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '失信行为', '扣分', '发生日期', '失效日期', '是否有效', '当事人身份', '证据：案件编号', '证据：房屋地址']);
    const row = (entries?.getRow(2).values as unknown[]).slice(1);
    expect(row[1]).toBe('认定群租');
    expect(row[2]).toBe(10);
    expect((row[4] as Date).toISOString().slice(0, 10)).toBe('2027-03-02');
    expect(row[8]).toBe('汾西路261弄12号101室');
    const audit = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'rental_party.credit_export'");
    expect(audit.rows[0].n).toBe(1);
  });
});
