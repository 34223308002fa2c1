import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, type CsvRecord } from '../src/csv/scanner.ts';
import { decodeRecord, isBlankRecord } from '../src/source/text-record.ts';
import { EncodingState } from '../src/encoding/detect.ts';
import { formatIssue } from '../src/index.ts';
import { drain, errors, put, tempDir } from './helpers.ts';

const COMPLAINTS_HEADER = 'ticket_id,received_at,channel,address,content';

/** Scans `bytes` fed in the given chunk sizes; returns [line, fields | error] per record. */
function scan(bytes: Buffer, cuts: number[] = []): Array<[number, string[] | string]> {
  const out: Array<[number, string[] | string]> = [];
  const s = new CsvScanner((r: CsvRecord) => {
    if (isBlankRecord(r)) return;
    const t = decodeRecord(r, new EncodingState('utf8'));
    out.push([t.line, t.reject ?? t.fields]);
  }, { maxRecordBytes: 64 });
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    const end = Math.min(Math.max(c, at), bytes.length);
    s.push(bytes.subarray(at, end));
    at = end;
  }
  s.end();
  return out;
}

describe('CSV scanner', () => {
  it('handles quoted commas, doubled quotes and newlines, keeping line numbers right after them', () => {
    const text = 'a,b\r\n"x,1","say ""hi"""\r\n"multi\nline\r\ntext",2\n3,"4"\n';
    expect(scan(Buffer.from(text))).toEqual([
      [1, ['a', 'b']], [2, ['x,1', 'say "hi"']], [3, ['multi\nline\r\ntext', '2']], [6, ['3', '4']],
    ]);
  });

  it('gives the same records however the bytes are chunked', () => {
    const cell = fc.stringMatching(/^[a-z,"\n 汾]{0,6}$/);
    const quote = (v: string): string => (/[",\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
    fc.assert(fc.property(
      fc.array(fc.array(cell, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.nat(200), { maxLength: 6 }),
      fc.boolean(),
      (rows, cuts, crlf) => {
        const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n');
        const bytes = Buffer.from(text);
        const whole = scan(bytes);
        expect(scan(bytes, [...cuts].sort((a, b) => a - b))).toEqual(whole);
        expect(whole.map(([, f]) => f)).toEqual(rows.map((r) => r.map((v) => v.trim()))); // cells are trimmed
      },
    ), { numRuns: 300 });
  });

  it('reports an unterminated quote at EOF on the line it opened, and resumes after a stray quote', () => {
    expect(scan(Buffer.from('a,b\n1,"trunc'))).toEqual([[1, ['a', 'b']], [2, expect.stringMatching(/^引号未闭合/)]]);
    // A stray quote that stays open for more than maxRecordBytes: only its own line is lost.
    const rows = Array.from({ length: 20 }, (_, i) => `${i},ok`).join('\n');
    const out = scan(Buffer.from(`a,b\n5,"bad\n${rows}\n`), [10, 30, 50]);
    expect(out[1]).toEqual([2, expect.stringMatching(/^引号未闭合/)]);
    expect(out.slice(2)).toEqual(Array.from({ length: 20 }, (_, i) => [i + 3, [String(i), 'ok']]));
  });
});

describe('truncated and malformed files', () => {
  it('rejects a last line cut short and an unterminated quote, without crashing', async () => {
    const dir = tempDir();
    const short = put(dir, 'complaints.csv', `${COMPLAINTS_HEADER}\nT1,2026-03-01 09:00,12345,汾西路261弄12号301室,吵\nT2,2026-03-01 10:0`);
    const r = await drain(short, 'complaints');
    expect(r.rows.map((x) => x.ticket_id)).toEqual(['T1']);
    expect(formatIssue(r.issues[0])).toBe('complaints.csv 第3行：字段数不足：表头有 5 列，此行只有 2 列（文件可能被截断，或行内换行未加引号）');
    expect(r.issues[0].raw).toBe('T2,2026-03-01 10:0');

    const open = put(dir, 'c2.csv', `${COMPLAINTS_HEADER}\nT1,2026-03-01 09:00,12345,汾西路261弄12号301室,"很多人\n住在这里"\nT2,2026-03-01 10:00,12345,汾西路1号,"截断在`);
    const o = await drain(open, 'complaints');
    expect(o.rows.map((x) => [x.ticket_id, x.content])).toEqual([['T1', '很多人\n住在这里']]);
    expect(o.lines).toEqual([2]);
    expect(errors(o.issues)).toHaveLength(1);
    expect(o.issues[0]).toMatchObject({ line: 4, column: null });
    expect(o.issues[0].reason).toMatch(/^引号未闭合/);
    expect(o.rowsRead).toBe(2);
  });

  it('keeps line numbers right after quoted newlines', async () => {
    const f = put(tempDir(), 'complaints.csv', `${COMPLAINTS_HEADER}\nT1,2026-03-01,12345,a,"一\n二\n三"\nT2,2026-03-01,bad,b,\nT3,2026-03-01,patrol,c,"x"\n`);
    const r = await drain(f, 'complaints');
    expect(r.lines).toEqual([2, 6]);
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([[5, 'channel']]);
  });

  it('rejects a row with more fields than the header, but tolerates trailing empty ones', async () => {
    const f = put(tempDir(), 'complaints.csv', `${COMPLAINTS_HEADER}\nT1,2026-03-01,12345,汾西路261弄12号301室,,,\nT2,2026-03-01,12345,汾西路,261弄,x\n`);
    const r = await drain(f, 'complaints');
    expect(r.rows.map((x) => x.ticket_id)).toEqual(['T1']);
    expect(r.issues[0].reason).toMatch(/^字段数过多/);
  });
});

describe('an over-long row', () => {
  it('rejects that row only (unquoted and quoted), whatever the chunking, and reads the rows after it', () => {
    const long = 'x'.repeat(300);
    for (const bad of [`7,${long}`, `7,"${long}"`]) {
      const bytes = Buffer.from(`a,b\n1,ok\n${bad}\n2,ok\n3,ok`);
      for (const cuts of [[], [20, 100, 200, 320], [12]]) {
        const out = scan(bytes, cuts);
        expect(out.map(([line]) => line)).toEqual([1, 2, 3, 4, 5]);
        expect(out[2][1]).toMatch(/^此行超过 1 MB/);
        expect(out[3]).toEqual([4, ['2', 'ok']]);
        expect(out[4]).toEqual([5, ['3', 'ok']]);
      }
    }
  });

  it('rejects an over-long last line without a line feed', () => {
    const out = scan(Buffer.from(`a,b\n1,ok\n7,${'y'.repeat(200)}`), [10, 60]);
    expect(out.map(([line]) => line)).toEqual([1, 2, 3]);
    expect(out[2][1]).toMatch(/^此行超过 1 MB/);
  });

  it('rejects a real row over 1 MB with file, line and its first bytes, and imports the rest of the file', async () => {
    const dir = tempDir();
    const huge = `T2,2026-03-01,12345,汾西路1号,${'很'.repeat(400_000)}`; // 1.2 MB of UTF-8
    const f = put(dir, 'complaints.csv', `${COMPLAINTS_HEADER}\nT1,2026-03-01,12345,a,x\n${huge}\nT3,2026-03-01,patrol,c,y\n`);
    const r = await drain(f, 'complaints');
    expect(r.rows.map((x) => x.ticket_id)).toEqual(['T1', 'T3']);
    expect(r.rowsRead).toBe(3);
    expect(errors(r.issues)).toHaveLength(1);
    expect(formatIssue(r.issues[0])).toMatch(/^complaints\.csv 第3行：此行超过 1 MB/);
    expect(r.issues[0].raw?.startsWith('T2,2026-03-01')).toBe(true);
    expect(r.issues[0].raw?.length).toBeLessThan(300);
  });
});
