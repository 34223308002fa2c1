// `sentinel eval --worlds`: the named worlds of @sentinel/demo (worlds.ts),
// each generated once into a cache folder (deterministic: same world, seed,
// size → same files), then scored like any dataset (evaluate.ts) at weekly
// as-of dates. The summary gives the model's figures per world and the worst
// HELD-OUT world (never tune on those; docs/detection.md).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo, WORLDS, type NamedWorld, type WorldRole } from '@sentinel/demo';
import { evaluate, HAND, type EvalResult, type MethodResult } from './evaluate.ts';
import { trapKinds } from './evalReport.ts';
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
export function modelOf(r: EvalResult, name = 'model'): MethodResult {
  return r.methods.find((m) => m.name === name)!;
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
    positivesPerDate: r.positivesPerDate,
    peerRatioPrecisionAtK: r.methods.find((x) => x.name.startsWith('peer ratio'))?.precisionAtK ?? Number.NaN,
    handPrecisionAtK: r.methods.find((x) => x.name === HAND)?.precisionAtK ?? Number.NaN,
    handAp: r.methods.find((x) => x.name === HAND)?.ap ?? Number.NaN,
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
    handPrecisionAtK: lo((x) => x.handPrecisionAtK), handAp: lo((x) => x.handAp),
  };
}

/** Mean over worlds, metric by metric (traps max: the largest). */
export function meanOf(rows: WorldFigures[]): Omit<WorldFigures, 'trapsByKindMean'> {
  const mean = (f: (x: WorldFigures) => number) => rows.reduce((s, x) => s + f(x), 0) / rows.length;
  return {
    precisionAtK: mean((x) => x.precisionAtK), ap: mean((x) => x.ap), redPrecision: mean((x) => x.redPrecision ?? Number.NaN),
    newRedShare: mean((x) => x.newRedShare), onsetToRedMedian: mean((x) => x.onsetToRedMedian), onsetToRedP90: mean((x) => x.onsetToRedP90),
    maxFlaggedRatio: mean((x) => x.maxFlaggedRatio), brierSkill: mean((x) => x.brierSkill),
    trapsMean: mean((x) => x.trapsMean), trapsMax: Math.max(...rows.map((x) => x.trapsMax)),
    positivesPerDate: mean((x) => x.positivesPerDate), peerRatioPrecisionAtK: mean((x) => x.peerRatioPrecisionAtK),
    handPrecisionAtK: mean((x) => x.handPrecisionAtK), handAp: mean((x) => x.handAp),
  };
}

const f = (x: number | null | undefined, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

/** The worlds as a Markdown table, worst held-out world last. */
export function formatWorlds(scores: WorldScore[], k: number): string {
  const lines = [
    `| world | role | positives/date | P@${k} | AP | red precision | new GR red | onset→red median / p90 (d) | max (yellow+red)/GR | Brier skill | traps in top ${k} mean / max | traps by kind (mean) | hand model P@${k} / AP | peer-ratio P@${k} |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const row = (name: string, role: string, x: Omit<WorldFigures, 'trapsByKindMean'> & { trapsByKindMean?: Record<string, number> }) => lines.push(
    `| ${name} | ${role} | ${f(x.positivesPerDate, 1)} | ${f(x.precisionAtK)} | ${f(x.ap)} | ${f(x.redPrecision)} | ${f(x.newRedShare * 100, 0)}% | ${f(x.onsetToRedMedian, 0)} / ${f(x.onsetToRedP90, 0)} | ${f(x.maxFlaggedRatio, 2)} | ${f(x.brierSkill)} | ${f(x.trapsMean, 1)} / ${x.trapsMax} | ${x.trapsByKindMean ? trapKinds(x.trapsByKindMean) : ''} | ${f(x.handPrecisionAtK)} / ${f(x.handAp)} | ${f(x.peerRatioPrecisionAtK)} |`);
  for (const s of scores) row(s.name, s.role, worldFigures(s.result));
  const held = scores.filter((s) => s.role === 'held-out').map((s) => worldFigures(s.result));
  const tune = scores.filter((s) => s.role === 'tune').map((s) => worldFigures(s.result));
  if (tune.length > 0) {
    row('mean tune', 'tune', meanOf(tune));
    row('worst tune', 'tune', worstOf(tune));
  }
  if (held.length > 0) {
    row('**mean held-out**', 'held-out', meanOf(held));
    row('**worst held-out**', 'held-out', worstOf(held));
  }
  return `${lines.join('\n')}\n`;
}
