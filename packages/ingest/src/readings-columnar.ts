// The hot path: readings files straight from bytes into typed arrays (a year
// of 20,000 houses is ~15M rows). A record that is plain ASCII, well formed
// and valid is parsed in place with no string but its meter id; anything else
// (non-ASCII, escaped quotes, a bad or unknown value) takes the general
// RowBuilder path, so the reasons are exactly those readTable gives.
import type { ReadingColumns } from '@sentinel/domain';
import { ByteKeyMap } from './csv/byte-key-map.ts';
import { CsvScanner, CsvError, LineTooLongError, type CsvRecord } from './csv/scanner.ts';
import { EncodingState } from './encoding/detect.ts';
import { FileProblem } from './errors.ts';
import { displayName } from './format.ts';
import { readTable } from './read-table.ts';
import { csvChunks, csvRangeChunks, type ByteRange, type CsvChunk, type CsvRangeChunk } from './source/csv-file.ts';
import { isXlsx } from './source/records.ts';
import { decodeRecord, isBlankRecord } from './source/text-record.ts';
import { parseBooleanBytes, parseDecimalBytes, parseTimestampBytes } from './values/ascii.ts';
import { resolveHeader } from './tables/header.ts';
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

export interface ReadReadingsOptions {
  /** Accepted readings per chunk; default 262,144. */
  chunkRows?: number;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
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

/** Growable-by-replacement column buffers for one chunk. */
class ChunkBuilder {
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
  for await (const batch of readTable(file, 'readings', { refs: { meterIds: new Set(meterIndex.keys()) }, onProgress: opts.onProgress })) {
    chunk.rowsRead += batch.rowsRead;
    chunk.issues.push(...batch.issues);
    for (let i = 0; i < batch.rows.length; i++) {
      const r = batch.rows[i];
      chunk.push(meterIndex.get(r.meter_id) as number, r.read_at, r.value, r.estimated === null ? ESTIMATED_UNKNOWN : Number(r.estimated), batch.lines[i]);
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
  let encoding = new EncodingState('utf8');
  let builder: RowBuilder | null = null;
  let width = 0;
  let iMeter = -1, iRead = -1, iValue = -1, iEst = -1;
  let chunk = new ChunkBuilder(chunkRows);
  const ready: ReadingChunk[] = [];
  // The slow path's sink: a one-row scratch whose content is moved into the chunk.
  const sink: RowSink = { rows: [], lines: [], issues: [], rowsRead: 0 };
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
    (builder as RowBuilder).add(decodeRecord(r, encoding), sink);
    for (const issue of sink.issues) chunk.issues.push(issue);
    if (sink.rows.length === 1) {
      const row = sink.rows[0] as unknown as ReadingRow;
      const est = row.estimated === null ? ESTIMATED_UNKNOWN : row.estimated ? 1 : 0;
      chunk.push(meterIndex.get(row.meter_id) as number, row.read_at, row.value, est, sink.lines[0]);
    }
    sink.rows.length = 0;
    sink.lines.length = 0;
    sink.issues.length = 0;
  };

  /** The in-place path for a plain, valid ASCII row; false (nothing written) sends the row to `slow`. */
  const fast = (r: CsvRecord): boolean => {
    if (r.error !== CsvError.None || r.nonAscii || r.fieldCount !== width) return false;
    const b = r.buf, st = r.starts, en = r.ends, esc = r.escaped;
    if (esc[iMeter] | esc[iRead] | esc[iValue] | (iEst >= 0 ? esc[iEst] : 0)) return false;
    let s = trimStart(b, st[iMeter], en[iMeter]);
    const me = trimEnd(b, s, en[iMeter]);
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
    s = trimStart(b, st[iRead], en[iRead]);
    const readAt = parseTimestampBytes(b, s, trimEnd(b, s, en[iRead]));
    if (Number.isNaN(readAt)) return false;
    s = trimStart(b, st[iValue], en[iValue]);
    const value = parseDecimalBytes(b, s, trimEnd(b, s, en[iValue]));
    if (!(value >= 0) || value === Infinity) return false;
    let est = ESTIMATED_UNKNOWN;
    if (iEst >= 0) {
      s = trimStart(b, st[iEst], en[iEst]);
      const e = trimEnd(b, s, en[iEst]);
      if (e > s) {
        est = parseBooleanBytes(b, s, e);
        if (est < 0) return false;
      }
    }
    chunk.push(meter, readAt, value, est, r.line);
    return true;
  };

  const onRecord = (r: CsvRecord): void => {
    if (r.nonAscii) sawNonAscii = true;
    if (scanner.nextLine - r.line !== 1 || r.error !== CsvError.None) multiLine = true;
    if (isBlankRecord(r)) return;
    if (builder === null) {
      const head = decodeRecord(r, encoding);
      if (head.reject !== null) throw new FileProblem(name, r.line, null, `表头无法读取：${head.reject}`);
      const header = resolveHeader(spec, head.fields, name, r.line);
      builder = new RowBuilder(spec, header, name, { meterIds: meterIndex });
      chunk.issues.push(...header.warnings);
      width = header.width;
      const at = (c: string): number => header.index[header.columns.indexOf(c)];
      iMeter = at('meter_id'); iRead = at('read_at'); iValue = at('value'); iEst = at('estimated');
      if (headerOnly) throw HEADER_READ;
      return;
    }
    chunk.rowsRead++;
    if (!fast(r)) slow(r);
    if (chunk.full) {
      ready.push(chunk.finish());
      chunk = new ChunkBuilder(chunkRows);
    }
  };

  let scanner = new CsvScanner(onRecord);
  const source: AsyncIterable<CsvChunk | CsvRangeChunk> = range === undefined ? csvChunks(file, name) : csvRangeChunks(file, name, range);
  try {
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
        scanner = new CsvScanner(onRecord, { firstLine: opts.firstLine ?? 1 });
        multiLine = false;
        sawNonAscii = false;
        continue;
      }
      scanner.push(c.chunk, c.skip);
      opts.onProgress?.(c.bytesDone, c.bytesTotal);
      while (ready.length > 0) yield ready.shift() as ReadingChunk;
    }
    scanner.end();
  } catch (err) {
    if (err instanceof LineTooLongError) throw new FileProblem(name, err.line, null, err.message);
    throw err;
  }
  if (builder === null) throw new FileProblem(name, 0, null, '文件为空：没有表头行');
  opts.onRangeEnd?.({ lines: scanner.nextLine - (range !== undefined && range.start > 0 ? opts.firstLine ?? 1 : 1), endsAtRecord: !multiLine, sawNonAscii, encodingSniffed });
  for (const c of ready) yield c;
  if (chunk.count > 0 || chunk.rowsRead > 0 || chunk.issues.length > 0) yield chunk.finish();
}
