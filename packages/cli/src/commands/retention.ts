// `sentinel retention [--dry-run]`: deletes or anonymises the personal data
// past its retention term (packages/services/src/retention, docs/roles.md
// "Retention") in the configured database (SENTINEL_DATA_DIR or DATABASE_URL); with
// --dry-run only counts. Either way one audit row records the run. The server
// runs the same job every night.
import { attachmentsDir, retentionTerms } from '@sentinel/server/config';
import { retentionPolicy, runRetention } from '@sentinel/services';
import { currentConfig, openConfiguredDatabase } from '../configured.ts';
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { formatRetentionReport } from '../retention-report.ts';

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const opts = parseOptions(args, { 'dry-run': { type: 'boolean', default: false } });
    const config = currentConfig();
    let policy;
    try {
      policy = retentionPolicy(retentionTerms(config));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const db = await openConfiguredDatabase(config);
    try {
      const report = await runRetention(db, { policy, storage: { dir: attachmentsDir(config) }, dryRun: opts['dry-run'] });
      process.stdout.write(`${formatRetentionReport(report).join('\n')}\n`);
      return 0;
    } finally {
      await db.close();
    }
  });
}
