// `sentinel detect --db`: the same engine over the imported database, stored as
// a run (audited as the system). Loaded only in --db mode, so the file mode
// never pays for the database.
// `sentinel detect --db --enqueue`: the same run as jobs, one per subdistrict,
// for `sentinel worker` processes (or the server's runner) to share.
import { currentConfig, openConfiguredDatabase } from '../configured.ts';
import { DomainError, jobEnqueuer, runDetectionAsSystem } from '@sentinel/services';
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

/** Adds the fan-out job (one detection job per subdistrict follows) and prints its id. */
export async function enqueueDetection(asOfDay: number | null): Promise<number> {
  const config = currentConfig();
  const db = await openConfiguredDatabase(config);
  try {
    const enqueue = jobEnqueuer(db, Date.now, config.jobMaxAttempts);
    const id = await enqueue('detection.run', asOfDay === null ? { reason: 'cli' } : { reason: 'cli', asOf: dayToIso(asOfDay) });
    process.stdout.write(`已排入按街道检测任务 detection job queued: #${String(id)}（由 sentinel worker 或服务进程执行 run by sentinel worker or the server）\n`);
    return 0;
  } finally {
    await db.close();
  }
}
