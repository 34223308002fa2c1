// `sentinel serve`: the HTTP server on whatever the database holds.
import { currentConfig, openConfiguredDatabase } from '../configured.ts';
import { parseOptions, runCommand } from '../args.ts';
import { serveUntilStopped } from '../serve-app.ts';

export function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    parseOptions(args, {});
    const config = currentConfig();
    const db = await openConfiguredDatabase(config);
    return serveUntilStopped(db, config);
  });
}
