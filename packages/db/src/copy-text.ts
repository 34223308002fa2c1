// PostgreSQL COPY text format: tab-separated, \N for NULL, backslash escapes.
// Formatting here (not in SQL) keeps bulk loads a single COPY per chunk.

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One text field, escaped. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '\\N';
  return String(value);
}

export function copyBool(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value ? 't' : 'f';
}

/** A UTC instant in epoch milliseconds: staging tables take timestamps as numbers and convert in SQL (to_timestamp), which is far cheaper than formatting dates in Node. */
export function copyEpochMs(utcMs: number | null | undefined): string {
  if (utcMs === null || utcMs === undefined || !Number.isFinite(utcMs)) return '\\N';
  return String(utcMs);
}

/**
 * Collects COPY text lines into byte chunks of about `targetBytes`. PGlite
 * copies a chunk at a time from memory (a 45 MB COPY took 1.2 GB RSS), so
 * chunks bound the memory of every bulk load; writing lines straight into a
 * Buffer is ~3x faster than joining strings.
 */
export class CopyChunker {
  private buf: Buffer;
  private used = 0;

  constructor(private readonly targetBytes = 4 << 20) {
    this.buf = Buffer.allocUnsafe(targetBytes + 4096);
  }

  /** Adds one line (without the newline); returns a full chunk when one is ready. */
  push(line: string): Buffer | null {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 + 1 > this.buf.length) {
      if (this.used === 0) this.buf = Buffer.allocUnsafe(line.length * 3 + 1);
      else {
        const full = this.take();
        this.push(line);
        return full;
      }
    }
    this.used += this.buf.write(line, this.used, 'utf8');
    this.buf[this.used++] = 10;
    return this.used >= this.targetBytes ? this.take() : null;
  }

  /** The collected lines as a chunk (the chunker starts a fresh buffer), or null when empty. */
  take(): Buffer | null {
    if (this.used === 0) return null;
    const chunk = this.buf.subarray(0, this.used);
    this.buf = Buffer.allocUnsafe(this.targetBytes + 4096);
    this.used = 0;
    return chunk;
  }
}

const DAY_MS = 86_400_000;
const CACHE_LIMIT = 100_000;
const dayText = new Map<number, string>();
const timeText = new Map<number, string>();

/**
 * A UTC instant as a timestamptz literal (`2026-03-01 16:00:00.000+00`), for
 * COPY straight into a timestamptz column. Readings share few days and fewer
 * times of day, so both halves are cached: ~10x faster than toISOString().
 */
export function copyTimestamp(utcMs: number | null | undefined): string {
  if (utcMs === null || utcMs === undefined || !Number.isFinite(utcMs)) return '\\N';
  const day = Math.floor(utcMs / DAY_MS);
  const ms = utcMs - day * DAY_MS;
  let d = dayText.get(day);
  if (d === undefined) {
    if (dayText.size > CACHE_LIMIT) dayText.clear();
    d = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayText.set(day, d);
  }
  let t = timeText.get(ms);
  if (t === undefined) {
    if (timeText.size > CACHE_LIMIT) timeText.clear();
    t = `${new Date(ms).toISOString().slice(11, 23)}+00`;
    timeText.set(ms, t);
  }
  return `${d} ${t}`;
}
