// The operation wrapper on both engines: permission first (nothing written),
// the work and its audit row commit together, and a failing run leaves
// neither its writes nor an audit row behind.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { replaceCalendarYear, type Database } from '@sentinel/db';
import { listAuditEntries, listCalendarOverrides } from '../src/index.ts';
import { operation } from '../src/operation.ts';
import { describeEachEngine } from '../../db/test/engines.ts';
import { clockAt, ctxFor } from './closed-loop/fixtures.ts';

const HOLIDAY = { date: '2027-10-01', kind: 'holiday' as const, note: '国庆' };

const setYear = operation({
  permission: 'calendar.manage',
  async run(tx, ctx, input: { year: number; fail: boolean }) {
    await replaceCalendarYear(tx, input.year, [HOLIDAY], ctx.user.id);
    if (input.fail) throw new Error('run failed after writing');
    return { result: input.year, audit: { action: 'test.set_year', targetKind: 'calendar', targetId: String(input.year) } };
  },
});

describeEachEngine('operation', (engine) => {
  let db: Database;
  const clock = clockAt('2026-12-20T10:00:00+08:00');
  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  const auditedYears = async () => {
    const admin = ctxFor(db, clock, 'admin', 'whole');
    return (await listAuditEntries({ ctx: admin, input: { targetKind: 'calendar', limit: 10 } })).filter((a) => a.action === 'test.set_year').map((a) => a.targetId);
  };

  it('commits the work with its audit row and returns the result', async () => {
    await expect(setYear({ ctx: ctxFor(db, clock, 'admin', 'whole'), input: { year: 2027, fail: false } })).resolves.toBe(2027);
    expect(await auditedYears()).toEqual(['2027']);
    expect((await listCalendarOverrides({ ctx: ctxFor(db, clock, 'admin', 'whole') })).overrides).toHaveLength(1);
  });

  it('refuses without the permission before writing anything', async () => {
    await expect(setYear({ ctx: ctxFor(db, clock, 'committee'), input: { year: 2027, fail: false } })).rejects.toMatchObject({ code: expect.stringMatching(/^auth\./) });
    expect(await auditedYears()).toEqual([]);
    expect((await listCalendarOverrides({ ctx: ctxFor(db, clock, 'admin', 'whole') })).overrides).toHaveLength(0);
  });

  it('rolls back the writes of a failing run and audits nothing', async () => {
    await expect(setYear({ ctx: ctxFor(db, clock, 'admin', 'whole'), input: { year: 2027, fail: true } })).rejects.toThrow('run failed after writing');
    expect(await auditedYears()).toEqual([]);
    expect((await listCalendarOverrides({ ctx: ctxFor(db, clock, 'admin', 'whole') })).overrides).toHaveLength(0);
  });
});
