// The audit log is append-only against TRUNCATE too (issue #13: the row
// triggers covered UPDATE and DELETE only, and TRUNCATE skips row triggers).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../src/index.ts';
import { describeEachEngine } from './engines.ts';

describeEachEngine('audit log and TRUNCATE', (engine) => {
  let db: Database;
  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  it('refuses TRUNCATE and keeps the rows', async () => {
    await db.query(`INSERT INTO audit_log (at, actor_id, actor_role, action, target_kind, target_id) VALUES (now(), 'u1', 'admin', 'user.create', 'user', 'u2')`);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/不能清空/);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows).toEqual([{ n: 1 }]);
  });
});
