// Temporary folders that remove themselves, so test runs leave nothing in
// /tmp: a folder made inside a test goes when that test finishes; one made in
// a beforeAll (or while the file is collected) goes when the test file ends.
// One copy for the test suites of every package, imported by relative path
// (as packages/db/test/engines.ts is).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished, TestRunner } from 'vitest';

const removeAtFileEnd = new Set<string>();

// Registered when a test file first imports this module (vitest isolates each
// file's modules), so it belongs to that file. After-hooks run in reverse
// order of registration, so this one comes after the file's own afterAll
// hooks — the servers and databases still using a folder are closed by then.
afterAll(async () => {
  const dirs = [...removeAtFileEnd];
  removeAtFileEnd.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder `<tmp>/<prefix>XXXXXX`, removed when the current test (or, outside a test, the test file) ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (TestRunner.getCurrentTest()) onTestFinished(() => rm(dir, { recursive: true, force: true }));
  else removeAtFileEnd.add(dir);
  return dir;
}
