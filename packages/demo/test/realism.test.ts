// Magnitudes and the causal story: per-capita water, group-rental share,
// water after a group rental opens, inspections consistent with the truth.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar } from '../src/calendar.ts';
import { simulateUse } from '../src/consumption.ts';
import { buildDistrict } from '../src/geography.ts';
import { planHouse } from '../src/household-plan.ts';
import { simulateOccupancy } from '../src/occupancy.ts';
import { assignProfiles } from '../src/profile-assignment.ts';
import { records } from './csv-check.ts';
import { makeDemo } from './fixtures.ts';

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

describe('magnitudes', () => {
  const cal = buildCalendar('2026-11-15', 365, 2);
  const { sites } = buildDistrict(3000, 2);
  const assignments = assignProfiles(sites, 2);
  const plans = sites.map((s) => planHouse(s, assignments[s.index], cal, 2).plan);

  it('ordinary households use ~100-200 L per person per day (Shanghai ~150)', () => {
    const perCapita: number[] = [];
    for (const p of plans.slice(0, 600)) {
      if (!['single', 'couple', 'family', 'multigen_family'].includes(p.profile)) continue;
      const occ = simulateOccupancy(p, cal, 2);
      const use = simulateUse(p, occ, cal, 2);
      let litres = 0; let personDays = 0;
      for (let d = 0; d < cal.count; d++) { litres += use.water[d] * 1000; personDays += occ.people[d]; }
      perCapita.push(litres / personDays);
    }
    expect(median(perCapita)).toBeGreaterThan(100);
    expect(median(perCapita)).toBeLessThan(200);
  });

  it('about 1.5% of dwellings are group rentals on an average day', () => {
    let grDays = 0;
    for (const p of plans) for (const e of p.episodes) {
      const s = Math.max(0, e.start); const end = Math.min(cal.count - 1, e.end ?? cal.count - 1);
      if (end >= s) grDays += end - s + 1;
    }
    const share = grDays / cal.count / plans.length;
    expect(share).toBeGreaterThan(0.009);
    expect(share).toBeLessThan(0.025);
  });

  it('a group rental uses clearly more water after its onset than before', () => {
    let checked = 0;
    for (const p of plans) {
      const ep = p.episodes[0];
      if (!ep || ep.start < 60 || ep.start > cal.count - 60 || (ep.end !== null && ep.end < ep.start + 50)) continue;
      const use = simulateUse(p, simulateOccupancy(p, cal, 2), cal, 2);
      const mean = (a: number, b: number): number => { let s = 0; for (let d = a; d < b; d++) s += use.water[d]; return s / (b - a); };
      // Skip the ramp-in month; compare with the 60 days before the partitions went up.
      const before = mean(ep.start - 60, ep.start - 15);
      const after = mean(ep.start + 25, Math.min(cal.count, ep.start + 50));
      expect(after, p.site.houseId).toBeGreaterThan(before * 1.5 + 0.15);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('written dataset tells a consistent story', () => {
  let dir = '';
  beforeAll(async () => { dir = (await makeDemo({ houses: 400, days: 200, seed: 13 })).dir; });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('inspections agree with truth on the visit day', async () => {
    const truth = new Map(records(await readFile(join(dir, 'truth.csv'), 'utf8')).map((t) => [t.house_id, t]));
    const inspections = records(await readFile(join(dir, 'inspections.csv'), 'utf8'));
    expect(inspections.length).toBeGreaterThan(0);
    for (const r of inspections) {
      const day = r.inspected_at.slice(0, 10);
      const eps = (truth.get(r.house_id)?.episodes ?? '').split('|').filter(Boolean).map((e) => e.split('..'));
      const inside = eps.some(([s, e]) => day >= s && (e === '' || day <= e));
      if (r.result === 'confirmed') expect(inside, `${r.house_id} ${day}`).toBe(true);
      if (r.result === 'not_confirmed') expect(inside, `${r.house_id} ${day}`).toBe(false);
    }
  });

  it('group-rental complaints concentrate on group rentals', async () => {
    const truth = new Map(records(await readFile(join(dir, 'truth.csv'), 'utf8')).map((t) => [t.house_id, t.profile]));
    const complaints = records(await readFile(join(dir, 'complaints.csv'), 'utf8')).filter((c) => c.category === '群租' && c.house_id);
    const atGroup = complaints.filter((c) => truth.get(c.house_id) === 'group_rental').length;
    // Group rentals are ~4% of dwellings; a third or more of the matched 群租 reports is a ≥ 8× concentration.
    expect(atGroup / Math.max(1, complaints.length)).toBeGreaterThan(0.33);
  });
});
