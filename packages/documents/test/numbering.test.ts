import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidDocumentNumberError, formatChineseDate, formatDocumentNumber, maskPersonName, maskPhone, nextDocumentNumber, parseDocumentNumber } from '../src/index.ts';
import { isoToDay } from '@sentinel/domain';

describe('document numbers (文号)', () => {
  it('formats in the official style', () => {
    expect(formatDocumentNumber({ prefix: '上钢群整', year: 2026, sequence: 12 })).toBe('上钢群整〔2026〕第0012号');
  });

  it('continues per prefix and year, never reusing a number', () => {
    const issued = ['上钢群整〔2026〕第0012号', '上钢群整〔2026〕第0003号', '上钢群整〔2025〕第0099号', '上钢告〔2026〕第0050号', '乱写的'];
    expect(nextDocumentNumber('上钢群整', 2026, issued)).toBe('上钢群整〔2026〕第0013号');
    expect(nextDocumentNumber('上钢群整', 2027, issued)).toBe('上钢群整〔2027〕第0001号');
    expect(nextDocumentNumber('上钢告', 2026, issued)).toBe('上钢告〔2026〕第0051号');
  });

  it('round-trips through parse', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 99999 }), (year, sequence) => {
      expect(parseDocumentNumber(formatDocumentNumber({ prefix: '浦上群', year, sequence }))).toEqual({ prefix: '浦上群', year, sequence });
    }));
  });

  it('refuses nonsense', () => {
    expect(() => formatDocumentNumber({ prefix: '上钢 群整', year: 2026, sequence: 1 })).toThrow(InvalidDocumentNumberError);
    expect(() => formatDocumentNumber({ prefix: '上钢群整', year: 2026, sequence: 0 })).toThrow(/序号/);
  });
});

describe('formatting', () => {
  it('writes dates as Chinese documents do', () => {
    expect(formatChineseDate(isoToDay('2026-10-13'))).toBe('2026年10月13日');
    expect(formatChineseDate(isoToDay('2026-01-05'))).toBe('2026年1月5日');
  });

  it('masks names and phones', () => {
    expect(maskPersonName('张建国')).toBe('张**');
    expect(maskPersonName('欧阳')).toBe('欧*');
    expect(maskPhone('13800001234')).toBe('138****1234');
  });
});
