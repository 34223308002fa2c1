// When people are away. Ordinary families travel around the Spring Festival,
// May Day, National Day and in summer, plus a few short trips; a student at
// university is away in term time. Migrant workers in group rentals go home
// for 2-4 weeks around the Spring Festival — the quiet that a naive detector
// mistakes for a rectified group rental.
import type { DemoCalendar } from './calendar.ts';
import type { Absence } from './household-types.ts';
import type { Rng } from './rng.ts';

function dayIndexOf(cal: DemoCalendar, monthDay: string): number[] {
  const out: number[] = [];
  const firstYear = Number(cal.iso[0].slice(0, 4));
  const lastYear = Number(cal.iso[cal.count - 1].slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    const i = cal.iso.indexOf(`${y}-${monthDay}`);
    if (i >= 0) out.push(i);
  }
  return out;
}

/** Trips of a household living there (not a group rental). */
export function householdAbsences(rng: Rng, cal: DemoCalendar, people: number, migrantLike: boolean): Absence[] {
  const out: Absence[] = [];
  const partShare = (): number => (people <= 2 || rng.chance(0.6) ? 1 : rng.uniform(0.3, 0.7));
  for (const sf of cal.springFestivals) {
    // Renters are often from elsewhere and go home; Shanghai families travel or visit relatives.
    if (rng.chance(migrantLike ? 0.55 : 0.25)) {
      const start = sf - rng.int(1, 9);
      out.push({ start, end: start + rng.int(4, 18), share: partShare() });
    }
  }
  for (const d of dayIndexOf(cal, '10-01')) {
    if (rng.chance(0.2)) { const s = d + rng.int(-1, 2); out.push({ start: s, end: s + rng.int(3, 7), share: partShare() }); }
  }
  for (const d of dayIndexOf(cal, '05-01')) {
    if (rng.chance(0.12)) { const s = d + rng.int(0, 1); out.push({ start: s, end: s + rng.int(3, 5), share: partShare() }); }
  }
  for (const d of dayIndexOf(cal, '07-10')) {
    if (rng.chance(0.15)) { const s = d + rng.int(0, 45); out.push({ start: s, end: s + rng.int(5, 14), share: partShare() }); }
  }
  const trips = rng.poisson(1.5);
  for (let k = 0; k < trips; k++) {
    const s = rng.int(0, cal.count - 1);
    out.push({ start: s, end: s + rng.int(2, 5), share: partShare() });
  }
  if (people >= 3 && rng.chance(0.12)) {
    // A child at university: home only for the winter and summer vacations.
    const share = 1 / people;
    let runStart = -1;
    for (let i = 0; i <= cal.count; i++) {
      const md = i < cal.count ? cal.iso[i].slice(5) : '';
      const term = md !== '' && (md >= '09-10' || md < '01-15' || (md >= '02-25' && md < '06-30'));
      if (term && runStart < 0) runStart = i;
      if (!term && runStart >= 0) { out.push({ start: runStart, end: i, share }); runStart = -1; }
    }
  }
  return out;
}

/** Migrant workers of a group rental or a shop going home for the Spring Festival. */
export function festivalAbsences(rng: Rng, cal: DemoCalendar, share: number): Absence[] {
  return cal.springFestivals.map((sf) => {
    const start = sf - rng.int(5, 16);
    return { start, end: sf + rng.int(7, 25), share };
  });
}
