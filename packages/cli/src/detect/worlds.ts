// `sentinel eval --worlds`: the named worlds of @sentinel/demo (worlds.ts),
// each generated once into a cache folder (deterministic: same world, seed,
// size → same files), then scored like any dataset (evaluate.ts) at weekly
// as-of dates. The summary gives the model's figures per world and the worst
// HELD-OUT world (never tune on those; docs/detection.md).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo, WORLDS, type NamedWorld, type WorldRole } from '@sentinel/demo';
import { evaluate, type EvalResult, type MethodResult } from './evaluate.ts';
import { IssueReport } from './issueReport.ts';
import { openDataset } from './loadDataset.ts';
import { readTruth } from './truth.ts';

export interface WorldsOptions {
  cacheDir: string;
  houses: number;
  days: number;
  end: string;
  k: number;
  weeks: number;
  step: number;
  /** Only these roles (default both). */
  roles: WorldRole[];
  /** Progress lines (stderr in the CLI). */
  log: (line: string) => void;
}

export interface WorldScore {
  name: string;
  role: WorldRole;
  about: string;
  dir: string;
  result: EvalResult;
}

/** The world's dataset folder, generated when absent. */
async function ensureWorld(w: NamedWorld, o: WorldsOptions): Promise<string> {
  const dir = join(o.cacheDir, `${w.world.name}-h${o.houses}-d${o.days}-${o.end}-s${w.seed}`);
  if (!existsSync(join(dir, 'truth.csv'))) {
    o.log(`生成世界 generating world ${w.world.name} (${o.houses} houses × ${o.days} days) → ${dir}`);
    await generateDemo({ outDir: dir, truthPath: join(dir, 'truth.csv'), houses: o.houses, seed: w.seed, days: o.days, end: o.end, messy: false, world: w.world });
  }
  return dir;
}

/** Scores one dataset folder against a truth file (the same path as `sentinel eval --data`). */
export async function scoreDataset(dir: string, truthPath: string, k: number, weeks: number, step: number, asOfDay: number | null = null): Promise<EvalResult> {
  const truth = await readTruth(truthPath);
  const report = new IssueReport(() => undefined);
  const session = await openDataset(dir, { asOfDay, report, historyDays: 400 + weeks * 7 });
  try {
    return await evaluate(session.loaded.input, truth, k, weeks, step, session.matricesAsOf);
  } finally {
    await session.close();
  }
}

export async function runWorlds(o: WorldsOptions): Promise<WorldScore[]> {
  const out: WorldScore[] = [];
  for (const w of WORLDS.filter((x) => o.roles.includes(x.role))) {
    const dir = await ensureWorld(w, o);
    o.log(`评估 scoring ${w.world.name} …`);
    const result = await scoreDataset(dir, join(dir, 'truth.csv'), o.k, o.weeks, o.step);
    out.push({ name: w.world.name, role: w.role, about: w.about, dir, result });
  }
  return out;
}

/** The model's row of a result. */
export function modelOf(r: EvalResult): MethodResult {
  return r.methods.find((m) => m.name === 'model')!;
}

/** The summary figures of one world (model), as the issue's "Done when" names them. */
export function worldFigures(r: EvalResult) {
  const m = modelOf(r);
  return {
    precisionAtK: m.precisionAtK, ap: m.ap, redPrecision: m.redPrecision,
    newRedShare: m.delayRed ? 1 - m.delayRed.neverShare : Number.NaN,
    onsetToRedMedian: m.delayRed?.median ?? Number.NaN, onsetToRedP90: m.delayRed?.p90 ?? Number.NaN,
    maxFlaggedRatio: m.maxFlaggedRatio ?? Number.NaN, brierSkill: m.brierSkill ?? Number.NaN,
    trapsMean: m.trapsInTopK.mean, trapsMax: m.trapsInTopK.max, trapsByKindMean: m.trapsInTopK.byKindMean,
    positivesPerDate: r.positivesPerDate, peerRatioPrecisionAtK: r.methods[1]?.precisionAtK ?? Number.NaN,
  };
}
export type WorldFigures = ReturnType<typeof worldFigures>;

/** Worst over worlds, metric by metric (lowest where higher is better, highest where lower is better). */
export function worstOf(rows: WorldFigures[]): Omit<WorldFigures, 'trapsByKindMean'> {
  const lo = (f: (x: WorldFigures) => number) => Math.min(...rows.map(f));
  const hi = (f: (x: WorldFigures) => number) => Math.max(...rows.map(f));
  return {
    precisionAtK: lo((x) => x.precisionAtK), ap: lo((x) => x.ap), redPrecision: lo((x) => x.redPrecision ?? Number.NaN),
    newRedShare: lo((x) => x.newRedShare), onsetToRedMedian: hi((x) => x.onsetToRedMedian), onsetToRedP90: hi((x) => x.onsetToRedP90),
    maxFlaggedRatio: hi((x) => x.maxFlaggedRatio), brierSkill: lo((x) => x.brierSkill),
    trapsMean: hi((x) => x.trapsMean), trapsMax: hi((x) => x.trapsMax),
    positivesPerDate: lo((x) => x.positivesPerDate), peerRatioPrecisionAtK: lo((x) => x.peerRatioPrecisionAtK),
  };
}

const f = (x: number | null | undefined, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

/** The worlds as a Markdown table, worst held-out world last. */
export function formatWorlds(scores: WorldScore[], k: number): string {
  const lines = [
    `| world | role | positives/date | P@${k} | AP | red precision | new GR red | onset→red median / p90 (d) | max (yellow+red)/GR | Brier skill | traps in top ${k} mean / max | traps by kind (mean) | peer-ratio P@${k} |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const row = (name: string, role: string, x: Omit<WorldFigures, 'trapsByKindMean'> & { trapsByKindMean?: Record<string, number> }) => lines.push(
    `| ${name} | ${role} | ${f(x.positivesPerDate, 1)} | ${f(x.precisionAtK)} | ${f(x.ap)} | ${f(x.redPrecision)} | ${f(x.newRedShare * 100, 0)}% | ${f(x.onsetToRedMedian, 0)} / ${f(x.onsetToRedP90, 0)} | ${f(x.maxFlaggedRatio, 2)} | ${f(x.brierSkill)} | ${f(x.trapsMean, 1)} / ${x.trapsMax} | ${x.trapsByKindMean ? Object.entries(x.trapsByKindMean).map(([kk, v]) => `${kk} ${v.toFixed(1)}`).join(', ') : ''} | ${f(x.peerRatioPrecisionAtK)} |`);
  for (const s of scores) row(s.name, s.role, worldFigures(s.result));
  const held = scores.filter((s) => s.role === 'held-out').map((s) => worldFigures(s.result));
  if (held.length > 0) row('**worst held-out**', 'held-out', worstOf(held));
  const tune = scores.filter((s) => s.role === 'tune').map((s) => worldFigures(s.result));
  if (tune.length > 0) row('worst tune', 'tune', worstOf(tune));
  return `${lines.join('\n')}\n`;
}
