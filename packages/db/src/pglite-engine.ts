// Embedded PostgreSQL (PGlite, which is PostgreSQL 18) in a folder: the
// default, nothing to install. One connection per process.
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from './schema/index.ts';
import { MIGRATIONS_FOLDER } from './migrations.ts';
import type { CopyChunks, Database, SentinelDrizzle, SqlResult, SqlSession } from './session.ts';

type Queryable = PGlite | Transaction;

function sessionOf(client: Queryable, db: SentinelDrizzle): SqlSession {
  return {
    db,
    async query<R>(text: string, params?: unknown[]): Promise<SqlResult<R>> {
      const res = await client.query<R>(text, params);
      return { rows: res.rows, rowCount: res.affectedRows ?? 0 };
    },
    async exec(text: string): Promise<void> {
      await client.exec(text);
    },
    async copyRows(table: string, columns: readonly string[], chunks: CopyChunks): Promise<number> {
      const target = `${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`;
      let copied = 0;
      // One COPY per chunk: PGlite holds the whole blob in memory while copying.
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        const res = await client.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: new Blob([chunk]) });
        copied += res.affectedRows ?? 0;
      }
      return copied;
    },
  };
}

function asDrizzle(client: Queryable): SentinelDrizzle {
  // drizzle's own PGlite transactions hand the Transaction object to a new
  // session exactly like this; the cast only widens the declared client type.
  const db: PgliteDatabase<typeof schema> = drizzle({ client: client as PGlite, schema });
  return db as unknown as SentinelDrizzle;
}

export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(inMemory ? undefined : dataDir);
  const db = drizzle({ client: pg, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const root = sessionOf(pg, db as unknown as SentinelDrizzle);
  return {
    ...root,
    engine: 'pglite',
    location: dataDir,
    transaction: (fn) => pg.transaction((tx) => fn(sessionOf(tx, asDrizzle(tx)))),
    close: () => pg.close(),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
