// Generates small datasets once per test file into a temporary folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo, type DemoSummary } from '../src/generate.ts';
import type { DemoOptions } from '../src/options.ts';

export async function makeDemo(over: Partial<DemoOptions> = {}): Promise<{ dir: string; summary: DemoSummary }> {
  const dir = await mkdtemp(join(tmpdir(), 'sentinel-demo-test-'));
  const opts: DemoOptions = { outDir: dir, truthPath: join(dir, 'truth.csv'), houses: 300, seed: 7, days: 120, end: '2026-11-15', messy: false, ...over };
  if (over.outDir === undefined && over.truthPath === undefined) opts.truthPath = join(dir, 'truth.csv');
  const summary = await generateDemo(opts);
  return { dir, summary };
}
