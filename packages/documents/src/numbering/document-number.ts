// Document numbers (文号) in the official style: 上钢群整〔2026〕第0012号 — an
// issuing unit's prefix (机关代字), the year in 六角括号 〔〕, and a sequence
// that restarts each year per prefix. The database keeps the counter; these
// pure functions format, parse and pick the next number.
import { InvalidDocumentNumberError } from '../errors.ts';

export interface DocumentNumberParts {
  /** 机关代字 + 类别, e.g. `上钢群整`. */
  readonly prefix: string;
  readonly year: number;
  /** 1, 2, 3 … within the prefix and year. */
  readonly sequence: number;
}

/** Sequence digits; the plan's style pads to 4 (第0012号). */
export const DOCUMENT_NUMBER_DIGITS = 4;

const PREFIX_RE = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;

/** `上钢群整〔2026〕第0012号`. @throws InvalidDocumentNumberError */
export function formatDocumentNumber(parts: DocumentNumberParts, digits = DOCUMENT_NUMBER_DIGITS): string {
  if (!PREFIX_RE.test(parts.prefix)) throw new InvalidDocumentNumberError(`机关代字「${parts.prefix}」应为 1-20 个汉字、字母或数字`);
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 2999) throw new InvalidDocumentNumberError(`年份 ${parts.year} 不合理`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1) throw new InvalidDocumentNumberError(`序号 ${parts.sequence} 应为正整数`);
  return `${parts.prefix}〔${parts.year}〕第${String(parts.sequence).padStart(digits, '0')}号`;
}

const NUMBER_RE = /^(.+?)〔(\d{4})〕第(\d+)号$/u;

/** The parts of a number written by formatDocumentNumber; null when it is not in that style. */
export function parseDocumentNumber(text: string): DocumentNumberParts | null {
  const m = NUMBER_RE.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1], year: Number(m[2]), sequence: Number(m[3]) };
}

/**
 * The next number of a prefix in a year, given the numbers already issued
 * (any prefix or year; others are ignored). Gaps are not refilled: a number
 * once issued (even on a voided document) is never reused.
 */
export function nextDocumentNumber(prefix: string, year: number, issued: Iterable<string>, digits = DOCUMENT_NUMBER_DIGITS): string {
  let max = 0;
  for (const text of issued) {
    const parts = parseDocumentNumber(text);
    if (parts && parts.prefix === prefix && parts.year === year && parts.sequence > max) max = parts.sequence;
  }
  return formatDocumentNumber({ prefix, year, sequence: max + 1 }, digits);
}
