// Byte-level parsers for the values that dominate big files (timestamps and
// decimals of the readings). They read ASCII bytes in place, so the hot path
// never builds a string for them; the string-based converters reuse them.

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const UNKNOWN_DAY = 0x7fffffff;
const INVALID_DAY = -0x80000000;
/**
 * Day numbers by (year, month, day), filled as dates are met: a readings file
 * of 20M rows has only a few hundred distinct dates, and the calendar
 * arithmetic (divisions, month lengths) was a tenth of the parse.
 */
const dayCache = new Int32Array((MAX_YEAR - MIN_YEAR + 1) * 13 * 32).fill(UNKNOWN_DAY);

/** Days since 1970-01-01 of a valid date in MIN_YEAR..MAX_YEAR, or INVALID_DAY. */
function dayNumber(year: number, month: number, day: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return INVALID_DAY;
  const key = ((year - MIN_YEAR) * 13 + month) * 32 + day;
  let d = dayCache[key];
  if (d === UNKNOWN_DAY) {
    d = day > daysInMonth(year, month) ? INVALID_DAY : daysFromCivil(year, month, day);
    dayCache[key] = d;
  }
  return d;
}

/**
 * Parses an ISO-8601-like timestamp or date from bytes [s, e) and returns UTC
 * milliseconds, or NaN. Accepted, because exports write them: `YYYY-MM-DD`
 * or `YYYY/M/D`; then optionally `T` or spaces, `H:MM`, optional `:SS` and
 * fraction; then optionally `Z` or `±HH[:MM]`. Without an offset the value is
 * Asia/Shanghai wall-clock time (data-formats.md), a date alone its midnight.
 */
export function parseTimestampBytes(b: Uint8Array, s: number, e: number): number {
  let p = s;
  if (e - p < 8) return Number.NaN;
  if (!isDigit(b[p]) || !isDigit(b[p + 1]) || !isDigit(b[p + 2]) || !isDigit(b[p + 3])) return Number.NaN;
  const year = (b[p] - 48) * 1000 + (b[p + 1] - 48) * 100 + (b[p + 2] - 48) * 10 + (b[p + 3] - 48);
  p += 4;
  const sep = b[p];
  if (sep !== 45 /* - */ && sep !== 47 /* / */) return Number.NaN;
  p++;
  let month = 0;
  let n = 0;
  while (p < e && isDigit(b[p]) && n < 2) { month = month * 10 + b[p] - 48; p++; n++; }
  if (n === 0 || b[p] !== sep) return Number.NaN;
  p++;
  let day = 0;
  n = 0;
  while (p < e && isDigit(b[p]) && n < 2) { day = day * 10 + b[p] - 48; p++; n++; }
  if (n === 0) return Number.NaN;
  const days = dayNumber(year, month, day);
  if (days === INVALID_DAY) return Number.NaN;
  if (p === e) return days * DAY_MS - SHANGHAI_OFFSET_MS;

  const delta = timeOfDay(b, p, e);
  return days * DAY_MS + delta;
}

/** Where the field read by parseTimestampField ends (the comma's offset). */
export const timestampFieldEnd = { at: 0 };

/**
 * The readings hot path's shortcut for its usual timestamp field, read from
 * `s` up to the comma that ends it (before `len`): exactly `YYYY-MM-DD`, alone
 * or followed by the same time part as the last timestamp parsed (see
 * timeOfDay), and nothing else. Returns what parseTimestampBytes returns for
 * the field [s, comma) and sets timestampFieldEnd.at; NaN when the field is
 * not of that form (then parse it the general way, whose result may differ).
 */
export function parseTimestampField(b: Uint8Array, s: number, len: number): number {
  if (s + 10 >= len || b[s + 4] !== 45 || b[s + 7] !== 45) return Number.NaN;
  if (!isDigit(b[s]) || !isDigit(b[s + 1]) || !isDigit(b[s + 2]) || !isDigit(b[s + 3])) return Number.NaN;
  if (!isDigit(b[s + 5]) || !isDigit(b[s + 6]) || !isDigit(b[s + 8]) || !isDigit(b[s + 9])) return Number.NaN;
  const year = (b[s] - 48) * 1000 + (b[s + 1] - 48) * 100 + (b[s + 2] - 48) * 10 + (b[s + 3] - 48);
  const days = dayNumber(year, (b[s + 5] - 48) * 10 + b[s + 6] - 48, (b[s + 8] - 48) * 10 + b[s + 9] - 48);
  if (days === INVALID_DAY) return Number.NaN;
  const p = s + 10;
  if (b[p] === 44) {
    timestampFieldEnd.at = p;
    return days * DAY_MS - SHANGHAI_OFFSET_MS;
  }
  const t = lastTailLen;
  const e = p + t;
  // the last time part, then the comma (a trailing blank would be trimmed by the general path: leave it to it)
  if (t <= 0 || e >= len || b[e] !== 44 || b[e - 1] <= 32) return Number.NaN;
  for (let j = 0; j < t; j++) if (lastTail[j] !== b[p + j]) return Number.NaN;
  timestampFieldEnd.at = e;
  return days * DAY_MS + lastTailMs;
}

// The last time part met, bytes and value: in a readings file it is nearly
// always the same (`T00:00:00+08:00`), so comparing bytes replaces parsing.
const lastTail = new Uint8Array(40);
let lastTailLen = -1;
let lastTailMs = 0;

/** Milliseconds to add to the date's midnight (UTC) for the time part at [p, e), or NaN. */
function timeOfDay(b: Uint8Array, p: number, e: number): number {
  const len = e - p;
  if (len === lastTailLen) {
    let j = 0;
    while (j < len && lastTail[j] === b[p + j]) j++;
    if (j === len) return lastTailMs;
  }
  const ms = parseTimeOfDay(b, p, e);
  if (!Number.isNaN(ms) && len <= lastTail.length) {
    for (let j = 0; j < len; j++) lastTail[j] = b[p + j];
    lastTailLen = len;
    lastTailMs = ms;
  }
  return ms;
}

function parseTimeOfDay(b: Uint8Array, p: number, e: number): number {
  // Time part: 'T' or one or more spaces.
  if (b[p] === 84 /* T */ || b[p] === 116 /* t */) p++;
  else if (b[p] === 32) { while (p < e && b[p] === 32) p++; }
  else return Number.NaN;
  let hour = 0;
  let n = 0;
  while (p < e && isDigit(b[p]) && n < 2) { hour = hour * 10 + b[p] - 48; p++; n++; }
  if (n === 0 || p >= e || b[p] !== 58 /* : */) return Number.NaN;
  p++;
  if (p + 2 > e || !isDigit(b[p]) || !isDigit(b[p + 1])) return Number.NaN;
  const minute = (b[p] - 48) * 10 + b[p + 1] - 48;
  p += 2;
  let second = 0;
  let ms = 0;
  if (p < e && b[p] === 58) {
    p++;
    if (p + 2 > e || !isDigit(b[p]) || !isDigit(b[p + 1])) return Number.NaN;
    second = (b[p] - 48) * 10 + b[p + 1] - 48;
    p += 2;
    if (p < e && (b[p] === 46 /* . */ || b[p] === 44 /* , */)) {
      p++;
      let scale = 100;
      n = 0;
      while (p < e && isDigit(b[p])) { ms += (b[p] - 48) * scale; scale /= 10; p++; n++; }
      if (n === 0) return Number.NaN;
      ms = Math.floor(ms);
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const wall = hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
  while (p < e && b[p] === 32) p++;
  if (p === e) return wall - SHANGHAI_OFFSET_MS;

  const c = b[p];
  if ((c === 90 /* Z */ || c === 122 /* z */) && p + 1 === e) return wall;
  if (c !== 43 /* + */ && c !== 45 /* - */) return Number.NaN;
  p++;
  if (p + 2 > e || !isDigit(b[p]) || !isDigit(b[p + 1])) return Number.NaN;
  const oh = (b[p] - 48) * 10 + b[p + 1] - 48;
  p += 2;
  let om = 0;
  if (p < e) {
    if (b[p] === 58) p++;
    if (p + 2 !== e || !isDigit(b[p]) || !isDigit(b[p + 1])) return Number.NaN;
    om = (b[p] - 48) * 10 + b[p + 1] - 48;
  }
  if (oh > 14 || om > 59) return Number.NaN;
  const offset = (oh * 60 + om) * 60_000;
  return c === 43 ? wall - offset : wall + offset;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const DECIMAL_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a decimal (`.` as separator, optional sign and exponent) from bytes
 * [s, e); NaN when malformed. Up to 15 significant digits it divides two exact
 * integers, which rounds exactly like Number(); longer forms go through Number().
 */
export function parseDecimalBytes(b: Uint8Array, s: number, e: number): number {
  let p = s;
  if (p >= e) return Number.NaN;
  let neg = false;
  if (b[p] === 45 || b[p] === 43) { neg = b[p] === 45; p++; }
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  for (; p < e; p++) {
    const c = b[p];
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else break;
  }
  if (p === e && digits > 0 && digits <= 15) {
    const v = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -v : v;
  }
  if (digits === 0 && p === e) return Number.NaN;
  // Exponent or very long number: the slow but exact path.
  let text = '';
  for (let i = s; i < e; i++) {
    if (b[i] >= 128) return Number.NaN;
    text += String.fromCharCode(b[i]);
  }
  return DECIMAL_RE.test(text) ? Number(text) : Number.NaN;
}

/** Boolean from ASCII bytes: 1 = true, 0 = false, -1 = not an ASCII boolean (is/否 go through the string path). */
export function parseBooleanBytes(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if (len === 1) {
    const c = b[s] | 0x20;
    if (b[s] === 49 || c === 121 /* y */) return 1;
    if (b[s] === 48 || c === 110 /* n */) return 0;
    return -1;
  }
  if (len === 4 && (b[s] | 0x20) === 116 && (b[s + 1] | 0x20) === 114 && (b[s + 2] | 0x20) === 117 && (b[s + 3] | 0x20) === 101) return 1;
  if (len === 5 && (b[s] | 0x20) === 102 && (b[s + 1] | 0x20) === 97 && (b[s + 2] | 0x20) === 108 && (b[s + 3] | 0x20) === 115 && (b[s + 4] | 0x20) === 101) return 0;
  return -1;
}
