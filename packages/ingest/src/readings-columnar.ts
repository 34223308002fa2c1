// The hot path: readings files straight from bytes into typed arrays (a year
// of 20,000 houses is ~15M rows). A record that is plain ASCII, well formed
// and valid is parsed in place with no string but its meter id; anything else
// (non-ASCII, escaped quotes, a bad or unknown value) takes the general
// RowBuilder path, so the reasons are exactly those readTable gives. The
// usual line does not even reach the CSV scanner's callback: the scanner's
// fast path hook (linePath below) parses it in one pass over its bytes.
import type { ReadingColumns } from '@sentinel/domain';
import { ByteKeyMap } from './csv/byte-key-map.ts';
import { CsvScanner, CsvError, type CsvRecord, type LineFastPath } from './csv/scanner.ts';
import { EncodingState } from './encoding/detect.ts';
import { FileProblem } from './errors.ts';
import { displayName } from './format.ts';
import { readTable } from './read-table.ts';
import { csvChunks, csvRangeChunks, type ByteRange, type CsvChunk, type CsvRangeChunk } from './source/csv-file.ts';
import { isXlsx } from './source/records.ts';
import { decodeRecord, isBlankRecord } from './source/text-record.ts';
import { parseBooleanBytes, parseDecimalBytes, parseTimestampBytes, parseTimestampField, timestampFieldEnd } from './values/ascii.ts';
import { resolveHeader } from './tables/header.ts';
import { dateWindow, type DateWindow } from './tables/date-window.ts';
import { RowBuilder, type RowSink } from './tables/row-builder.ts';
import { anySpec } from './tables/specs.ts';
import type { ReadingRow, RowIssue } from './types.ts';

export interface ReadingChunk extends ReadingColumns {
  /** 1-based line where each reading's record starts. */
  lines: Int32Array;
  issues: RowIssue[];
  /** Data rows seen for this chunk, accepted or rejected. */
  rowsRead: number;
}

/** Where accepted readings go instead of the chunks' columns (see ReadReadingsOptions.sink). */
export interface ReadingSink {
  push(meterIdx: number, readAt: number, value: number, estimated: number, line: number): void;
}

export interface ReadReadingsOptions {
  /** Accepted readings per chunk; default 262,144. */
  chunkRows?: number;
  /**
   * Accepted readings are pushed here, in file order, as they are parsed, and
   * the chunks yielded carry only issues and rowsRead (count 0): a caller that
   * keeps every reading in its own columns saves the chunks' copy and garbage.
   */
  sink?: ReadingSink;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Plausible reading times; default dateWindow() (2000-01-01 to tomorrow). */
  dateWindow?: DateWindow;
  /**
   * Read only these bytes of a CSV file (see readings-ranges.ts): the range
   * must start at 0 or right after a line feed. Lines are then numbered from
   * 1 at range.start (add the lines before it: RangeReport.lines of the ranges
   * before), and the header's warnings are reported by the range at 0 only.
   */
  range?: ByteRange;
  /** Line number of range.start (default 1), when the lines before the range are known. */
  firstLine?: number;
  /** Called once a range has been read to its end, with what its successor needs to know. */
  onRangeEnd?: (report: RangeReport) => void;
}

/** What a byte range's reading tells about the file around it (readings-ranges.ts decides from it). */
export interface RangeReport {
  /** Physical lines (line feeds) in the range: the next range starts that many lines later. */
  lines: number;
  /**
   * Every record of the range took exactly one line and had no quote error,
   * so the range ended on a record boundary whatever the quotes inside it:
   * the next range, read on its own, starts where a whole-file read would be.
   */
  endsAtRecord: boolean;
  /** Some record held non-ASCII bytes (so it may have decided the file's encoding). */
  sawNonAscii: boolean;
  /** The file's encoding was decided from its first chunk (no record decides it later). */
  encodingSniffed: boolean;
}

/** Thrown (and caught) to stop reading the file's head once its header is known. */
const HEADER_READ = Symbol('header read');

/** One ByteKeyMap per meter index: a file read in many ranges builds it once. */
const byteKeyMaps = new WeakMap<ReadonlyMap<string, number>, ByteKeyMap>();
function byteKeyMapOf(meterIndex: ReadonlyMap<string, number>): ByteKeyMap {
  let m = byteKeyMaps.get(meterIndex);
  if (m === undefined) {
    m = new ByteKeyMap(meterIndex);
    byteKeyMaps.set(meterIndex, m);
  }
  return m;
}

const ESTIMATED_UNKNOWN = 2;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Growable-by-replacement column buffers for one chunk. */
class ChunkBuilder implements ReadingSink {
  meterIdx: Int32Array;
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
  lines: Int32Array;
  count = 0;
  issues: RowIssue[] = [];
  rowsRead = 0;

  constructor(readonly capacity: number) {
    this.meterIdx = new Int32Array(capacity);
    this.readAt = new Float64Array(capacity);
    this.value = new Float64Array(capacity);
    this.estimated = new Uint8Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  push(meter: number, readAt: number, value: number, estimated: number, line: number): void {
    const i = this.count++;
    this.meterIdx[i] = meter;
    this.readAt[i] = readAt;
    this.value[i] = value;
    this.estimated[i] = estimated;
    this.lines[i] = line;
  }

  finish(): ReadingChunk {
    const n = this.count;
    return {
      count: n,
      meterIdx: this.meterIdx.subarray(0, n),
      readAt: this.readAt.subarray(0, n),
      value: this.value.subarray(0, n),
      estimated: this.estimated.subarray(0, n),
      lines: this.lines.subarray(0, n),
      issues: this.issues,
      rowsRead: this.rowsRead,
    };
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9;
/** Trims spaces and tabs from a byte range (as String.trim() does for the slow path's ASCII). */
function trimStart(b: Uint8Array, s: number, e: number): number {
  while (s < e && isSpace(b[s])) s++;
  return s;
}
function trimEnd(b: Uint8Array, s: number, e: number): number {
  while (e > s && isSpace(b[e - 1])) e--;
  return e;
}

export function readReadingsColumnar(
  file: string, meterIndex: ReadonlyMap<string, number>, opts: ReadReadingsOptions = {},
): AsyncIterable<ReadingChunk> {
  const chunkRows = Math.max(1, opts.chunkRows ?? 262_144);
  if (isXlsx(file) && opts.range !== undefined && opts.range.start > 0) throw new Error('XLSX readings cannot be read by byte range');
  return isXlsx(file) ? xlsxReadings(file, meterIndex, chunkRows, opts) : csvReadings(file, meterIndex, chunkRows, opts);
}

/** XLSX readings are small by nature (Excel stops at 1,048,576 rows): reuse the row reader. */
async function* xlsxReadings(
  file: string, meterIndex: ReadonlyMap<string, number>, chunkRows: number, opts: ReadReadingsOptions,
): AsyncGenerator<ReadingChunk> {
  let chunk = new ChunkBuilder(chunkRows);
  for await (const batch of readTable(file, 'readings', { refs: { meterIds: new Set(meterIndex.keys()) }, onProgress: opts.onProgress, dateWindow: opts.dateWindow })) {
    chunk.rowsRead += batch.rowsRead;
    chunk.issues.push(...batch.issues);
    for (let i = 0; i < batch.rows.length; i++) {
      const r = batch.rows[i];
      (opts.sink ?? chunk).push(meterIndex.get(r.meter_id) as number, r.read_at, r.value, r.estimated === null ? ESTIMATED_UNKNOWN : Number(r.estimated), batch.lines[i]);
      if (chunk.full) {
        yield chunk.finish();
        chunk = new ChunkBuilder(chunkRows);
      }
    }
  }
  if (chunk.count > 0 || chunk.rowsRead > 0 || chunk.issues.length > 0) yield chunk.finish();
}

async function* csvReadings(
  file: string, meterIndex: ReadonlyMap<string, number>, chunkRows: number, opts: ReadReadingsOptions,
): AsyncGenerator<ReadingChunk> {
  const name = displayName(file);
  const spec = anySpec('readings');
  const window = opts.dateWindow ?? dateWindow();
  // Outside the window, the fast paths leave the row to `slow`, which says why.
  const from = window.from, to = window.to;
  let encoding = new EncodingState('utf8');
  let builder: RowBuilder | null = null;
  let width = 0;
  let iMeter = -1, iRead = -1, iValue = -1, iEst = -1;
  let chunk = new ChunkBuilder(chunkRows);
  const ready: ReadingChunk[] = [];
  const sink = opts.sink ?? null;
  /** An accepted reading: to the caller's sink, or to the chunk (a full chunk is set aside to be yielded). */
  const accept = (meter: number, readAt: number, value: number, est: number, line: number): void => {
    if (sink !== null) {
      sink.push(meter, readAt, value, est, line);
      return;
    }
    chunk.push(meter, readAt, value, est, line);
    if (chunk.full) {
      ready.push(chunk.finish());
      chunk = new ChunkBuilder(chunkRows);
    }
  };
  // The slow path's sink: a one-row scratch whose content is moved into the chunk.
  const rowSink: RowSink = { rows: [], lines: [], issues: [], rowsRead: 0 };
  const meterBytes = byteKeyMapOf(meterIndex);
  // The last meter id found in meterBytes (ids longer than lastKey are always hashed).
  const lastKey = new Uint8Array(64);
  let lastLen = -1;
  let lastMeter = -1;
  const range = opts.range;
  /** Reading the file's head of a range that starts later: stop at the header. */
  let headerOnly = false;
  let multiLine = false;
  let sawNonAscii = false;
  let encodingSniffed = false;
  let first = true;

  /** The general path: decode, validate with RowBuilder, move its outcome into the chunk. */
  const slow = (r: CsvRecord): void => {
    (builder as RowBuilder).add(decodeRecord(r, encoding), rowSink);
    for (const issue of rowSink.issues) chunk.issues.push(issue);
    if (rowSink.rows.length === 1) {
      const row = rowSink.rows[0] as unknown as ReadingRow;
      const est = row.estimated === null ? ESTIMATED_UNKNOWN : row.estimated ? 1 : 0;
      accept(meterIndex.get(row.meter_id) as number, row.read_at, row.value, est, rowSink.lines[0]);
    }
    rowSink.rows.length = 0;
    rowSink.lines.length = 0;
    rowSink.issues.length = 0;
  };

  /**
   * The in-place path for a plain, valid ASCII row given by its fields' byte
   * ranges (untrimmed; es = ee = -1 without an estimated column); false
   * (nothing written) sends the row to `slow`.
   */
  const plain = (b: Uint8Array, ms: number, me: number, rs: number, re: number, vs: number, ve: number, es: number, ee: number, line: number): boolean => {
    let s = trimStart(b, ms, me);
    me = trimEnd(b, s, me);
    // Files are sorted by meter: most rows name the previous row's meter, so
    // compare its bytes before hashing.
    let meter = -1;
    const len = me - s;
    if (len === lastLen && len <= lastKey.length) {
      let j = 0;
      while (j < len && lastKey[j] === b[s + j]) j++;
      if (j === len) meter = lastMeter;
    }
    if (meter < 0) {
      meter = meterBytes.get(b, s, me);
      if (meter < 0) return false;
      if (len <= lastKey.length) {
        for (let j = 0; j < len; j++) lastKey[j] = b[s + j];
        lastLen = len;
        lastMeter = meter;
      }
    }
    s = trimStart(b, rs, re);
    const readAt = parseTimestampBytes(b, s, trimEnd(b, s, re));
    if (!(readAt >= from && readAt < to)) return false; // NaN included
    s = trimStart(b, vs, ve);
    const value = parseDecimalBytes(b, s, trimEnd(b, s, ve));
    if (!(value >= 0) || value === Infinity) return false;
    let est = ESTIMATED_UNKNOWN;
    if (es >= 0) {
      s = trimStart(b, es, ee);
      const e = trimEnd(b, s, ee);
      if (e > s) {
        est = parseBooleanBytes(b, s, e);
        if (est < 0) return false;
      }
    }
    accept(meter, readAt, value, est, line);
    return true;
  };

  /** A scanned record through `plain` when it is one plain ASCII record of the header's width. */
  const fast = (r: CsvRecord): boolean => {
    if (r.error !== CsvError.None || r.nonAscii || r.fieldCount !== width) return false;
    const st = r.starts, en = r.ends, esc = r.escaped;
    if (esc[iMeter] | esc[iRead] | esc[iValue] | (iEst >= 0 ? esc[iEst] : 0)) return false;
    return plain(r.buf, st[iMeter], en[iMeter], st[iRead], en[iRead], st[iValue], en[iValue],
      iEst >= 0 ? st[iEst] : -1, iEst >= 0 ? en[iEst] : -1, r.line);
  };

  // Field ranges of the line being split by `splitLine`.
  let fieldStart = new Int32Array(0);
  let fieldEnd = new Int32Array(0);
  /** The header is meter_id,read_at,value,estimated in that order: `canonicalLine` may be tried. */
  let canonical = false;

  /**
   * The usual line of a canonical file, parsed in one pass over its bytes:
   * the previous row's meter id, a comma, a timestamp parseTimestampField
   * takes, a comma, digits with at most one point, a comma, a boolean word
   * parseBooleanBytes takes or nothing, LF (or CR LF). Such a line is plain ASCII, unquoted, one record of four
   * fields, and each value is what `plain` would make of it. Returns the next
   * line's start, or -1 (nothing written) to leave the line to splitLine.
   */
  const canonicalLine = (b: Buffer, p: number, len: number, line: number): number => {
    const n = lastLen;
    let q = p + n;
    if (n <= 0 || q >= len || b[q] !== COMMA) return -1;
    for (let j = 0; j < n; j++) if (lastKey[j] !== b[p + j]) return -1;
    const readAt = parseTimestampField(b, q + 1, len);
    if (!(readAt >= from && readAt < to)) return -1; // NaN included
    const vs = timestampFieldEnd.at + 1;
    q = vs;
    let dots = 0;
    while (q < len) {
      const c = b[q];
      if (c === COMMA) break;
      if (c === DOT) dots++;
      else if (c < DIGIT_0 || c > DIGIT_9) return -1;
      q++;
    }
    if (q >= len || dots > 1) return -1;
    const value = parseDecimalBytes(b, vs, q);
    if (!(value >= 0) || value === Infinity) return -1;
    const es = ++q;
    // the estimated field: letters and digits only (no blank to trim, no quote), then LF or CR LF
    while (q < len && b[q] > COMMA && b[q] < 0x80) q++;
    const ee = q;
    if (q < len && b[q] === CR) q++;
    if (q >= len || b[q] !== LF) return -1;
    let est = ESTIMATED_UNKNOWN;
    if (ee > es) {
      est = parseBooleanBytes(b, es, ee);
      if (est < 0) return -1;
    }
    chunk.rowsRead++;
    accept(lastMeter, readAt, value, est, line);
    return q + 1;
  };

  /**
   * A line split at commas, then through `plain`: taken when it is plain
   * ASCII, unquoted, ended by LF in `b`, of the header's width, and `plain`
   * accepts it. Returns the next line's start, or -1 (nothing written).
   */
  const splitLine = (b: Buffer, p: number, len: number, line: number): number => {
    const last = width - 1;
    let q = p;
    for (let f = 0; ; f++) {
      const fs = q;
      let c = 0;
      while (q < len) {
        c = b[q];
        if (c <= COMMA) { if (c === COMMA || c === LF || c === QUOTE) break; }
        else if (c >= 0x80) break;
        q++;
      }
      // an incomplete line, a quote or a non-ASCII byte: the general path
      if (q >= len || (c !== COMMA && c !== LF)) return -1;
      fieldStart[f] = fs;
      fieldEnd[f] = q;
      if (f === last) {
        if (c !== LF) return -1; // more fields than the header
        if (q > fs && b[q - 1] === CR) fieldEnd[f] = q - 1;
        break;
      }
      if (c !== COMMA) return -1; // fewer fields than the header
      q++;
    }
    chunk.rowsRead++; // before `plain`, whose reading may fill the chunk
    if (!plain(b, fieldStart[iMeter], fieldEnd[iMeter], fieldStart[iRead], fieldEnd[iRead], fieldStart[iValue], fieldEnd[iValue],
      iEst >= 0 ? fieldStart[iEst] : -1, iEst >= 0 ? fieldEnd[iEst] : -1, line)) {
      chunk.rowsRead--; // counted by onRecord instead
      return -1;
    }
    return q + 1;
  };

  /**
   * Most lines of a readings file are plain: ASCII, no quote, one line, the
   * header's width. Those are parsed here, straight from the bytes, without
   * the general scan and its per-record callback; any other line (or one
   * `plain` refuses) is left to the scanner and onRecord, so the outcome is
   * the same for every line.
   */
  const linePath: LineFastPath = {
    taken: 0,
    take(b: Buffer, from: number, line: number): number {
      let taken = 0;
      let p = from;
      if (builder !== null && !headerOnly) {
        const len = b.length;
        while (p < len) {
          let q = canonical ? canonicalLine(b, p, len, line + taken) : -1;
          if (q < 0) q = splitLine(b, p, len, line + taken);
          if (q < 0) break;
          taken++;
          p = q;
        }
      }
      this.taken = taken;
      return p;
    },
  };

  const onRecord = (r: CsvRecord): void => {
    if (r.nonAscii) sawNonAscii = true;
    if (scanner.nextLine - r.line !== 1 || r.error !== CsvError.None) multiLine = true;
    if (isBlankRecord(r)) return;
    if (builder === null) {
      const head = decodeRecord(r, encoding);
      if (head.reject !== null) throw new FileProblem(name, r.line, null, `表头无法读取：${head.reject}`);
      const header = resolveHeader(spec, head.fields, name, r.line);
      builder = new RowBuilder(spec, header, name, { meterIds: meterIndex }, window);
      chunk.issues.push(...header.warnings);
      width = header.width;
      fieldStart = new Int32Array(width);
      fieldEnd = new Int32Array(width);
      const at = (c: string): number => header.index[header.columns.indexOf(c)];
      iMeter = at('meter_id'); iRead = at('read_at'); iValue = at('value'); iEst = at('estimated');
      canonical = width === 4 && iMeter === 0 && iRead === 1 && iValue === 2 && iEst === 3;
      if (headerOnly) throw HEADER_READ;
      return;
    }
    chunk.rowsRead++;
    if (!fast(r)) slow(r);
  };

  let scanner = new CsvScanner(onRecord, { fastPath: linePath });
  const source: AsyncIterable<CsvChunk | CsvRangeChunk> = range === undefined ? csvChunks(file, name) : csvRangeChunks(file, name, range);
  for await (const c of source) {
    if (first) encodingSniffed = c.encoding.file !== null;
    first = false;
    encoding = c.encoding;
    if ('head' in c && c.head) {
      // A range after the first: the header comes from the file's head, then
      // the range is scanned by a fresh scanner numbering its lines from 1.
      headerOnly = true;
      try {
        scanner.push(c.chunk, c.skip);
        if (c.chunk.length >= c.bytesTotal) scanner.end();
      } catch (err) {
        if (err !== HEADER_READ) throw err;
      }
      headerOnly = false;
      if (builder === null) throw new FileProblem(name, 0, null, '文件为空：没有表头行');
      chunk.issues.length = 0; // the header's warnings belong to the range at 0
      scanner = new CsvScanner(onRecord, { firstLine: opts.firstLine ?? 1, fastPath: linePath });
      multiLine = false;
      sawNonAscii = false;
      continue;
    }
    scanner.push(c.chunk, c.skip);
    opts.onProgress?.(c.bytesDone, c.bytesTotal);
    while (ready.length > 0) yield ready.shift() as ReadingChunk;
  }
  scanner.end();
  if (builder === null) throw new FileProblem(name, 0, null, '文件为空：没有表头行');
  opts.onRangeEnd?.({ lines: scanner.nextLine - (range !== undefined && range.start > 0 ? opts.firstLine ?? 1 : 1), endsAtRecord: !multiLine, sawNonAscii, encodingSniffed });
  for (const c of ready) yield c;
  if (chunk.count > 0 || chunk.rowsRead > 0 || chunk.issues.length > 0) yield chunk.finish();
}
