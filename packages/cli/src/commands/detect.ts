// `sentinel detect --data DIR --out alerts.csv [--as-of YYYY-MM-DD]`: the
// digital whistle (数字吹哨) from files, without the database.
// `sentinel detect --db [--as-of YYYY-MM-DD]`: the same over the imported
// database (SENTINEL_DATA_DIR / DATABASE_URL), stored as a run with its alerts.
// `sentinel detect --db --enqueue [--as-of YYYY-MM-DD]`: queued as one job per
// subdistrict instead, for `sentinel worker` processes to share.
import { dayToIso } from '@sentinel/domain';
import { detect } from '@sentinel/detection';
import { FileProblem } from '@sentinel/ingest';
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { parseAsOf } from '../detect/asOf.ts';
import { IssueReport } from '../detect/issueReport.ts';
import { loadDataset } from '../detect/loadDataset.ts';
import { writeAlerts } from '../detect/writeAlerts.ts';

const USAGE = '用法 usage: sentinel detect --data <数据目录> --out <alerts.csv> [--as-of YYYY-MM-DD]\n' +
  '           sentinel detect --db [--enqueue] [--as-of YYYY-MM-DD]';

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const opts = parseOptions(args, {
      data: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      quiet: { type: 'boolean' },
      db: { type: 'boolean' },
      enqueue: { type: 'boolean' },
    });
    const asOf = parseAsOf(opts['as-of']);
    if (opts.db) {
      if (opts.data || opts.out) throw new UsageError(`--db 与 --data/--out 不能同时使用 (--db excludes --data and --out)\n${USAGE}`);
      const { detectFromDatabase, enqueueDetection } = await import('../detect/dbRun.ts');
      return opts.enqueue ? enqueueDetection(asOf) : detectFromDatabase(asOf);
    }
    if (opts.enqueue) throw new UsageError(`--enqueue 需要 --db (--enqueue needs --db)\n${USAGE}`);
    if (!opts.data || !opts.out) throw new UsageError(`缺少参数 missing --data or --out\n${USAGE}`);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const report = new IssueReport(log);
    const t0 = performance.now();
    let loaded;
    try {
      loaded = await loadDataset(opts.data, { asOfDay: asOf, report });
    } catch (err) {
      if (err instanceof FileProblem) {
        process.stderr.write(`无法检测 cannot detect: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    const t1 = performance.now();
    const result = detect(loaded.input);
    const t2 = performance.now();
    await writeAlerts(opts.out, result.alerts);
    for (const line of report.summary()) log(line);
    if (!opts.quiet) {
      const red = result.alerts.filter((a) => a.level === 'red').length;
      const yellow = result.alerts.filter((a) => a.level === 'yellow').length;
      log(`检测日期 as of ${dayToIso(loaded.input.asOfDay)}：${result.alerts.length} 户，红色 ${red}，黄色 ${yellow}；` +
        `读数 ${loaded.readingCount}，读取 ${((t1 - t0) / 1000).toFixed(1)} s，模型 ${((t2 - t1) / 1000).toFixed(1)} s → ${opts.out}` +
        (result.calibration.n > 0 ? `（按 ${result.calibration.n} 次核查结果校准）` : ''));
    }
    return 0;
  });
}
