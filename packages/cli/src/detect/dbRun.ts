// `sentinel detect --db`: the same engine over the imported database, stored as
// a run (audited as the system). Loaded only in --db mode, so the file mode
// never pays for the database.
import { openConfiguredDatabase } from '../configured.ts';
import { DomainError, runDetectionAsSystem } from '@sentinel/services';
import { dayToIso } from '@sentinel/domain';
import { formatRunSummary } from './runSummary.ts';

export async function detectFromDatabase(asOfDay: number | null): Promise<number> {
  const db = await openConfiguredDatabase();
  try {
    const result = await runDetectionAsSystem(db, asOfDay === null ? {} : { asOf: dayToIso(asOfDay) });
    process.stdout.write(formatRunSummary(result));
    return 0;
  } catch (err) {
    if (err instanceof DomainError) {
      process.stderr.write(`无法检测 cannot detect: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}
