// Official case numbers (案件编号), the only name a person sees for a case:
// `临汾群租〔2026〕0001号` — the subdistrict's short name and 群租, the year in
// 六角括号 〔〕, and a sequence per subdistrict and year without gaps. The
// database takes the next sequence in the transaction that opens the case;
// internal ids (case_…) stay in URLs and the API only.
import { dayToIso, shanghaiDay } from '../time.ts';

/** Sequence digits (0001). */
export const CASE_NUMBER_DIGITS = 4;

/** `临汾路街道` → `临汾`, `上钢新村街道` → `上钢`, `高桥镇` → `高桥`: the 机关代字 base of a subdistrict. */
export function subdistrictShortName(subdistrict: string): string {
  const base = [...subdistrict.replace(/街道$|镇$|街道办事处$/u, '')].slice(0, 2).join('');
  return base || '街道';
}

/** The case-number prefix of a subdistrict: `临汾群租`. */
export function caseNumberPrefix(subdistrict: string): string {
  return `${subdistrictShortName(subdistrict)}群租`;
}

export interface CaseNumberParts {
  readonly prefix: string;
  readonly year: number;
  /** 1, 2, 3 … within the prefix and year. */
  readonly sequence: number;
}

/** `临汾群租〔2026〕0001号`. */
export function formatCaseNumber(parts: CaseNumberParts): string {
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1) throw new RangeError(`case sequence ${parts.sequence} must be a positive integer`);
  return `${parts.prefix}〔${parts.year}〕${String(parts.sequence).padStart(CASE_NUMBER_DIGITS, '0')}号`;
}

const CASE_NUMBER_RE = /^(.+?)〔(\d{4})〕(\d+)号$/u;

/** The parts of a case number; null when the text is not one. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const m = CASE_NUMBER_RE.exec(text.trim());
  return m ? { prefix: m[1], year: Number(m[2]), sequence: Number(m[3]) } : null;
}

/** Prefix and year a case opened at `atMs` in `subdistrict` is numbered under (the Shanghai calendar year). */
export function caseNumbering(subdistrict: string, atMs: number): { prefix: string; year: number } {
  return { prefix: caseNumberPrefix(subdistrict), year: Number(dayToIso(shanghaiDay(atMs)).slice(0, 4)) };
}
