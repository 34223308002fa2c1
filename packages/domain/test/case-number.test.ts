import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseNumberPrefix, formatCaseNumber, parseCaseNumber, subdistrictShortName } from '../src/index.ts';

describe('case numbers (案件编号)', () => {
  it('per subdistrict: 临汾路街道 → 临汾群租〔2026〕0001号', () => {
    expect(formatCaseNumber({ prefix: caseNumberPrefix('临汾路街道'), year: 2026, sequence: 1 })).toBe('临汾群租〔2026〕0001号');
    expect(subdistrictShortName('上钢新村街道')).toBe('上钢');
    expect(subdistrictShortName('高桥镇')).toBe('高桥');
  });

  it('parse inverts format', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 99_999 }), (year, sequence) => {
      const prefix = caseNumberPrefix('临汾路街道');
      expect(parseCaseNumber(formatCaseNumber({ prefix, year, sequence }))).toEqual({ prefix, year, sequence });
    }));
  });

  it('refuses a sequence below 1', () => {
    expect(() => formatCaseNumber({ prefix: '临汾群租', year: 2026, sequence: 0 })).toThrow(RangeError);
  });
});
