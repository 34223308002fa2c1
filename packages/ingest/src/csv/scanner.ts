// A byte-level, streaming RFC 4180 scanner. It finds records and field
// boundaries in raw bytes (UTF-8 and GB18030 alike: all structural bytes are
// ASCII) and hands each record to a callback as offsets, without building
// strings, so the hot readings path can parse values in place.
//
// Memory is bounded: only the bytes of the record being assembled are carried
// from one chunk to the next. A quoted field that never closes (a truncated
// file, a stray quote) is reported as an error on the line where it opened,
// and scanning resumes on the next physical line, so one bad quote cannot
// swallow the rest of a 1 GB file. A line longer than maxRecordBytes is
// reported as one error record (its first bytes kept as its raw text) and the
// rest of it is skipped up to the next line feed without being held: one
// absurd row is rejected, not its whole file.

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

export const CsvError = { None: 0, UnterminatedQuote: 1, TextAfterQuote: 2, TooLong: 3 } as const;
export type CsvError = (typeof CsvError)[keyof typeof CsvError];

/** One record, valid only during the callback (its arrays and buffer are reused). */
export interface CsvRecord {
  buf: Buffer;
  fieldCount: number;
  /** Content range of field i, without surrounding quotes. */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when field i was quoted and holds doubled quotes (`""`) to collapse. */
  escaped: Uint8Array;
  /** 1-based physical line the record starts on. */
  line: number;
  /** Byte range of the whole record text, line terminator excluded. */
  start: number;
  end: number;
  /** Some byte >= 0x80 in the record: it needs a charset decision. */
  nonAscii: boolean;
  error: CsvError;
}

/** Bytes of an over-long line kept as its raw text for the rejected-rows table. */
const TOO_LONG_KEPT_BYTES = 200;

export interface ScannerOptions {
  /**
   * A record still open after this many bytes is cut at its first line, and a
   * single line longer than this is one TooLong error record (default 1 MiB).
   */
  maxRecordBytes?: number;
  /** Line number of the first byte fed (default 1): a part of a file read on its own. */
  firstLine?: number;
  /** A caller's own parser for the plain lines of a big file, tried at every record start (see LineFastPath). */
  fastPath?: LineFastPath;
}

/**
 * A specialised parser a caller may put in front of the general scan (the
 * readings hot path does): from a record start it consumes as many whole
 * records as it can handle itself, each exactly one physical line ended by LF
 * in `buf`, and stops before the first one it cannot (left to the general
 * scan and onRecord, then the fast path is tried again). It must only take a
 * record whose outcome is exactly what onRecord would have made of it.
 */
export interface LineFastPath {
  /** Handles lines from `from` (line number `line`); returns where it stopped and sets `taken` to the lines handled. */
  take(buf: Buffer, from: number, line: number): number;
  taken: number;
}

export class CsvScanner {
  private pending: Buffer | null = null;
  private line = 1;
  private readonly rec: CsvRecord;
  private readonly maxRecordBytes: number;
  private readonly fastPath: LineFastPath | null;
  /** An over-long line being skipped: its first bytes and line number, reported when its line feed (or EOF) arrives. */
  private skipping: { head: Buffer; line: number; nonAscii: boolean } | null = null;

  constructor(private readonly onRecord: (r: CsvRecord) => void, opts: ScannerOptions = {}) {
    this.maxRecordBytes = opts.maxRecordBytes ?? 1_048_576;
    this.fastPath = opts.fastPath ?? null;
    this.line = opts.firstLine ?? 1;
    this.rec = {
      buf: Buffer.alloc(0), fieldCount: 0,
      starts: new Int32Array(64), ends: new Int32Array(64), escaped: new Uint8Array(64),
      line: 1, start: 0, end: 0, nonAscii: false, error: CsvError.None,
    };
  }

  /**
   * The 1-based line the next record starts on. Inside onRecord it is the
   * line after the current record, so `nextLine - r.line` is how many physical
   * lines the record took (1 for an ordinary record ended by LF).
   */
  get nextLine(): number {
    return this.line;
  }

  /** Feeds the next chunk; complete records are emitted, the incomplete tail is kept. */
  push(chunk: Buffer, skip = 0): void {
    if (this.skipping !== null) {
      const lf = chunk.indexOf(LF, skip);
      if (lf < 0) {
        this.skipping.nonAscii ||= hasNonAscii(chunk, skip, chunk.length);
        return; // still inside the over-long line: drop the bytes
      }
      this.skipping.nonAscii ||= hasNonAscii(chunk, skip, lf);
      this.emitTooLong();
      skip = lf + 1;
    }
    const buf = this.pending ? Buffer.concat([this.pending, chunk.subarray(skip)]) : chunk;
    const from = this.pending ? 0 : skip;
    const rest = this.scan(buf, from, false);
    this.pending = rest < buf.length ? buf.subarray(rest) : null;
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): void {
    if (this.skipping !== null) this.emitTooLong();
    if (this.pending) {
      const buf = this.pending;
      this.pending = null;
      if (buf.length > this.maxRecordBytes && buf.indexOf(LF) < 0) {
        // the file's last line, unended and over the limit: the same error as any over-long line
        this.startSkipping(buf, 0, this.line);
        this.emitTooLong();
        return;
      }
      this.scan(buf, 0, true);
    }
  }

  /**
   * The record from `recStart` passed maxRecordBytes with no line feed in
   * sight: keep its first bytes, drop the rest until the next line feed
   * (push() watches for it). Returns buf.length: everything is consumed.
   */
  private startSkipping(buf: Buffer, recStart: number, startLine: number): number {
    const head = Buffer.from(buf.subarray(recStart, Math.min(buf.length, recStart + TOO_LONG_KEPT_BYTES)));
    this.skipping = { head, line: startLine, nonAscii: hasNonAscii(buf, recStart, buf.length) };
    return buf.length;
  }

  private emitTooLong(): void {
    const s = this.skipping as NonNullable<CsvScanner['skipping']>;
    this.skipping = null;
    const r = this.rec;
    r.buf = s.head;
    r.fieldCount = 0;
    r.line = s.line;
    r.start = 0;
    r.end = s.head.length;
    r.nonAscii = s.nonAscii;
    r.error = CsvError.TooLong;
    this.line = s.line + 1;
    this.onRecord(r);
  }

  private grow(): void {
    const r = this.rec;
    const n = r.starts.length * 2;
    const s = new Int32Array(n); s.set(r.starts); r.starts = s;
    const e = new Int32Array(n); e.set(r.ends); r.ends = e;
    const q = new Uint8Array(n); q.set(r.escaped); r.escaped = q;
  }

  /**
   * Scans complete records from `pos`; returns where the first incomplete one
   * starts (buf.length when none). With `final`, everything is consumed.
   */
  private scan(buf: Buffer, pos: number, final: boolean): number {
    const len = buf.length;
    const r = this.rec;
    r.buf = buf;
    let p = pos;
    const fastPath = this.fastPath;
    records: while (p < len) {
      if (fastPath !== null) {
        p = fastPath.take(buf, p, this.line);
        this.line += fastPath.taken;
        if (p >= len) break;
      }
      const recStart = p;
      const startLine = this.line;
      let extraLines = 0;
      let nf = 0;
      let nonAscii = false;
      let error: CsvError = CsvError.None;
      let complete = false;
      let recEnd = len;
      let next = len;

      fields: for (;;) {
        if (nf === r.starts.length) this.grow();
        if (p < len && buf[p] === QUOTE) {
          // Quoted field: up to the closing quote; "" is an escaped quote.
          p++;
          const cs = p;
          let esc = 0;
          let closed = -1;
          let undecided = false;
          while (p < len) {
            const c = buf[p];
            if (c === QUOTE) {
              if (p + 1 < len && buf[p + 1] === QUOTE) { esc = 1; p += 2; continue; }
              if (p + 1 >= len && !final) { undecided = true; break; } // cannot tell "" from " yet
              closed = p;
              p++;
              break;
            }
            if (c === LF) extraLines++;
            else if (c >= 0x80) nonAscii = true;
            p++;
          }
          if (closed < 0) {
            if (!final && (undecided || len - recStart <= this.maxRecordBytes)) return recStart;
            p = this.unterminated(buf, recStart, startLine, final);
            continue records;
          }
          r.starts[nf] = cs;
          r.ends[nf] = closed;
          r.escaped[nf] = esc;
          nf++;
          // After the closing quote: separator, end of line, or junk.
          if (p < len && buf[p] === COMMA) { p++; continue; }
          if (p < len && buf[p] === LF) { recEnd = p; next = p + 1; complete = true; break; }
          if (p + 1 < len && buf[p] === CR && buf[p + 1] === LF) { recEnd = p; next = p + 2; complete = true; break; }
          if (p >= len || (p + 1 >= len && buf[p] === CR)) {
            if (!final) return recStart;
            recEnd = p; next = len; complete = true; break;
          }
          error = CsvError.TextAfterQuote;
          while (p < len && buf[p] !== COMMA && buf[p] !== LF) { if (buf[p] >= 0x80) nonAscii = true; p++; }
          if (p < len && buf[p] === COMMA) { p++; continue; }
          if (p < len) { recEnd = buf[p - 1] === CR ? p - 1 : p; next = p + 1; complete = true; break; }
          if (!final) return recStart;
          recEnd = len; next = len; complete = true; break;
        }
        // Unquoted field: up to a comma or LF (quotes inside are kept literally).
        const fs = p;
        while (p < len) {
          const c = buf[p];
          // one comparison for the usual byte (digits, letters, '-', ':', '.'): only bytes <= ',' can end the field
          if (c <= COMMA) { if (c === COMMA || c === LF) break; }
          else if (c >= 0x80) nonAscii = true;
          p++;
        }
        if (p >= len && !final) {
          if (len - recStart > this.maxRecordBytes) return this.startSkipping(buf, recStart, startLine + extraLines);
          return recStart;
        }
        r.escaped[nf] = 0;
        r.starts[nf] = fs;
        if (p < len && buf[p] === COMMA) {
          r.ends[nf] = p;
          nf++;
          p++;
          continue fields;
        }
        const fe = p > fs && buf[p - 1] === CR ? p - 1 : p;
        r.ends[nf] = fe;
        nf++;
        recEnd = fe;
        next = p < len ? p + 1 : len;
        complete = true;
        break;
      }
      if (complete) {
        r.fieldCount = nf;
        r.line = startLine;
        r.start = recStart;
        r.end = recEnd;
        r.nonAscii = nonAscii;
        r.error = error;
        this.line = startLine + extraLines + (next > recEnd && next <= len && buf[next - 1] === LF ? 1 : 0);
        if (recEnd - recStart > this.maxRecordBytes) {
          // whole in this buffer but over the limit: the same error as a line that spans chunks
          r.fieldCount = 0;
          r.end = recStart + TOO_LONG_KEPT_BYTES;
          r.nonAscii = hasNonAscii(buf, recStart, r.end);
          r.error = CsvError.TooLong;
        }
        this.onRecord(r);
        p = next;
      }
    }
    return len;
  }

  /**
   * A quote opened at `recStart`'s record and never closed: report the first
   * physical line as the bad record; returns where scanning resumes (right after it).
   */
  private unterminated(buf: Buffer, recStart: number, startLine: number, final: boolean): number {
    const lf = buf.indexOf(LF, recStart);
    if (lf < 0 && !final) return this.startSkipping(buf, recStart, startLine);
    const lineEnd = lf < 0 ? buf.length : lf;
    const r = this.rec;
    r.fieldCount = 0;
    r.line = startLine;
    r.start = recStart;
    r.end = lineEnd > recStart && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    r.nonAscii = hasNonAscii(buf, recStart, lineEnd);
    r.error = CsvError.UnterminatedQuote;
    this.line = startLine + (lf < 0 ? 0 : 1);
    this.onRecord(r);
    return lf < 0 ? buf.length : lf + 1;
  }
}

function hasNonAscii(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] >= 0x80) return true;
  return false;
}
