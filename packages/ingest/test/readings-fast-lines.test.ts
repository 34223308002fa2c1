// The readings reader's line fast paths (a canonical line parsed in one pass,
// a plain line split at commas) must take a line only when the general path
// would make exactly the same reading of it: lines mixing the canonical form
// with near misses (spaces, quotes, other date forms, signs, CR LF, unknown
// meters, repeated meters) read the same as through readTable, in chunks and
// into a sink alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReadingsColumnar, readTable, type ReadingSink, type ReadingRow, type RowIssue } from '../src/index.ts';
import { put, tempDir } from './helpers.ts';

const METERS = ['M1', 'M22', 'M333'];

/** Mostly the usual field, sometimes one of its near misses. */
const field = (usual: string[], misses: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...misses) });
const meter = field(['M22'], ['M1', 'M333', 'M9', ' M22', 'M22 ', '"M22"', 'M2', '']);
const date = field(['2026-03-01', '2026-03-02'], ['2026-02-29', '2026-02-28', '2026-3-1', '2026/03/01', '2026-13-01', '20260301', '2026-03-0x']);
const time = field(['', 'T00:00:00', 'T00:00:00+08:00'], ['T08:30', ' 00:00:00', 'T00:00:00 ', 'T00:00:00Z', 'T25:00:00', 'T00:00:00,5', 'T00:00']);
const value = field(['1', '12.5', '0.25'], ['007.10', '1.', '.5', '.', '', '-1', '+2', '1.2.3', '1e3', '12345678901234567', 'x', ' 3', '3 ']);
const est = field(['', '0', '1', 'false', 'true', 'N', 'y'], [' 1', '2', '9', '是', '1 ', '01', 'yes', 'x-y', 'TRUE ']);
const tail = field([''], [',x', '"', ',']);
const line = fc.tuple(meter, date, time, value, est, tail).map(([m, d, t, v, e, x]) => `${m},${d}${t},${v},${e}${x}`);

async function viaTable(file: string) {
  const rows: ReadingRow[] = [];
  const lines: number[] = [];
  const issues: RowIssue[] = [];
  let rowsRead = 0;
  for await (const b of readTable(file, 'readings', { refs: { meterIds: new Set(METERS) } })) {
    rows.push(...b.rows);
    lines.push(...b.lines);
    issues.push(...b.issues);
    rowsRead += b.rowsRead;
  }
  return {
    meter: rows.map((r) => METERS.indexOf(r.meter_id)), readAt: rows.map((r) => r.read_at), value: rows.map((r) => r.value),
    estimated: rows.map((r) => (r.estimated === null ? 2 : Number(r.estimated))), lines, issues, rowsRead,
  };
}

async function viaColumns(file: string, useSink: boolean) {
  const out = { meter: [] as number[], readAt: [] as number[], value: [] as number[], estimated: [] as number[], lines: [] as number[], issues: [] as RowIssue[], rowsRead: 0 };
  const sink: ReadingSink = {
    push(m, t, v, e, l) { out.meter.push(m); out.readAt.push(t); out.value.push(v); out.estimated.push(e); out.lines.push(l); },
  };
  const index = new Map(METERS.map((m, i) => [m, i]));
  for await (const c of readReadingsColumnar(file, index, useSink ? { sink } : { chunkRows: 3 })) {
    if (useSink) expect(c.count).toBe(0);
    for (let i = 0; i < c.count; i++) sink.push(c.meterIdx[i], c.readAt[i], c.value[i], c.estimated[i], c.lines[i]);
    out.issues.push(...c.issues);
    out.rowsRead += c.rowsRead;
  }
  return out;
}

describe('the readings line fast paths', () => {
  it('read every line as the general path does (readTable), in chunks and into a sink', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean(), fc.boolean(),
      async (lines, crlf, finalNewline) => {
        const eol = crlf ? '\r\n' : '\n';
        const f = put(dir, `readings/f${n++}.csv`, `meter_id,read_at,value,estimated${eol}${lines.join(eol)}${finalNewline ? eol : ''}`);
        const want = await viaTable(f);
        for (const useSink of [false, true]) {
          const got = await viaColumns(f, useSink);
          expect(got.rowsRead).toBe(want.rowsRead);
          expect(got.lines).toEqual(want.lines);
          expect(got.meter).toEqual(want.meter);
          expect(got.readAt).toEqual(want.readAt);
          expect(got.value).toEqual(want.value);
          expect(got.estimated).toEqual(want.estimated);
          expect(got.issues).toEqual(want.issues);
        }
      },
    ), { numRuns: 200 });
  });

  it('take a long run of canonical lines of one meter, whatever the time part', async () => {
    const body: string[] = [];
    for (let d = 1; d <= 28; d++) body.push(`M22,2026-02-${String(d).padStart(2, '0')}${d % 9 === 0 ? 'T08:00:00' : 'T00:00:00'},${(d * 1.25).toFixed(2)},${d % 2}`);
    const f = put(tempDir(), 'readings/long.csv', `meter_id,read_at,value,estimated\n${body.join('\n')}\n`);
    const want = await viaTable(f);
    const got = await viaColumns(f, true);
    expect(got).toEqual({ ...want, issues: [] });
    expect(got.lines).toHaveLength(28);
  });
});
