// `sentinel detect` end to end, as a user runs it: a child process on a small
// generated district (parse workers, alerts.csv, exit codes, messages).
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../../demo/test/fixtures.ts';

const BIN = join(import.meta.dirname, '../../bin/sentinel.js');
const HOUSES = 200;

function sentinel(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(csv: string): string[][] {
  // reasons may hold commas inside quotes; the first four columns never do
  return csv.trim().split('\n').slice(1).map((l) => l.split(','));
}

let dir = '';
let messyDir = '';
let work = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sentinel-detect-test-'));
  dir = (await makeDemo({ houses: HOUSES, seed: 5, days: 200 })).dir;
  messyDir = (await makeDemo({ houses: HOUSES, seed: 6, days: 200, messy: true })).dir;
}, 120_000);

afterAll(async () => {
  for (const d of [dir, messyDir, work]) if (d) await rm(d, { recursive: true, force: true });
});

describe('sentinel detect', () => {
  it('writes one row per house, ranked 1..N by score, and the same bytes twice', async () => {
    const a = join(work, 'a.csv');
    const b = join(work, 'b.csv');
    const r1 = sentinel(['detect', '--data', dir, '--out', a]);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.stderr).toMatch(/检测日期 as of/);
    const r2 = sentinel(['detect', '--data', dir, '--out', b, '--quiet']);
    expect(r2.status, r2.stderr).toBe(0);
    const text = await readFile(a, 'utf8');
    expect(await readFile(b, 'utf8')).toBe(text);
    expect(text.split('\n')[0]).toBe('house_id,rank,score,level,onset_date,estimated_occupants,reasons');
    const body = rows(text);
    expect(body).toHaveLength(HOUSES);
    expect(new Set(body.map((r) => r[0])).size).toBe(HOUSES);
    expect(body.map((r) => Number(r[1]))).toEqual(Array.from({ length: HOUSES }, (_, i) => i + 1));
    const scores = body.map((r) => Number(r[2]));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
    for (const r of body) expect(['red', 'yellow', 'green']).toContain(r[3]);
  }, 120_000);

  it('--as-of ignores everything after that day', async () => {
    const copy = join(work, 'later');
    await cp(dir, copy, { recursive: true });
    // a wild later reading and later door events: must change nothing as of an earlier day
    const water = (await readFile(join(copy, 'readings/water.csv'), 'utf8')).split('\n');
    const meter = water[1].split(',')[0];
    await appendFile(join(copy, 'readings/water.csv'), `${water.at(-1) === '' ? '' : '\n'}${meter},2026-11-14T00:00:00,99998,0\n`);
    const a = join(work, 'asof-a.csv');
    const b = join(work, 'asof-b.csv');
    expect(sentinel(['detect', '--data', dir, '--out', a, '--as-of', '2026-10-01', '--quiet']).status).toBe(0);
    expect(sentinel(['detect', '--data', copy, '--out', b, '--as-of', '2026-10-01', '--quiet']).status).toBe(0);
    expect(await readFile(b, 'utf8')).toBe(await readFile(a, 'utf8'));
  }, 120_000);

  it('unusable input: non-zero exit and a Chinese message naming the file', async () => {
    const bad = join(work, 'bad');
    await cp(dir, bad, { recursive: true });
    await writeFile(join(bad, 'houses.csv'), 'house_id,neighborhood\n');
    const r = sentinel(['detect', '--data', bad, '--out', join(work, 'x.csv')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/houses\.csv/);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    const missing = sentinel(['detect', '--data', join(work, 'no-such-dir'), '--out', join(work, 'y.csv')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('--messy data: bad rows are reported with file and line, and detection still runs', async () => {
    const out = join(work, 'messy.csv');
    const r = sentinel(['detect', '--data', messyDir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/行被拒绝 rejected/);
    expect(r.stderr).toMatch(/第\d+行|:\d+/);
    expect(rows(await readFile(out, 'utf8'))).toHaveLength(
      (await readFile(join(messyDir, 'houses.csv'), 'utf8')).trim().split('\n').length - 1 - countRejectedHouses(r.stderr),
    );
  }, 120_000);
});

/** Houses rows the loader refused (from its per-file summary line). */
function countRejectedHouses(stderr: string): number {
  const m = /houses\.csv：(\d+) 行被拒绝/.exec(stderr);
  return m ? Number(m[1]) : 0;
}
