// Readings files parsed in byte ranges by several workers must give exactly
// what one whole-file read gives: the same daily matrices, reading counts,
// and the same issues on the same lines, in the same order.
import { rm } from 'node:fs/promises';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowIssue } from '@sentinel/ingest';
import { IssueReport } from '../../src/detect/issueReport.ts';
import { loadDataset, type LoadedDataset } from '../../src/detect/loadDataset.ts';
import { makeDemo } from '../../../demo/test/fixtures.ts';

class CapturedIssues extends IssueReport {
  readonly all: RowIssue[] = [];
  constructor() { super(() => {}); }
  override add(issue: RowIssue): void {
    this.all.push(issue);
    super.add(issue);
  }
}

async function load(dir: string, partBytes: number): Promise<{ loaded: LoadedDataset; issues: RowIssue[] }> {
  const report = new CapturedIssues();
  const loaded = await loadDataset(dir, { asOfDay: null, report, workers: 2, readingsPartBytes: partBytes });
  return { loaded, issues: report.all };
}

let dir = '';

beforeAll(async () => {
  dir = (await makeDemo({ houses: 80, seed: 11, days: 90, messy: true })).dir;
  // a quoted record and a blank line late in a file: ranges after them must still line up
  await appendFile(join(dir, 'readings', 'water.csv'), '"SW-NOT-A-METER","2026-11-15T00:00:00",1,0\n\nbad line\n');
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readings parsed in byte ranges', () => {
  it('equal a whole-file read: matrices, counts, issues and their lines', async () => {
    const whole = await load(dir, Number.MAX_SAFE_INTEGER);
    for (const partBytes of [2_000, 9_999]) {
      const ranged = await load(dir, partBytes);
      expect(ranged.loaded.readingCount).toBe(whole.loaded.readingCount);
      expect(ranged.loaded.readingErrors).toBe(whole.loaded.readingErrors);
      expect(ranged.issues).toEqual(whole.issues);
      const a = ranged.loaded.input, b = whole.loaded.input;
      expect(a.asOfDay).toBe(b.asOfDay);
      for (const kind of ['water', 'electricity', 'gas'] as const) {
        expect(a[kind]?.startDay).toBe(b[kind]?.startDay);
        expect(Buffer.from(a[kind]!.values.buffer).equals(Buffer.from(b[kind]!.values.buffer))).toBe(true);
        expect(Buffer.from(a[kind]!.flags.buffer).equals(Buffer.from(b[kind]!.flags.buffer))).toBe(true);
      }
    }
    expect(whole.issues.some((i) => i.file === 'readings/water.csv' && i.line > 1000)).toBe(true);
  });
});
