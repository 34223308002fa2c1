// Option parsing for every command: node's parseArgs in strict mode, with the
// error turned into one Chinese line instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig } from '@sentinel/server/config';

export class UsageError extends Error {}

export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(`参数错误 invalid arguments: ${(err as Error).message}`);
  }
}

/** Runs a command body, printing UsageError and other failures as one line with exit code 2 / 1. */
export async function runCommand(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`错误 error: ${(err as Error).message}\n`);
    if (debugWanted()) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}

/** SENTINEL_DEBUG, when the configuration itself is readable (a bad setting is reported without a stack). */
function debugWanted(): boolean {
  try {
    return loadConfig().debug;
  } catch {
    return false;
  }
}
