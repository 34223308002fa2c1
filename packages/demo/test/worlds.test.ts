// Worlds (world.ts, worlds.ts): the monthly-file layout keeps every reading,
// a named world is deterministic and marks its traps in truth.csv, and the
// eight worlds are split four to tune, four held out.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadingFiles } from '../src/reading-files.ts';
import { WORLDS, worldNamed } from '../src/worlds.ts';
import { records } from './csv-check.ts';
import { makeDemo } from './fixtures.ts';

const HEADER = 'meter_id,read_at,value,estimated\n';

describe('worlds', () => {
  it('eight named worlds, four to tune and four held out, with distinct seeds', () => {
    expect(WORLDS).toHaveLength(8);
    expect(WORLDS.filter((w) => w.role === 'tune')).toHaveLength(4);
    expect(WORLDS.filter((w) => w.role === 'held-out')).toHaveLength(4);
    expect(new Set(WORLDS.map((w) => w.seed)).size).toBe(8);
    expect(WORLDS.some((w) => w.world.monthlyFiles)).toBe(true);
  });

  it('monthly files hold every line once, each under its month, with the header', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sentinel-readingfiles-'));
    const files = await ReadingFiles.open(dir, { water: HEADER, electricity: HEADER, gas: HEADER }, true);
    const lines = ['SW1,2026-01-30T00:00:00,1.00,0\n', 'SW1,2026-01-31T00:00:00,2.00,0\n', 'SW1,2026-02-01T00:00:00,3.00,0\n', 'SW2,2026-01-31T00:00:00,9.00,0\n'];
    await files.write('water', lines.slice(0, 3).join(''));
    await files.write('water', lines[3]);
    const { files: names } = await files.close();
    expect(names).toEqual(['readings/water-2026-01.csv', 'readings/water-2026-02.csv']);
    expect(await readFile(join(dir, 'water-2026-01.csv'), 'utf8')).toBe(HEADER + lines[0] + lines[1] + lines[3]);
    expect(await readFile(join(dir, 'water-2026-02.csv'), 'utf8')).toBe(HEADER + lines[2]);
  });

  it('a named world is byte-identical for the same arguments and marks its traps', async () => {
    const named = worldNamed('monthly-feed')!;
    const a = await makeDemo({ houses: 250, days: 60, seed: named.seed, world: named.world });
    const b = await makeDemo({ houses: 250, days: 60, seed: named.seed, world: named.world });
    const files = (await readdir(join(a.dir, 'readings'))).sort();
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(await readFile(join(a.dir, 'readings', f), 'utf8')).toBe(await readFile(join(b.dir, 'readings', f), 'utf8'));
    const truth = records(await readFile(join(a.dir, 'truth.csv'), 'utf8'));
    const traps = new Set(truth.map((t) => t.trap));
    for (const kind of ['move_in', 'big_family', 'leak']) expect(traps.has(kind)).toBe(true);
    for (const t of truth) if (t.profile === 'new_tenant') expect(t.trap).toBe('move_in');
  });
});
