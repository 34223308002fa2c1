import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDemo } from './fixtures.ts';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

describe('sentinel demo determinism', () => {
  it('writes byte-identical files for the same arguments, different ones for another seed', async () => {
    const a = await makeDemo({ houses: 150, days: 60, seed: 3 });
    const b = await makeDemo({ houses: 150, days: 60, seed: 3 });
    const c = await makeDemo({ houses: 150, days: 60, seed: 4 });
    dirs.push(a.dir, b.dir, c.dir);
    const filesA = (await listFiles(a.dir)).map((f) => relative(a.dir, f));
    const filesB = (await listFiles(b.dir)).map((f) => relative(b.dir, f));
    expect(filesB).toEqual(filesA);
    for (const f of filesA) {
      expect((await readFile(join(b.dir, f))).equals(await readFile(join(a.dir, f))), f).toBe(true);
    }
    const waterA = await readFile(join(a.dir, 'readings/water.csv'));
    const waterC = await readFile(join(c.dir, 'readings/water.csv'));
    expect(waterC.equals(waterA)).toBe(false);
    expect(a.summary).toEqual(b.summary);
  });

  it('is byte-identical under --messy too (xlsx included)', async () => {
    const a = await makeDemo({ houses: 120, days: 40, seed: 5, messy: true });
    // Zip entries carry 2-second DOS timestamps: make sure the clock has moved on.
    await new Promise((r) => setTimeout(r, 2100));
    const b = await makeDemo({ houses: 120, days: 40, seed: 5, messy: true });
    dirs.push(a.dir, b.dir);
    for (const f of (await listFiles(a.dir)).map((x) => relative(a.dir, x))) {
      expect((await readFile(join(b.dir, f))).equals(await readFile(join(a.dir, f))), f).toBe(true);
    }
  });
});
