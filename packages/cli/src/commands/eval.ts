// `sentinel eval --data DIR --truth FILE [--k 100]`: how well detect finds
// the group rentals of a district with known truth; `sentinel eval --worlds`:
// the same over the eight named worlds (see docs/detection.md, Evaluation).
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { IssueReport } from '../detect/issueReport.ts';
import { openDataset } from '../detect/loadDataset.ts';
import { readTruth } from '../detect/truth.ts';
import { evaluate } from '../detect/evaluate.ts';
import { formatEvalReport } from '../detect/evalReport.ts';
import { parseAsOf } from '../detect/asOf.ts';
import { formatWorlds, runWorlds, worldFigures } from '../detect/worlds.ts';
import type { WorldRole } from '@sentinel/demo';

const USAGE = '用法 usage: sentinel eval --data <数据目录> --truth <truth.csv> [--k 100] [--weeks 13] [--step 7] [--as-of YYYY-MM-DD] [--json]\n' +
  '       sentinel eval --worlds [tune|held-out|all] [--houses 20000] [--days 365] [--cache DIR] [--k 100] [--weeks 13] [--json]';

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    // a bare `--worlds` means all eight
    const at = args.indexOf('--worlds');
    if (at >= 0 && (at === args.length - 1 || args[at + 1].startsWith('--'))) args = [...args.slice(0, at + 1), 'all', ...args.slice(at + 1)];
    const opts = parseOptions(args, {
      data: { type: 'string' },
      truth: { type: 'string' },
      k: { type: 'string' },
      weeks: { type: 'string' },
      step: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      worlds: { type: 'string' },
      houses: { type: 'string' },
      days: { type: 'string' },
      cache: { type: 'string' },
    });
    if (opts.worlds !== undefined) return runWorldsCommand(opts);
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

async function runWorldsCommand(opts: Record<string, string | boolean | undefined>): Promise<number> {
  const which = String(opts.worlds || 'all');
  const roles: WorldRole[] = which === 'all' ? ['tune', 'held-out'] : which === 'tune' ? ['tune'] : which === 'held-out' ? ['held-out'] : [];
  if (roles.length === 0) throw new UsageError(`参数错误 invalid --worlds "${which}" (tune | held-out | all)\n${USAGE}`);
  const k = positiveInt(opts.k as string | undefined, 100, '--k');
  const scores = await runWorlds({
    cacheDir: (opts.cache as string | undefined) ?? 'data-worlds', houses: positiveInt(opts.houses as string | undefined, 20_000, '--houses'),
    days: positiveInt(opts.days as string | undefined, 365, '--days'), end: '2026-11-15', k,
    weeks: positiveInt(opts.weeks as string | undefined, 13, '--weeks'), step: positiveInt(opts.step as string | undefined, 7, '--step'),
    roles, log: (line) => process.stderr.write(`${line}\n`),
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(scores.map((s) => ({ name: s.name, role: s.role, about: s.about, figures: worldFigures(s.result), result: s.result })), null, 2)}\n`);
  else process.stdout.write(formatWorlds(scores, k));
  return 0;
}

function positiveInt(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`参数错误 invalid ${name}: "${v}" 应为正整数`);
  return n;
}
