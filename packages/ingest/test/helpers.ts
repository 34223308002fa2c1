// Test helpers: temporary dataset folders and draining the async readers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { tempDir as makeTempDir } from '../../../test/temp-dir.ts';
import { readReadingsColumnar, readTable, type RowIssue, type RowOf, type TableName } from '../src/index.ts';

/** A dataset folder for one test, removed when the test ends (temp-dir.ts). */
export const tempDir = (): string => makeTempDir('sentinel-ingest-');

/** Writes `content` (string as UTF-8, or bytes) to `dir/rel`, creating folders. */
export function put(dir: string, rel: string, content: string | Uint8Array): string {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export const gbk = (text: string): Buffer => iconv.encode(text, 'gb18030');

export interface Drained<T> { rows: T[]; lines: number[]; issues: RowIssue[]; rowsRead: number; batches: number }

export async function drain<N extends TableName>(
  file: string, table: N, opts?: Parameters<typeof readTable<N>>[2],
): Promise<Drained<RowOf<N>>> {
  const out: Drained<RowOf<N>> = { rows: [], lines: [], issues: [], rowsRead: 0, batches: 0 };
  for await (const b of readTable(file, table, opts)) {
    out.rows.push(...b.rows);
    out.lines.push(...b.lines);
    out.issues.push(...b.issues);
    out.rowsRead += b.rowsRead;
    out.batches++;
  }
  return out;
}

export async function drainReadings(file: string, meters: string[], chunkRows?: number) {
  const index = new Map(meters.map((m, i) => [m, i]));
  const out = { meterIdx: [] as number[], readAt: [] as number[], value: [] as number[], estimated: [] as number[], lines: [] as number[], issues: [] as RowIssue[], rowsRead: 0, chunks: 0 };
  for await (const c of readReadingsColumnar(file, index, { chunkRows })) {
    if (c.meterIdx.length !== c.count || c.lines.length !== c.count) throw new Error('chunk arrays must have count entries');
    out.meterIdx.push(...c.meterIdx);
    out.readAt.push(...c.readAt);
    out.value.push(...c.value);
    out.estimated.push(...c.estimated);
    out.lines.push(...c.lines);
    out.issues.push(...c.issues);
    out.rowsRead += c.rowsRead;
    out.chunks++;
  }
  return out;
}

export const errors = (issues: RowIssue[]): RowIssue[] => issues.filter((i) => i.severity === 'error');
export const warnings = (issues: RowIssue[]): RowIssue[] => issues.filter((i) => i.severity === 'warning');

export const HOUSES_HEADER = 'house_id,subdistrict,neighborhood,community,building,unit,room,address,area_m2,bedrooms,living_rooms,registered_residents,is_rental,rental_filed,lat,lon';
export const house = (id: string, over: Partial<Record<'area' | 'bedrooms' | 'address' | 'room', string>> = {}): string =>
  `${id},临汾路街道,汾西路居民区,临汾小区,12,,${over.room ?? '301'},${over.address ?? '汾西路261弄12号301室'},${over.area ?? '58.5'},${over.bedrooms ?? '2'},1,2,是,N,31.28,121.45`;

/** Shanghai wall-clock -> UTC ms. */
export const sh = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h - 8, mi, s);
