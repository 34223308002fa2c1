import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateTime, formatHeadcount, formatProbability, perDayUnit } from '../src/app/format.ts';

describe('dates', () => {
  it('writes Shanghai dates and times whatever the instant', () => {
    expect(formatDate('2026-12-07T16:30:00.000Z')).toBe('2026-12-08');
    expect(formatDateTime('2026-12-07T16:30:00.000Z')).toBe('2026-12-08 00:30');
    expect(formatDateTime('2026-01-02T03:04:05Z')).toBe('2026-01-02 11:04');
    expect(formatDate('2026-03-04')).toBe('2026-03-04');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('always has the shape YYYY-MM-DD / YYYY-MM-DD HH:mm', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (d) => {
      expect(formatDate(d)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(formatDateTime(d)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(formatDateTime(d).startsWith(formatDate(d))).toBe(true);
    }));
  });
});

describe('probability', () => {
  it('never claims certainty', () => {
    expect(formatProbability(1)).toBe('>99%');
    expect(formatProbability(0.9996)).toBe('>99%');
    expect(formatProbability(0.985)).toBe('99%');
    expect(formatProbability(0.5)).toBe('50%');
    expect(formatProbability(0.004)).toBe('<1%');
    expect(formatProbability(0)).toBe('<1%');
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (s) => {
      const text = formatProbability(s);
      expect(text).not.toMatch(/100|\./);
      expect(text).toMatch(/^(>99|<1|[1-9]\d?)%$/);
    }));
  });

  it('keeps the order of scores', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 0.98, noNaN: true }), fc.double({ min: 0.01, max: 0.98, noNaN: true }), (a, b) => {
      const pa = Number.parseInt(formatProbability(a), 10);
      const pb = Number.parseInt(formatProbability(b), 10);
      if (a <= b) expect(pa).toBeLessThanOrEqual(pb);
    }));
  });
});

describe('head counts and units', () => {
  it('counts whole people', () => {
    expect(formatHeadcount(10.2)).toBe('约 10 人');
    expect(formatHeadcount(2.5)).toBe('约 3 人');
    expect(formatHeadcount(null)).toBe('—');
    fc.assert(fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (n) => { expect(formatHeadcount(n)).toMatch(/^约 \d+ 人$/); }));
  });

  it('one unit per quantity', () => {
    expect(perDayUnit('water', 'm3')).toBe('吨/日');
    expect(perDayUnit('gas', 'm3')).toBe('立方米/日');
    expect(perDayUnit('electricity', 'kWh')).toBe('千瓦时/日');
  });
});
