// Migration 0013 (issue #13): users stored with "" / [""] for the documented
// null jurisdiction get what was meant, except that a property company is
// never widened to every compound. The migration's own SQL is run again on
// rows written the old way (the database is already migrated).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../src/index.ts';
import { describeEachEngine } from './engines.ts';

const SQL = readFileSync(new URL('../drizzle/0013_blank_jurisdiction_is_null.sql', import.meta.url), 'utf8');

describeEachEngine('migration 0013: blank jurisdiction is null', (engine) => {
  let db: Database;
  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  it('turns "" and [""] into null, keeps real names, leaves a property company with an empty list', async () => {
    const insert = (id: string, role: string, hood: string | null, communities: string[] | null) =>
      db.query(`INSERT INTO users (id, username, display_name, role, unit_name, scope_subdistrict, scope_neighborhood, scope_communities, password_hash)
        VALUES ($1, $1, $1, $2, '单位', '临汾路街道', $3, $4, 'x')`, [id, role, hood, communities]);
    await insert('ops', 'ops_center', '', ['']);
    await insert('police', 'police', ' ', ['', '汾西小区']);
    await insert('wy', 'property', '汾西居民区', ['']);
    await insert('cw', 'committee', '汾西居民区', null);
    for (const statement of SQL.split('--> statement-breakpoint')) await db.query(statement);
    const rows = (await db.query<{ id: string; scope_neighborhood: string | null; scope_communities: string[] | null }>(
      'SELECT id, scope_neighborhood, scope_communities FROM users ORDER BY id')).rows;
    expect(rows).toEqual([
      { id: 'cw', scope_neighborhood: '汾西居民区', scope_communities: null },
      { id: 'ops', scope_neighborhood: null, scope_communities: null },
      { id: 'police', scope_neighborhood: null, scope_communities: ['汾西小区'] },
      { id: 'wy', scope_neighborhood: '汾西居民区', scope_communities: [] },
    ]);
  });
});
