// The configuration as every command uses it: loaded once per process from
// the environment (packages/server/src/config), and the database it names.
import { openDatabase, type Database } from '@sentinel/db';
import { databaseOptions, loadConfig, type Config } from '@sentinel/server/config';

export function currentConfig(): Config {
  return loadConfig();
}

export function openConfiguredDatabase(config: Config = currentConfig()): Promise<Database> {
  return openDatabase(databaseOptions(config));
}
