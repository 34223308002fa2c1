// PostgreSQL server (production runs 15) through a node-postgres pool; bulk
// loads stream through pg-copy-streams.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema/index.ts';
import { MIGRATIONS_FOLDER } from './migrations.ts';
import { quoteIdent } from './pglite-engine.ts';
import type { CopyChunks, Database, SentinelDrizzle, SqlResult, SqlSession } from './session.ts';

async function copyInto(client: pg.PoolClient, table: string, columns: readonly string[], chunks: CopyChunks): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  return stream.rowCount;
}

/**
 * Drizzle bound to a pooled connection, made once per connection: building it
 * reads the whole schema's relations (~1 ms of CPU), which every transaction
 * (each household file view, each case transition) used to pay again.
 */
const drizzleOfClient = new WeakMap<pg.PoolClient, SentinelDrizzle>();

function clientDrizzle(client: pg.PoolClient): SentinelDrizzle {
  let db = drizzleOfClient.get(client);
  if (!db) {
    db = drizzle({ client, schema }) as unknown as SentinelDrizzle;
    drizzleOfClient.set(client, db);
  }
  return db;
}

function clientSession(client: pg.PoolClient): SqlSession {
  return {
    db: clientDrizzle(client),
    async query<R>(text: string, params?: unknown[]): Promise<SqlResult<R>> {
      const res = await client.query(text, params);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    },
    async exec(text: string): Promise<void> {
      await client.query(text);
    },
    copyRows: (table, columns, chunks) => copyInto(client, table, columns, chunks),
  };
}

export async function openPostgres(databaseUrl: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, application_name: 'sentinel' });
  // An idle pooled connection can die (server restart, DROP DATABASE ... FORCE);
  // the pool replaces it on the next query. Without a listener Node would crash.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const url = new URL(databaseUrl);
  url.password = '';
  return {
    engine: 'postgres',
    location: url.toString(),
    db: db as unknown as SentinelDrizzle,
    async query<R>(text: string, params?: unknown[]): Promise<SqlResult<R>> {
      const res = await pool.query(text, params);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    },
    async exec(text: string): Promise<void> {
      await pool.query(text);
    },
    async copyRows(table, columns, chunks) {
      const client = await pool.connect();
      try {
        return await copyInto(client, table, columns, chunks);
      } finally {
        client.release();
      }
    },
    async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(clientSession(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection died with the transaction: do not reuse it
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
