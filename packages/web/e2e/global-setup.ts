// One Sentinel for every browser test: builds the web app if dist is missing,
// starts `sentinel start` on a fresh embedded database with a small demo
// district, and hands its URL to the tests (inject('baseUrl')).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildWeb, startSentinel, type RunningServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: RunningServer | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildWeb(process.env.SENTINEL_E2E_BUILD === '1');
  // Point the tests at a server already running (development): SENTINEL_E2E_URL=http://127.0.0.1:3000
  const external = process.env.SENTINEL_E2E_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    return async () => undefined;
  }
  // The database and the demo dataset both live under root: removed when the run ends.
  const root = mkdtempSync(path.join(tmpdir(), 'sentinel-e2e-'));
  const removeRoot = () => rm(root, { recursive: true, force: true });
  try {
    // Generous: the first start also seeds the demo's cases, survey and referrals through the services.
    server = await startSentinel({ dataDir: path.join(root, 'data'), houses: 400, days: 120, timeoutMs: 420_000 });
  } catch (err) {
    await removeRoot();
    throw err;
  }
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.stop();
    await removeRoot();
  };
}
