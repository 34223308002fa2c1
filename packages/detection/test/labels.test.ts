// The whole engine under any inspection outcomes (issue #10): labels may
// re-weight the mechanisms, but never turn the district yellow, and the hand
// model's order of the houses nobody visited never changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InspectionResult } from '@sentinel/domain';
import { detect } from '../src/detect.ts';
import type { InspectionFact } from '../src/types.ts';
import { synthesize, rng } from './helpers/synthetic.ts';

const base = synthesize({ houses: 400, days: 200, seed: 17 });
const plain = detect(base.input);
const plainHand = new Map(plain.alerts.map((a) => [a.houseId, a.handScore]));

type Mix = 'allConfirmed' | 'noneConfirmed' | 'random' | 'contradictory' | 'complaintOnly';

function visits(mix: Mix, n: number, seed: number): InspectionFact[] {
  const r = rng(seed);
  const H = base.input.houses.length;
  const T = base.input.asOfDay;
  const ranked = plain.alerts.map((a) => base.input.houses.findIndex((h) => h.houseId === a.houseId));
  const out: InspectionFact[] = [];
  for (let i = 0; i < n; i++) {
    const houseIdx = mix === 'complaintOnly' || r() < 0.3 ? Math.floor(r() * H) : ranked[Math.floor(r() * Math.min(H, 40))];
    const group = base.truth[houseIdx].profile === 'group';
    const result: InspectionResult = mix === 'allConfirmed' || mix === 'complaintOnly' ? 'confirmed'
      : mix === 'noneConfirmed' ? 'not_confirmed'
        : mix === 'contradictory' ? (group ? 'not_confirmed' : 'confirmed')
          : group ? 'confirmed' : 'not_confirmed';
    out.push({ houseIdx, day: T - Math.floor(r() * 50), result, occupants: null, partitioned: null });
  }
  return out;
}

describe('detect under any label mix', () => {
  it('keeps yellow + red within 3× the prevalence estimate, and the hand order of unvisited houses', () => {
    fc.assert(fc.property(
      fc.constantFrom<Mix>('allConfirmed', 'noneConfirmed', 'random', 'contradictory', 'complaintOnly'),
      fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 1e6 }),
      (mix, n, seed) => {
        const inspections = visits(mix, n, seed);
        const r = detect({ ...base.input, inspections });
        const alerted = r.alerts.filter((a) => a.level !== 'green').length;
        expect(alerted / r.alerts.length).toBeLessThanOrEqual(r.params.calibration.maxAlertShare * r.prevalence + 1e-12);
        const visited = new Set(inspections.map((i) => base.input.houses[i.houseIdx].houseId));
        const unvisited = r.alerts.filter((a) => !visited.has(a.houseId));
        // the hand score of unvisited houses keeps the uncalibrated model's order
        const byHand = [...unvisited].sort((a, b) => b.handScore - a.handScore || (a.houseId < b.houseId ? -1 : 1));
        const byPlain = [...unvisited].sort((a, b) => plainHand.get(b.houseId)! - plainHand.get(a.houseId)! || (a.houseId < b.houseId ? -1 : 1));
        for (let i = 0; i < byHand.length; i++) {
          if (byHand[i].houseId !== byPlain[i].houseId) {
            // ties in the plain order may break either way only if their hand scores tie too
            expect(plainHand.get(byHand[i].houseId)).toBeCloseTo(plainHand.get(byPlain[i].houseId)!, 12);
          }
        }
      },
    ), { numRuns: 12 });
  });

  it('reports the learned model beside the hand model, equal to it without usable labels', () => {
    expect(plain.learned.n).toBe(0);
    expect(plain.learned.blend).toBe(0);
    for (const a of plain.alerts) expect(a.score).toBeCloseTo(a.handScore, 9);
    for (const w of Object.values(plain.learned.weights)) expect(w).toBe(1);
  });
});
