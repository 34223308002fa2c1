// Hostile files through every reader (fast-check, seeded and bounded for CI):
// no crash — a whole-file problem is a FileProblem naming the file, anything
// else is a row accepted or rejected with exactly one error — and the columnar
// hot paths agree with the general reader row for row.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, readAccessColumnar, readReadingsColumnar, readTable, type RowIssue } from '../src/index.ts';
import { errors, tempDir } from './helpers.ts';
import { extensionOf, hostileFile, KNOWN, writeHostileFile, type HostileFile } from './hostile-files.ts';

interface Outcome { problem: string | null; rowsRead: number; accepted: number; errorLines: number[] }

async function outcome(run: () => Promise<{ rowsRead: number; accepted: number; issues: RowIssue[] }>): Promise<Outcome> {
  try {
    const r = await run();
    return { problem: null, rowsRead: r.rowsRead, accepted: r.accepted, errorLines: errors(r.issues).map((i) => i.line) };
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err; // a crash: anything but a whole-file problem
    return { problem: err.message, rowsRead: 0, accepted: 0, errorLines: [] };
  }
}

const meterIndex = new Map(KNOWN.meters.map((m, i) => [m, i]));
const houseIndex = new Map(KNOWN.houses.map((h, i) => [h, i]));

async function general(path: string, f: HostileFile): Promise<Outcome> {
  return outcome(async () => {
    const out = { rowsRead: 0, accepted: 0, issues: [] as RowIssue[] };
    const refs = { meterIds: new Set(KNOWN.meters), houseIds: new Set(KNOWN.houses) };
    for await (const b of readTable(path, f.table, { refs, batchSize: 7 })) {
      out.rowsRead += b.rowsRead;
      out.accepted += b.rows.length;
      out.issues.push(...b.issues);
    }
    return out;
  });
}

async function columnar(path: string, f: HostileFile): Promise<Outcome | null> {
  if (f.table === 'complaints') return null;
  return outcome(async () => {
    const out = { rowsRead: 0, accepted: 0, issues: [] as RowIssue[] };
    const chunks = f.table === 'readings' ? readReadingsColumnar(path, meterIndex, { chunkRows: 5 }) : readAccessColumnar(path, houseIndex, { chunkRows: 5 });
    for await (const c of chunks) {
      out.rowsRead += c.rowsRead;
      out.accepted += c.count;
      out.issues.push(...c.issues);
    }
    return out;
  });
}

describe('hostile input through the readers', () => {
  it('never crashes; rows read = accepted + rejected; columnar and general readers agree', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(hostileFile, async (f) => {
      const path = join(dir, `${f.table}-${n++}.${extensionOf(f)}`);
      await writeHostileFile(path, f);
      const g = await general(path, f);
      if (g.problem !== null) {
        expect(g.problem.startsWith(`${f.table}-`)).toBe(true); // names the file
      } else {
        expect(g.accepted + g.errorLines.length).toBe(g.rowsRead);
      }
      const c = await columnar(path, f);
      if (c !== null) {
        expect(c.problem === null).toBe(g.problem === null);
        expect(c).toEqual(g);
      }
    }), { numRuns: 60, seed: 20261203, endOnFailure: true });
  }, 180_000);
});
