import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../src/unique-violation.ts';

describe('isUniqueViolation', () => {
  it('finds SQLSTATE 23505 on the error or anywhere in its cause chain (Drizzle wraps driver errors)', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation(new Error('query failed', { cause: { code: '23505' } }))).toBe(true);
    expect(isUniqueViolation(new Error('a', { cause: new Error('b', { cause: { code: '23505' } }) }))).toBe(true);
  });

  it('is false for other errors and for non-objects', () => {
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation(new Error('no code'))).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
