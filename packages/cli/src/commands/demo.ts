// `sentinel demo --out DIR [--houses N] [--seed S] [--days D] [--end YYYY-MM-DD] [--messy] [--truth FILE] [--world NAME]`
import { join } from 'node:path';
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { DEMO_DEFAULTS, formatSummary, generateDemo, worldNamed, WORLDS, type DemoOptions } from '@sentinel/demo';

function positiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new UsageError(`参数错误 invalid --${name}: "${raw}" (应为 1-${max} 的整数 must be an integer 1-${max})`);
  return Number(raw);
}

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const v = parseOptions(args, {
      out: { type: 'string' },
      houses: { type: 'string' },
      seed: { type: 'string' },
      days: { type: 'string' },
      end: { type: 'string' },
      truth: { type: 'string' },
      messy: { type: 'boolean' },
      world: { type: 'string' },
    });
    if (!v.out) throw new UsageError('缺少 --out 输出目录 (missing --out DIR)\n用法 Usage: sentinel demo --out DIR [--houses N] [--seed S] [--days D] [--end YYYY-MM-DD] [--messy] [--truth FILE] [--world NAME]');
    const end = v.end ?? DEMO_DEFAULTS.end;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new UsageError(`参数错误 invalid --end: "${end}" (应为 YYYY-MM-DD)`);
    // A named world (docs/demo-data.md "Worlds"); its seed is the default seed.
    const named = v.world === undefined ? undefined : worldNamed(v.world);
    if (v.world !== undefined && !named) throw new UsageError(`参数错误 unknown --world "${v.world}" (可选 one of: ${WORLDS.map((w) => w.world.name).join(', ')})`);
    const opts: DemoOptions = {
      outDir: v.out,
      truthPath: v.truth ?? join(v.out, 'truth.csv'),
      houses: positiveInt('houses', v.houses, DEMO_DEFAULTS.houses, 1_000_000),
      seed: positiveInt('seed', v.seed, named?.seed ?? DEMO_DEFAULTS.seed, 2 ** 31),
      days: positiveInt('days', v.days, DEMO_DEFAULTS.days, 3660),
      end,
      messy: v.messy ?? false,
      world: named?.world,
    };
    if (opts.days < 30) throw new UsageError('参数错误 --days 至少 30 (at least 30 days)');
    const started = performance.now();
    const summary = await generateDemo(opts);
    process.stdout.write(formatSummary(summary, (performance.now() - started) / 1000, opts.outDir));
    return 0;
  });
}
