// The closed loop through the HTTP API, the role matrix and the per-role data view, on PGlite and
// PostgreSQL, sharing one app and one set of signed-in users per engine
// (signing 20 users in costs 40 argon2 hashes).
import { afterAll, beforeAll } from 'vitest';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { startHarness, type Harness } from './harness.ts';
import { apiLoopTests } from './api-loop.ts';
import { roleMatrixTests } from './role-matrix.ts';
import { dataViewTests } from './data-view.ts';

describeEachEngine('closed-loop API', (engine) => {
  let h: Harness | undefined;
  beforeAll(async () => { h = await startHarness(engine); });
  afterAll(async () => h?.close());
  const harness = (): Harness => {
    if (!h) throw new Error('harness not started');
    return h;
  };
  apiLoopTests(harness);
  roleMatrixTests(harness);
  dataViewTests(harness);
});
