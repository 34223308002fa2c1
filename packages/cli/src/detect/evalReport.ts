// The eval results as a Markdown table (pasted into docs/detection.md).
import { dayToIso } from '@sentinel/domain';
import type { EvalResult } from './evaluate.ts';

const f = (x: number | null | undefined, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

export function formatEvalReport(r: EvalResult): string {
  const K = r.k;
  const lines = [
    `as-of: ${dayToIso(r.asOfDays[0])} … ${dayToIso(r.asOfDays[r.asOfDays.length - 1])} (${r.asOfDays.length} dates); ` +
      `group rentals active per date: ${r.positivesPerDate.toFixed(1)}; new onsets tracked: ${r.methods[0].delayTopK.n}`,
    '',
    `| method | AP | P@${K} | R@${K} | red precision | red / date | Brier | onset→red median / p90 / never | red within 7 d | onset→top${K} median / p90 / never | confounders in top ${K} (mean / max) | Brier skill | max (yellow+red)/GR | traps in top ${K} mean / max (by kind, mean) |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of r.methods) {
    const dr = m.delayRed ? `${f(m.delayRed.median, 0)} / ${f(m.delayRed.p90, 0)} / ${f(m.delayRed.neverShare * 100, 0)}%` : '—';
    const w7 = m.delayRed ? `${f(m.delayRed.withinGoalShare * 100, 0)}% of ${m.delayRed.judged}` : '—';
    const dt = `${f(m.delayTopK.median, 0)} / ${f(m.delayTopK.p90, 0)} / ${f(m.delayTopK.neverShare * 100, 0)}%`;
    lines.push(`| ${m.name} | ${f(m.ap)} | ${f(m.precisionAtK)} | ${f(m.recallAtK)} | ${f(m.redPrecision)} | ${f(m.redCount, 1)} | ${f(m.brier, 4)} | ${dr} | ${w7} | ${dt} | ${f(m.confoundersInTopK, 1)} / ${m.maxConfoundersInTopK} | ${f(m.brierSkill)} | ${f(m.maxFlaggedRatio, 2)} | ${f(m.trapsInTopK.mean, 1)} / ${m.trapsInTopK.max} (${trapKinds(m.trapsInTopK.byKindMean)}) |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Trap kinds seen in the top K, mean per date ("move_in 1.2, leak 0.3"). */
export function trapKinds(byKind: Record<string, number>): string {
  const seen = Object.entries(byKind).filter(([, v]) => v > 0);
  return seen.length > 0 ? seen.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') : 'none';
}
