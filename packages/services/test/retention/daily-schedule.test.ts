import { expect, it } from 'vitest';
import { msUntilNextShanghaiMinute } from '../../src/index.ts';

const at = (iso: string): number => Date.parse(iso);

it('waits until the next 03:30 Shanghai time', () => {
  const m = 3 * 60 + 30;
  expect(msUntilNextShanghaiMinute(at('2026-12-03T03:00:00+08:00'), m)).toBe(30 * 60_000);
  expect(msUntilNextShanghaiMinute(at('2026-12-03T03:30:00+08:00'), m)).toBe(86_400_000);
  expect(msUntilNextShanghaiMinute(at('2026-12-03T23:30:00+08:00'), m)).toBe(4 * 3_600_000);
  // 19:30 UTC is 03:30 the next day in Shanghai.
  expect(msUntilNextShanghaiMinute(at('2026-12-03T19:00:00Z'), m)).toBe(30 * 60_000);
});
