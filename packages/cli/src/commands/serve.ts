// `sentinel serve`: the HTTP server on whatever the database holds.
import { openDatabase } from '@sentinel/db';
import { readConfig } from '@sentinel/server';
import { parseOptions, runCommand } from '../args.ts';
import { serveUntilStopped } from '../serve-app.ts';

export function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    parseOptions(args, {});
    const config = readConfig();
    const db = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
    return serveUntilStopped(db, config);
  });
}
