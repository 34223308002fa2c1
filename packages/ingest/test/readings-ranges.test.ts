// A readings file read in byte ranges and put back together (judgeRanges,
// shiftIssueLines, re-reading from the last range known to start right) must
// give exactly the whole-file read: readings, lines, issues, and errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FileProblem, judgeRanges, readReadingsColumnar, shiftIssueLines, splitAtLineFeeds, type ByteRange, type RangeReport, type RowIssue,
} from '../src/index.ts';
import { gbk, put, tempDir } from './helpers.ts';

const METERS = ['M1', 'M2', '电表3'];
const INDEX = new Map(METERS.map((m, i) => [m, i]));

interface Read { rows: number[][]; issues: RowIssue[]; error: string | null }

async function read(file: string, range?: ByteRange, firstLine?: number, onRangeEnd?: (r: RangeReport) => void): Promise<Read> {
  const out: Read = { rows: [], issues: [], error: null };
  try {
    for await (const c of readReadingsColumnar(file, INDEX, { range, firstLine, onRangeEnd, chunkRows: 7 })) {
      for (let i = 0; i < c.count; i++) out.rows.push([c.meterIdx[i], c.readAt[i], c.value[i], c.estimated[i], c.lines[i]]);
      out.issues.push(...c.issues);
    }
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    out.error = err.message;
  }
  return out;
}

/** What loadDataset does across workers, done in sequence. */
async function readInRanges(file: string, parts: number): Promise<Read> {
  const ranges = await splitAtLineFeeds(file, parts, 1);
  const results: Read[] = [];
  const reports: (RangeReport | null)[] = [];
  for (const r of ranges) {
    let report: RangeReport | null = null;
    const res = await read(file, r, 1, (x) => { report = x; });
    results.push(res);
    reports.push(res.error === null ? report : null);
  }
  const verdict = judgeRanges(reports);
  const out: Read = { rows: [], issues: [], error: null };
  for (let k = 0; k < verdict.keep; k++) {
    const off = verdict.offsets[k];
    for (const row of results[k].rows) out.rows.push([...row.slice(0, 4), row[4] + off]);
    out.issues.push(...shiftIssueLines(results[k].issues, off));
  }
  if (verdict.keep < ranges.length) {
    const rest = await read(file, { start: ranges[verdict.keep].start, end: Number.MAX_SAFE_INTEGER }, verdict.offsets[verdict.keep] + 1);
    out.rows.push(...rest.rows);
    out.issues.push(...rest.issues);
    out.error = rest.error;
  }
  return out;
}

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...METERS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', 'Y', 'false', '1'))
    .map(([m, d, h, v, e]) => `${m},2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00,${v / 100},${e}`) },
  { weight: 1, arbitrary: fc.constantFrom(
    '', 'M9,2026-03-01,1,', 'M1,2026-02-30,1,', 'M1,2026-03-01,-1,', '"M1","2026-03-02",5,', '"M""1",2026-03-01,1,',
    '"M1\n",2026-03-01,1,', 'M1,"2026-03-01\nT00:00",1,', '"unclosed,2026-03-01,1,', '"M2"x,2026-03-01,1,', 'M1,2026-03-01 08:00,2,是',
  ) },
);

describe('readings read in byte ranges', () => {
  it('equal the whole-file read, whatever the cuts, quotes and encodings', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 9 }), fc.boolean(), fc.constantFrom('\n', '\r\n'),
      async (lines, parts, asGbk, eol) => {
        const text = `meter_id,read_at,value,estimated${eol}${lines.join(eol)}${eol}`;
        const file = put(dir, `readings/r${n++}.csv`, asGbk ? gbk(text) : text);
        const whole = await read(file);
        const ranged = await readInRanges(file, parts);
        expect(ranged).toEqual(whole);
      },
    ), { numRuns: 150 });
  });

  it('cuts only after line feeds, and covers the file', async () => {
    const text = `meter_id,read_at,value,estimated\n${'M1,2026-03-01,1,\n'.repeat(500)}`;
    const file = put(tempDir(), 'readings/a.csv', text);
    const ranges = await splitAtLineFeeds(file, 7, 100);
    expect(ranges).toHaveLength(7);
    expect(ranges[0].start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(Buffer.byteLength(text));
    for (let k = 1; k < ranges.length; k++) {
      expect(ranges[k].start).toBe(ranges[k - 1].end);
      expect(text[ranges[k].start - 1]).toBe('\n');
    }
  });

  it('judges a range that ended inside a quoted field, or failed, as the place to re-read from', () => {
    const ok: RangeReport = { lines: 10, endsAtRecord: true, sawNonAscii: false, encodingSniffed: true };
    expect(judgeRanges([ok, ok, ok])).toEqual({ keep: 3, offsets: [0, 10, 20] });
    expect(judgeRanges([ok, { ...ok, endsAtRecord: false }, ok])).toEqual({ keep: 1, offsets: [0, 10] });
    expect(judgeRanges([ok, ok, null])).toEqual({ keep: 2, offsets: [0, 10, 20] });
    // a record that may have decided the encoding makes the next range uncertain, unless the first chunk decided it
    expect(judgeRanges([{ ...ok, encodingSniffed: false, sawNonAscii: true }, ok]).keep).toBe(0);
    expect(judgeRanges([{ ...ok, sawNonAscii: true }, ok]).keep).toBe(2);
  });
});
