// openDatabase: embedded PGlite in a folder by default, PostgreSQL when a URL
// is given (DATABASE_URL). Migrations are applied on open, by the driver's own
// Drizzle migrator, from the committed packages/db/drizzle folder.
import { resolve } from 'node:path';
import { openPglite } from './pglite-engine.ts';
import { openPostgres } from './postgres-engine.ts';
import type { Database } from './session.ts';

export interface OpenDatabaseOptions {
  /** PGlite folder; 'memory://' for an in-memory database. Default SENTINEL_DATA_DIR or ./data. */
  dataDir?: string;
  /** PostgreSQL URL; default DATABASE_URL (unless dataDir is given). Wins over dataDir. */
  databaseUrl?: string;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  // Explicit options first, then the environment: a test that asks for a
  // PGlite folder must get one even where DATABASE_URL is exported.
  const url = options.databaseUrl ?? (options.dataDir ? undefined : process.env.DATABASE_URL);
  if (url) return openPostgres(url);
  const dir = options.dataDir ?? process.env.SENTINEL_DATA_DIR ?? './data';
  return openPglite(dir.startsWith('memory://') ? dir : resolve(dir));
}
