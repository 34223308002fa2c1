// Runs a suite on both engines the product supports: embedded PGlite (in
// memory) and a PostgreSQL server (TEST_DATABASE_URL). Every call to open()
// returns a fresh, isolated database (a new PGlite instance, or a new
// PostgreSQL database dropped on close), so tests share no mutable state.
// Without TEST_DATABASE_URL the PostgreSQL half is skipped with a printed
// reason, except in CI (CI=true), where it fails: never a silent skip there.
import { describe, it } from 'vitest';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../src/index.ts';

export interface TestEngine {
  name: Engine;
  /** A fresh migrated database; close() also deletes it. */
  open(): Promise<Database>;
}

const PG_URL = process.env.TEST_DATABASE_URL;
let counter = 0;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const pgliteEngine: TestEngine = {
  name: 'pglite',
  open: () => openDatabase({ dataDir: 'memory://' }),
};

/** A new empty database on the TEST_DATABASE_URL server (not migrated): its URL and how to drop it. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sentinel_t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_URL as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const postgresEngine: TestEngine = {
  name: 'postgres',
  async open() {
    const server = await createServerDatabase();
    const db = await openDatabase({ databaseUrl: server.url });
    return {
      ...db,
      async close() {
        await db.close();
        await server.drop();
      },
    };
  },
};

/** describe(title) once per engine; the body gets the engine to open databases with. */
export function describeEachEngine(title: string, body: (engine: TestEngine) => void): void {
  describe(`${title} [pglite]`, () => body(pgliteEngine));
  if (PG_URL) {
    describe(`${title} [postgres]`, () => body(postgresEngine));
  } else if (process.env.CI === 'true') {
    describe(`${title} [postgres]`, () => {
      it('needs TEST_DATABASE_URL in CI', () => {
        throw new Error('TEST_DATABASE_URL 未设置：CI 中必须在 PostgreSQL 上运行数据库测试 (TEST_DATABASE_URL is not set; CI must run the database tests on PostgreSQL)');
      });
    });
  } else {
    process.stdout.write(`[${title}] 跳过 PostgreSQL 部分：未设置 TEST_DATABASE_URL (skipping the PostgreSQL half: TEST_DATABASE_URL is not set)\n`);
    describe.skip(`${title} [postgres] (TEST_DATABASE_URL not set)`, () => body(postgresEngine));
  }
}
