// A byte-level, streaming RFC 4180 scanner. It finds records and field
// boundaries in raw bytes (UTF-8 and GB18030 alike: all structural bytes are
// ASCII) and hands each record to a callback as offsets, without building
// strings, so the hot readings path can parse values in place.
//
// Memory is bounded: only the bytes of the record being assembled are carried
// from one chunk to the next. A quoted field that never closes (a truncated
// file, a stray quote) is reported as an error on the line where it opened,
// and scanning resumes on the next physical line, so one bad quote cannot
// swallow the rest of a 1 GB file.

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

export const CsvError = { None: 0, UnterminatedQuote: 1, TextAfterQuote: 2 } as const;
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

export class LineTooLongError extends Error {
  constructor(readonly line: number, readonly limit: number) {
    super(`第${line}行超过 ${Math.round(limit / 1_048_576)} MB 仍未结束，文件可能不是 CSV`);
  }
}

export interface ScannerOptions {
  /** A record still open after this many bytes is cut at its first line (default 1 MiB). */
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
    const buf = this.pending ? Buffer.concat([this.pending, chunk.subarray(skip)]) : chunk;
    const from = this.pending ? 0 : skip;
    const rest = this.scan(buf, from, false);
    this.pending = rest < buf.length ? buf.subarray(rest) : null;
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): void {
    if (this.pending) {
      const buf = this.pending;
      this.pending = null;
      this.scan(buf, 0, true);
    }
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
          if (len - recStart > this.maxRecordBytes) throw new LineTooLongError(startLine, this.maxRecordBytes);
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
    if (lf < 0 && !final) throw new LineTooLongError(startLine, this.maxRecordBytes);
    const lineEnd = lf < 0 ? buf.length : lf;
    const r = this.rec;
    r.fieldCount = 0;
    r.line = startLine;
    r.start = recStart;
    r.end = lineEnd > recStart && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    let nonAscii = false;
    for (let i = recStart; i < lineEnd; i++) if (buf[i] >= 0x80) { nonAscii = true; break; }
    r.nonAscii = nonAscii;
    r.error = CsvError.UnterminatedQuote;
    this.line = startLine + (lf < 0 ? 0 : 1);
    this.onRecord(r);
    return lf < 0 ? buf.length : lf + 1;
  }
}
