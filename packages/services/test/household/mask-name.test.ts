// A masked name must not reveal the name's length (issue #13: 张 + 36 * did).
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { maskName } from '../../src/household/masking.ts';

it('masks every name to the same length, keeping only the first character', () => {
  expect(maskName('张三')).toBe('张**');
  expect(maskName('欧阳娜娜')).toBe('欧**');
  expect(maskName(`张${'三'.repeat(36)}`)).toBe('张**');
  expect(maskName('王')).toBe('**');
  fc.assert(fc.property(fc.string({ minLength: 2, maxLength: 80 }).filter((s) => [...s.trim()].length >= 2), (name) => {
    expect([...maskName(name)].length).toBe(3);
  }));
});
