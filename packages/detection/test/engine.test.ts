import { describe, expect, it } from 'vitest';
import { detect } from '../src/detect.ts';
import { formatAlertsCsv } from '../src/output/alertsCsv.ts';
import { synthesize } from './helpers/synthetic.ts';

describe('detect on a synthetic district', () => {
  const { input, truth } = synthesize({ houses: 800, days: 240, seed: 7 });
  const result = detect(input);
  const byId = new Map(result.alerts.map((a) => [a.houseId, a]));
  const groups = truth.map((t, i) => ({ ...t, id: input.houses[i].houseId })).filter((t) => t.profile === 'group');

  it('gives one alert per house with unique ranks 1..n', () => {
    expect(result.alerts).toHaveLength(800);
    expect(result.alerts.map((a) => a.rank)).toEqual(Array.from({ length: 800 }, (_, i) => i + 1));
    for (let i = 1; i < result.alerts.length; i++) expect(result.alerts[i].score).toBeLessThanOrEqual(result.alerts[i - 1].score);
  });

  it('puts the active group rentals at the top', () => {
    const active = groups.filter((g) => g.onsetDay !== null && g.onsetDay <= input.asOfDay - 7);
    const top = new Set(result.alerts.slice(0, active.length + 3).map((a) => a.houseId));
    const found = active.filter((g) => top.has(g.id)).length;
    expect(found / active.length).toBeGreaterThanOrEqual(0.8);
  });

  it('estimates the onset within a few days', () => {
    const errors = groups
      .filter((g) => g.onsetDay !== null && g.onsetDay <= input.asOfDay - 7)
      .map((g) => byId.get(g.id)!.onsetDay)
      .map((d, i) => (d === null ? 99 : Math.abs(d - groups[i].onsetDay!)));
    errors.sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThanOrEqual(3);
  });

  it('does not flag confounders red', () => {
    truth.forEach((t, i) => {
      if (t.profile === 'leak' || t.profile === 'family' || t.profile === 'shop' || t.profile === 'vacantThenTenant') {
        expect(byId.get(input.houses[i].houseId)!.level, `${t.profile} ${input.houses[i].houseId}`).not.toBe('red');
      }
    });
  });

  it('writes reasons in Chinese, most important first', () => {
    const topAlert = result.alerts[0];
    expect(topAlert.reasons[0]).toMatch(/用水|用电|核查|投诉/);
  });

  it('is deterministic to the byte', () => {
    expect(formatAlertsCsv(detect(input).alerts)).toBe(formatAlertsCsv(result.alerts));
  });

  it('ignores everything after the as-of day', () => {
    const asOf = input.asOfDay - 20;
    const a = formatAlertsCsv(detect({ ...input, asOfDay: asOf }).alerts);
    const water = { ...input.water, values: input.water.values.slice() };
    const D = water.days;
    for (let h = 0; h < input.houses.length; h++) for (let d = asOf - water.startDay + 1; d < D; d++) water.values[h * D + d] = 9;
    const b = formatAlertsCsv(detect({ ...input, asOfDay: asOf, water }).alerts);
    expect(b).toBe(a);
  });
});
