// Readings, door-access events and complaints dated outside the plausible
// window (1900, 2030, 2099) are rejected with a reason naming file, line and
// column, on the fast byte paths and the general path alike.
import { describe, expect, it } from 'vitest';
import { dateWindow, formatIssue, readAccessColumnar, readReadingsColumnar } from '../src/index.ts';
import { drain, drainReadings, errors, put, sh, tempDir } from './helpers.ts';

const NOW = sh(2026, 12, 3, 12);
const WINDOW = dateWindow(undefined, undefined, NOW);

describe('dateWindow', () => {
  it('runs from 2000-01-01 through tomorrow (Shanghai) by default', () => {
    expect(WINDOW).toEqual({ from: sh(2000, 1, 1), to: sh(2026, 12, 5) });
    expect(dateWindow('2020-01-01', '2020-12-31')).toEqual({ from: sh(2020, 1, 1), to: sh(2021, 1, 1) });
  });

  it('refuses a malformed or empty window', () => {
    expect(() => dateWindow('2020-02-30')).toThrow(/最早日期无效/);
    expect(() => dateWindow('2020-01-01', 'soon')).toThrow(/最晚日期无效/);
    expect(() => dateWindow('2021-01-01', '2020-01-01')).toThrow(/早于/);
  });
});

describe('timestamps outside the window', () => {
  it('rejects readings dated 1900, 2030 and 2099 (fast and general paths give the same reason)', async () => {
    const f = put(tempDir(), 'readings/r.csv', [
      'meter_id,read_at,value,estimated',
      'M1,2026-01-01T00:00:00+08:00,1,',
      'M1,1900-01-01T00:00:00+08:00,2,', // canonical fast line
      'M1, 2030-06-01 08:00 ,3,', // split-line path (spaces)
      '"M1",2099-01-01,4,', // quoted: general path
      'M1,2026-12-04T23:59:59+08:00,5,', // tomorrow: allowed
      'M1,2026-12-05T00:00:00+08:00,6,', // the day after: refused
    ].join('\n'));
    const index = new Map([['M1', 0]]);
    const out = { values: [] as number[], issues: [] as string[] };
    for await (const c of readReadingsColumnar(f, index, { dateWindow: WINDOW })) {
      out.values.push(...c.value);
      out.issues.push(...c.issues.map(formatIssue));
    }
    expect(out.values).toEqual([1, 5]);
    expect(out.issues).toEqual([
      'readings/r.csv 第3行 列 read_at：抄表时间不在合理日期范围 2000-01-01～2026-12-04 内，可能是设备时钟或录入错误（"1900-01-01T00:00:00+08:00"）',
      'readings/r.csv 第4行 列 read_at：抄表时间不在合理日期范围 2000-01-01～2026-12-04 内，可能是设备时钟或录入错误（"2030-06-01 08:00"）',
      'readings/r.csv 第5行 列 read_at：抄表时间不在合理日期范围 2000-01-01～2026-12-04 内，可能是设备时钟或录入错误（"2099-01-01"）',
      'readings/r.csv 第7行 列 read_at：抄表时间不在合理日期范围 2000-01-01～2026-12-04 内，可能是设备时钟或录入错误（"2026-12-05T00:00:00+08:00"）',
    ]);
    // The general reader agrees row for row.
    const general = await drain(f, 'readings', { refs: { meterIds: new Set(['M1']) }, dateWindow: WINDOW });
    expect(general.rows.map((r) => r.value)).toEqual([1, 5]);
    expect(general.issues.map(formatIssue)).toEqual(out.issues);
  });

  it('applies the default window when none is given', async () => {
    const r = await drainReadings(put(tempDir(), 'r.csv', 'meter_id,read_at,value\nM1,2099-01-01 00:00,1\nM1,2026-01-01 00:00,2\n'), ['M1']);
    expect(r.value).toEqual([2]);
    expect(errors(r.issues).map((i) => [i.line, i.column])).toEqual([[2, 'read_at']]);
  });

  it('rejects complaints dated 2099 and door events dated 1900', async () => {
    const dir = tempDir();
    const c = put(dir, 'complaints.csv', 'ticket_id,received_at,channel,address\nT1,2099-03-01 09:00,12345,汾西路1号\nT2,2026-03-01 09:00,12345,汾西路1号\n');
    const complaints = await drain(c, 'complaints', { dateWindow: WINDOW });
    expect(complaints.rows.map((r) => r.ticket_id)).toEqual(['T2']);
    expect(formatIssue(complaints.issues[0])).toMatch(/^complaints\.csv 第2行 列 received_at：受理时间不在合理日期范围/);

    const a = put(dir, 'access_events/a.csv', 'event_at,door_id,credential_id\n1900-01-01T07:00:00,D1,C1\n2026-01-01T07:00:00,D1,C1\n');
    const events: number[] = [];
    const issues: string[] = [];
    for await (const chunk of readAccessColumnar(a, new Map(), { dateWindow: WINDOW })) {
      events.push(...chunk.eventAt);
      issues.push(...chunk.issues.map(formatIssue));
    }
    expect(events).toEqual([sh(2026, 1, 1, 7)]);
    expect(issues).toEqual([expect.stringMatching(/^access_events\/a\.csv 第2行 列 event_at：通行时间不在合理日期范围/)]);
  });
});

describe('an over-long readings row', () => {
  it('is rejected alone on the columnar path; the rows around it are read', async () => {
    const f = put(tempDir(), 'r.csv', `meter_id,read_at,value\nM1,2026-01-01 00:00,1\nM1,2026-01-02 00:00,${'9'.repeat(1_200_000)}\nM1,2026-01-03 00:00,3\n`);
    const r = await drainReadings(f, ['M1']);
    expect(r.value).toEqual([1, 3]);
    expect(r.rowsRead).toBe(3);
    expect(errors(r.issues).map((i) => i.line)).toEqual([3]);
    expect(r.issues[0].reason).toMatch(/^此行超过 1 MB/);
  });
});
