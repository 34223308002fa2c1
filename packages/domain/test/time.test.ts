import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfWeek, dayStartUtcMs, dayToIso, isoToDay, shanghaiDay, shanghaiMinuteOfDay } from '../src/time.ts';

describe('Shanghai day numbers', () => {
  it('puts 23:59 Shanghai on the same day and 00:00 on the next', () => {
    const d = isoToDay('2026-03-01');
    expect(shanghaiDay(Date.parse('2026-03-01T23:59:00+08:00'))).toBe(d);
    expect(shanghaiDay(Date.parse('2026-03-02T00:00:00+08:00'))).toBe(d + 1);
    expect(shanghaiDay(Date.parse('2026-03-01T16:00:00Z'))).toBe(d + 1);
  });
  it('knows the weekday', () => {
    expect(dayOfWeek(isoToDay('2026-11-28'))).toBe(6); // a Saturday
  });
  it('rejects impossible dates', () => {
    expect(isoToDay('2026-02-30')).toBeNaN();
    expect(isoToDay('2026-2-3')).toBeNaN();
  });
  it('round-trips every day and its start instant', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => {
      expect(isoToDay(dayToIso(day))).toBe(day);
      expect(shanghaiDay(dayStartUtcMs(day))).toBe(day);
      expect(shanghaiMinuteOfDay(dayStartUtcMs(day) + 61_000)).toBe(1);
    }));
  });
});
