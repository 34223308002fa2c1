// The one shape every caller sees, whichever engine is underneath: the Drizzle
// query builder, raw SQL, bulk COPY, and (on the root object) transactions.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type SentinelSchema = typeof schema;
export type SentinelDrizzle = PgDatabase<PgQueryResultHKT, SentinelSchema>;

export interface SqlResult<R> {
  rows: R[];
  /** Rows inserted / updated / deleted / copied by the statement (0 for SELECT on some engines). */
  rowCount: number;
}

/** COPY ... FROM STDIN text format (see copy-text.ts), whole lines per chunk, as text or UTF-8 bytes. */
export type CopyChunk = string | Uint8Array;
export type CopyChunks = AsyncIterable<CopyChunk> | Iterable<CopyChunk>;

export interface SqlSession {
  /** Drizzle bound to this session (inside a transaction: to that transaction). */
  readonly db: SentinelDrizzle;
  /** One statement with $1.. parameters. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<R>>;
  /** Several statements without parameters (DDL, SET LOCAL ...). */
  exec(text: string): Promise<void>;
  /**
   * Bulk load: COPY table (columns) FROM STDIN, fed chunk by chunk so that
   * memory stays bounded. Returns the number of rows copied.
   */
  copyRows(table: string, columns: readonly string[], chunks: CopyChunks): Promise<number>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends SqlSession {
  readonly engine: Engine;
  /** Where the data lives: the PGlite folder ('memory://' for in-memory) or the URL without password. */
  readonly location: string;
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
