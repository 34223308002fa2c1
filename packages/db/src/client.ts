// openDatabase: embedded PGlite in a folder by default, PostgreSQL when a URL
// is given (DATABASE_URL). Migrations are applied on open, by the driver's own
// Drizzle migrator, from the committed packages/db/drizzle folder.
import { resolve } from 'node:path';
import { openPglite } from './pglite-engine.ts';
import { openPostgres } from './postgres-engine.ts';
import type { Database } from './session.ts';

export interface OpenDatabaseOptions {
  /** PGlite folder; 'memory://' for an in-memory database. Default ./data. */
  dataDir?: string;
  /** PostgreSQL URL (the configuration's DATABASE_URL). Wins over dataDir. */
  databaseUrl?: string;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  // The environment is the configuration's to read (packages/server/src/config).
  const url = options.databaseUrl;
  if (url) return openPostgres(url);
  const dir = options.dataDir ?? './data';
  return openPglite(dir.startsWith('memory://') ? dir : resolve(dir));
}
