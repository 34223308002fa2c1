// `sentinel eval --data DIR --truth FILE [--k 100]`: how well detect finds
// the group rentals of a generated district (see docs/detection.md).
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { IssueReport } from '../detect/issueReport.ts';
import { openDataset } from '../detect/loadDataset.ts';
import { readTruth } from '../detect/truth.ts';
import { evaluate } from '../detect/evaluate.ts';
import { formatEvalReport } from '../detect/evalReport.ts';
import { parseAsOf } from '../detect/asOf.ts';

const USAGE = '用法 usage: sentinel eval --data <数据目录> --truth <truth.csv> [--k 100] [--weeks 13] [--step 7] [--as-of YYYY-MM-DD] [--json]';

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const opts = parseOptions(args, {
      data: { type: 'string' },
      truth: { type: 'string' },
      k: { type: 'string' },
      weeks: { type: 'string' },
      step: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!opts.data || !opts.truth) throw new UsageError(`缺少参数 missing --data or --truth\n${USAGE}`);
    const k = positiveInt(opts.k, 100, '--k');
    const weeks = positiveInt(opts.weeks, 13, '--weeks');
    const step = positiveInt(opts.step, 7, '--step');
    const truth = await readTruth(opts.truth);
    const report = new IssueReport(() => undefined); // detect prints row issues; eval only counts them
    const session = await openDataset(opts.data, { asOfDay: parseAsOf(opts['as-of']), report, historyDays: 400 + weeks * 7 });
    let result;
    try {
      for (const line of report.summary()) process.stderr.write(`${line}\n`);
      result = await evaluate(session.loaded.input, truth, k, weeks, step, session.matricesAsOf);
    } finally {
      await session.close();
    }
    process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvalReport(result));
    return 0;
  });
}

function positiveInt(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`参数错误 invalid ${name}: "${v}" 应为正整数`);
  return n;
}
