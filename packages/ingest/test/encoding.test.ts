import { describe, expect, it } from 'vitest';
import { FileProblem, formatIssue } from '../src/index.ts';
import { drain, errors, gbk, house, HOUSES_HEADER, put, tempDir, warnings } from './helpers.ts';

describe('encodings', () => {
  it('reads a GBK/GB18030 file correctly, without warnings', async () => {
    const text = `${HOUSES_HEADER}\r\n${house('H1')}\r\n${house('H2', { address: '汾西路261弄12号楼302室' })}\r\n`;
    const r = await drain(put(tempDir(), 'houses.csv', gbk(text)), 'houses');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.address)).toEqual(['汾西路261弄12号301室', '汾西路261弄12号楼302室']);
    expect(r.rows[0].subdistrict).toBe('临汾路街道');
    expect(r.rows[0].is_rental).toBe(true); // 是 in GBK
  });

  it('reads UTF-8 with a BOM (the header still matches)', async () => {
    const r = await drain(put(tempDir(), 'houses.csv', `\uFEFF${HOUSES_HEADER}\n${house('H1')}\n`), 'houses');
    expect(r.issues).toEqual([]);
    expect(r.rows[0].house_id).toBe('H1');
  });

  it('decodes the GBK lines of a mostly UTF-8 file as GB18030, with one warning per line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HOUSES_HEADER}\n${house('H1')}\n`),
      gbk(`${house('H2', { address: '汾西路261弄12号302室' })}\n`),
      Buffer.from(`${house('H3')}\n`),
      gbk(`${house('H4', { address: '汾西路261弄12号楼303室' })}\n`),
    ]);
    const r = await drain(put(tempDir(), 'houses.csv', bytes), 'houses');
    expect(r.rows.map((x) => x.address)).toEqual(['汾西路261弄12号301室', '汾西路261弄12号302室', '汾西路261弄12号301室', '汾西路261弄12号楼303室']);
    expect(errors(r.issues)).toEqual([]);
    expect(warnings(r.issues).map((w) => w.line)).toEqual([3, 5]);
    expect(formatIssue(warnings(r.issues)[0])).toMatch(/^houses\.csv 第3行（警告）：此行不是有效的 UTF-8，已按 GB18030 解码/);
  });

  it('decodes a UTF-8 line inside a GBK file as UTF-8, with a warning', async () => {
    const bytes = Buffer.concat([
      gbk(`${HOUSES_HEADER}\n${house('H1')}\n${house('H2')}\n`),
      Buffer.from(`${house('H3', { address: '汾西路261弄12号楼303室' })}\n`),
    ]);
    const r = await drain(put(tempDir(), 'houses.csv', bytes), 'houses');
    expect(r.rows.map((x) => x.address)).toEqual(['汾西路261弄12号301室', '汾西路261弄12号301室', '汾西路261弄12号楼303室']);
    expect(warnings(r.issues).map((w) => w.line)).toEqual([4]);
  });

  it('rejects rows of undecodable garbage with a clear reason, keeping the others', async () => {
    const garbage = Buffer.from([0x48, 0x39, 0x2c, 0xff, 0xfe, 0xff, 0x80, 0xff, 0x0a]);
    const bytes = Buffer.concat([Buffer.from(`${HOUSES_HEADER}\n${house('H1')}\n`), garbage, Buffer.from(`${house('H2')}\n`)]);
    const r = await drain(put(tempDir(), 'houses.csv', bytes), 'houses');
    expect(r.rows.map((x) => x.house_id)).toEqual(['H1', 'H2']);
    expect(r.rowsRead).toBe(3);
    expect(errors(r.issues)).toHaveLength(1);
    expect(formatIssue(r.issues[0])).toBe('houses.csv 第3行：此行含无法识别的字节：既不是有效的 UTF-8 也不是 GB18030 编码');
  });

  it('lets the first non-ASCII line decide when the first chunk is all ASCII', async () => {
    const ascii = Array.from({ length: 40_000 }, (_, i) => `M${i},2026-03-01,${i},`).join('\n'); // > 1 MiB
    const bytes = Buffer.concat([Buffer.from(`meter_id,read_at,value,estimated\n${ascii}\n`), gbk('电表1,2026-03-01,5,否\n电表2,2026-03-01,6,是\n')]);
    const f = put(tempDir(), 'readings/r.csv', bytes);
    const meterIds = new Set(['电表1', '电表2', ...Array.from({ length: 40_000 }, (_, i) => `M${i}`)]);
    const r = await drain(f, 'readings', { refs: { meterIds } });
    expect(r.issues).toEqual([]);
    expect(r.rows.slice(-2).map((x) => [x.meter_id, x.estimated])).toEqual([['电表1', false], ['电表2', true]]);
  });

  it('names a UTF-16 file instead of reading garbage', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HOUSES_HEADER}\n`, 'utf16le')]);
    const err = await drain(put(tempDir(), 'houses.csv', bytes), 'houses').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileProblem);
    expect((err as FileProblem).reason).toMatch(/UTF-16/);
  });
});
