import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileProblem, readReadingsColumnar } from '../src/index.ts';
import { drain, drainReadings, gbk, put, sh, tempDir } from './helpers.ts';

const HEADER = 'meter_id,read_at,value,estimated';

describe('readReadingsColumnar', () => {
  it('fills typed columns, indexes meters by the map given, and keeps start lines', async () => {
    const f = put(tempDir(), 'readings/2026-03.csv', `${HEADER}\nM2,2026-03-01T00:00:00+08:00,10.5,false\r\n  M1 , 2026-03-01 08:00 ,0,Y\n"M2","2026-03-02",11,\n`);
    const c = await drainReadings(f, ['M1', 'M2']);
    expect(c.meterIdx).toEqual([1, 0, 1]);
    expect(c.readAt).toEqual([sh(2026, 3, 1), sh(2026, 3, 1, 8), sh(2026, 3, 2)]);
    expect(c.value).toEqual([10.5, 0, 11]);
    expect(c.estimated).toEqual([0, 1, 2]);
    expect(c.lines).toEqual([2, 3, 4]);
    expect(c.issues).toEqual([]);
  });

  it('rejects bad rows with the same reasons as readTable', async () => {
    const body = [
      'M1,2026-03-01,1,', 'M9,2026-03-01,1,', 'M1,2026-03-32,1,', 'M1,2026-03-01,-1,', 'M1,2026-03-01,abc,',
      'M1,2026-03-01,1,maybe', 'M1,2026-03-01', ',2026-03-01,1,', 'M1,2026-03-01,2,是', '"M""1",2026-03-01,1,',
    ];
    const f = put(tempDir(), 'readings/a.csv', `${HEADER}\n${body.join('\n')}\n`);
    const c = await drainReadings(f, ['M1']);
    const t = await drain(f, 'readings', { refs: { meterIds: new Set(['M1']) } });
    expect(c.lines).toEqual(t.lines);
    expect(c.lines).toEqual([2, 10]);
    expect(c.estimated).toEqual([2, 1]);
    expect(c.issues).toEqual(t.issues);
    expect(c.issues.map((i) => i.column)).toEqual(['meter_id', 'read_at', 'value', 'value', 'estimated', null, 'meter_id', 'meter_id']);
    expect(c.rowsRead).toBe(body.length);
  });

  it('reads GBK readings and splits into chunks of chunkRows', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => `电表${i % 3},2026-03-${String(1 + (i % 28)).padStart(2, '0')},${i},否`);
    const f = put(tempDir(), 'readings/gbk.csv', gbk(`${HEADER}\n${lines.join('\n')}\n`));
    const c = await drainReadings(f, ['电表0', '电表1', '电表2'], 10);
    expect(c.chunks).toBe(3);
    expect(c.meterIdx).toEqual(lines.map((_, i) => i % 3));
    expect(c.estimated.every((e) => e === 0)).toBe(true);
    expect(c.issues).toEqual([]);
  });

  it('reports progress up to the file size', async () => {
    const text = `${HEADER}\nM1,2026-03-01,1,\n`;
    const f = put(tempDir(), 'readings/p.csv', text);
    const seen: Array<[number, number]> = [];
    for await (const _ of readReadingsColumnar(f, new Map([['M1', 0]]), { onProgress: (d, t) => seen.push([d, t]) })) { /* drain */ }
    expect(seen.at(-1)).toEqual([Buffer.byteLength(text), Buffer.byteLength(text)]);
  });

  it('throws a FileProblem for an empty file or a missing column', async () => {
    const dir = tempDir();
    await expect(drainReadings(put(dir, 'readings/e.csv', ''), [])).rejects.toBeInstanceOf(FileProblem);
    await expect(drainReadings(put(dir, 'readings/m.csv', 'meter_id,value\nM1,1\n'), ['M1'])).rejects.toThrow('缺少必填列 read_at');
  });
});

describe('nothing is lost: rowsRead = accepted + rejected', () => {
  const good = fc.record({
    meter: fc.constantFrom('M1', 'M2', 'M3'),
    day: fc.integer({ min: 1, max: 28 }),
    value: fc.float({ min: 0, max: 1e6, noNaN: true }).map((v) => String(Math.round(v * 100) / 100)),
    est: fc.constantFrom('', 'true', 'false', '1', '0', '是', '否', 'Y', 'n'),
  }).map((r) => `${r.meter},2026-03-${String(r.day).padStart(2, '0')} 08:00,${r.value},${r.est}`);
  const bad = fc.constantFrom(
    'M9,2026-03-01,1,', 'M1,not-a-date,1,', 'M1,2026-03-01,-5,', 'M1,2026-03-01,x,', 'M1,2026-03-01,1,perhaps',
    'M1,2026-03-01', 'M1,2026-03-01,1,,extra', ',2026-03-01,1,', 'M1,"2026-03-01",1,"unterminated', '"a"b,2026-03-01,1,',
  );
  const blank = fc.constant('');

  it('holds for readTable and readReadingsColumnar alike, with the same rows, lines and issues', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof({ weight: 6, arbitrary: good }, { weight: 3, arbitrary: bad }, { weight: 1, arbitrary: blank }), { maxLength: 40 }),
      fc.boolean(),
      async (rows, crlf) => {
        const f = put(dir, `readings/p${n++}.csv`, `${HEADER}\n${rows.join(crlf ? '\r\n' : '\n')}`);
        const t = await drain(f, 'readings', { refs: { meterIds: new Set(['M1', 'M2', 'M3']) }, batchSize: 7 });
        const errorCount = t.issues.filter((i) => i.severity === 'error').length;
        expect(t.rowsRead).toBe(t.rows.length + errorCount);
        // Quotes may legitimately join physical lines into one record; otherwise one line = one row.
        if (!rows.some((r) => r.includes('"'))) expect(t.rowsRead).toBe(rows.filter((r) => r !== '').length);
        expect(t.issues.filter((i) => i.severity === 'error').every((i) => i.raw !== null)).toBe(true);
        const c = await drainReadings(f, ['M1', 'M2', 'M3'], 5);
        expect(c.rowsRead).toBe(t.rowsRead);
        expect(c.lines).toEqual(t.lines);
        expect(c.issues).toEqual(t.issues);
        expect(c.readAt).toEqual(t.rows.map((r) => r.read_at));
        expect(c.value).toEqual(t.rows.map((r) => r.value));
      },
    ), { numRuns: 60 });
  });
});
