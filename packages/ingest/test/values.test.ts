import { describe, expect, it } from 'vitest';
import { parseDecimalText, parseTimestampText, parseBooleanText } from '../src/tables/convert.ts';
import { sh } from './helpers.ts';

describe('timestamps', () => {
  it('reads offset-less values as Asia/Shanghai and honours offsets', () => {
    expect(parseTimestampText('2026-03-01T08:00:00+08:00')).toBe(sh(2026, 3, 1, 8));
    expect(parseTimestampText('2026-03-01T08:00:00')).toBe(sh(2026, 3, 1, 8));
    expect(parseTimestampText('2026-03-01T00:00:00Z')).toBe(Date.UTC(2026, 2, 1));
    expect(parseTimestampText('2026-03-01T08:00:00-0500')).toBe(Date.UTC(2026, 2, 1, 13));
    expect(parseTimestampText('2026-03-01')).toBe(sh(2026, 3, 1));
  });
  it('accepts what exports write: a space for T, no seconds, slashes, fractions', () => {
    expect(parseTimestampText('2026-03-01 08:05')).toBe(sh(2026, 3, 1, 8, 5));
    expect(parseTimestampText('2026/3/1 8:05:09')).toBe(sh(2026, 3, 1, 8, 5, 9));
    expect(parseTimestampText('2026-03-01T08:05:09.250')).toBe(sh(2026, 3, 1, 8, 5, 9) + 250);
  });
  it('refuses impossible or malformed values', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-03-01T24:00', '2026-03-01T08', 'yesterday', '2026-03-01T08:00:00+0', '20260301', '2026-03/01']) {
      expect(Number.isNaN(parseTimestampText(bad)), bad).toBe(true);
    }
  });
});

describe('decimals and booleans', () => {
  it('parses decimals exactly like Number()', () => {
    for (const t of ['0', '58.5', '-3', '1234567.891', '0.1', '.5', '1e3', '12345678901234567890']) expect(parseDecimalText(t)).toBe(Number(t));
    for (const t of ['abc', '1,5', '0x10', '1.2.3', '', '-', 'Infinity']) expect(Number.isNaN(parseDecimalText(t)), t).toBe(true);
  });
  it('knows true/false, 1/0, 是/否, Y/N in any case', () => {
    for (const t of ['true', 'TRUE', '1', '是', 'Y', 'y']) expect(parseBooleanText(t)).toBe(true);
    for (const t of ['false', 'False', '0', '否', 'N', 'n']) expect(parseBooleanText(t)).toBe(false);
    for (const t of ['yes', '2', '对']) expect(parseBooleanText(t)).toBe(null);
  });
});
