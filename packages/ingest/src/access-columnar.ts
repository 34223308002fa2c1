// Door-access events straight from bytes into typed arrays (a year of 20,000
// houses is ~3.5M events). The door and credential ids are interned into
// dictionaries (one string per distinct id, not per row) and the house id is
// looked up in the registry from its bytes. A record that is plain ASCII and
// well formed is parsed in place; anything else (non-ASCII, quotes, a bad
// value) takes readTable's RowBuilder path, so the reasons are exactly the
// importer's. Mirrors readings-columnar.ts.
import { ACCESS_METHODS } from '@sentinel/domain';
import { ByteKeyMap } from './csv/byte-key-map.ts';
import { CsvScanner, CsvError, type CsvRecord } from './csv/scanner.ts';
import { EncodingState } from './encoding/detect.ts';
import { FileProblem } from './errors.ts';
import { displayName } from './format.ts';
import { readTable } from './read-table.ts';
import { csvChunks } from './source/csv-file.ts';
import { isXlsx } from './source/records.ts';
import { decodeRecord, isBlankRecord } from './source/text-record.ts';
import { parseTimestampBytes } from './values/ascii.ts';
import { resolveHeader } from './tables/header.ts';
import { dateWindow, type DateWindow } from './tables/date-window.ts';
import { RowBuilder, type RowSink } from './tables/row-builder.ts';
import { anySpec } from './tables/specs.ts';
import type { AccessEventRow, RowIssue } from './types.ts';

/**
 * Growable string dictionary keyed by bytes or by string: the same id spelled
 * in the fast (bytes) and slow (string) paths gets the same index. Open
 * addressing, FNV-1a; non-ASCII keys live in a plain Map.
 */
export class KeyInterner {
  readonly keys: string[] = [];
  private slots = new Int32Array(1024); // entry + 1, 0 = empty
  private hashes: number[] = [];
  private pool = new Uint8Array(1 << 16);
  private poolUsed = 0;
  /** Entry i's bytes are pool[starts[i], starts[i + 1]). */
  private starts: number[] = [0];
  private readonly other = new Map<string, number>();
  private readonly scratch = new Uint8Array(256);

  private static hash(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
    return h >>> 0;
  }

  /** Index of the ASCII key spelled by bytes [s, e), added when new. */
  fromBytes(b: Uint8Array, s: number, e: number): number {
    const h = KeyInterner.hash(b, s, e);
    const len = e - s;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      const i = entry - 1;
      if (this.hashes[i] === h && this.starts[i + 1] - this.starts[i] === len) {
        const k = this.starts[i];
        let j = 0;
        while (j < len && this.pool[k + j] === b[s + j]) j++;
        if (j === len) return i;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(b, s, e, h, slot);
  }

  /** Index of a key given as a string (the slow path), added when new. */
  fromString(key: string): number {
    if (key.length <= this.scratch.length && /^[\x00-\x7f]*$/.test(key)) {
      for (let i = 0; i < key.length; i++) this.scratch[i] = key.charCodeAt(i);
      return this.fromBytes(this.scratch, 0, key.length);
    }
    let i = this.other.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.hashes.push(-1);
      this.starts.push(this.poolUsed); // zero-length pool entry: never matches a byte key (hash -1)
      this.other.set(key, i);
    }
    return i;
  }

  private add(b: Uint8Array, s: number, e: number, h: number, slot: number): number {
    const i = this.keys.length;
    const len = e - s;
    if (this.poolUsed + len > this.pool.length) {
      const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    this.pool.set(b.subarray(s, e), this.poolUsed);
    this.poolUsed += len;
    this.starts.push(this.poolUsed);
    this.hashes.push(h);
    this.keys.push(String.fromCharCode(...b.subarray(s, e)));
    this.slots[slot] = i + 1;
    if (this.keys.length * 2 > this.slots.length) this.rehash();
    return i;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.hashes[i] === -1) continue;
      let slot = this.hashes[i] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }
}

export interface AccessChunk {
  count: number;
  /** UTC ms. */
  eventAt: Float64Array;
  /** Index into the `doors` interner. */
  doorIdx: Int32Array;
  /** Index into the `credentials` interner. */
  credentialIdx: Int32Array;
  /** Index in the `houseIndex` given, -1 = empty or not a registered house. */
  houseIdx: Int32Array;
  /** Index into ACCESS_METHODS, -1 = not given. */
  method: Int8Array;
  /** 1-based line where each event's record starts. */
  lines: Int32Array;
  issues: RowIssue[];
  rowsRead: number;
}

export interface ReadAccessOptions {
  /** Accepted events per chunk; default 262,144. */
  chunkRows?: number;
  /** Dictionaries to intern into (share them across the monthly files); fresh ones by default. */
  doors?: KeyInterner;
  credentials?: KeyInterner;
  /** Plausible event times; default dateWindow() (2000-01-01 to tomorrow). */
  dateWindow?: DateWindow;
}


class ChunkBuilder {
  eventAt: Float64Array;
  doorIdx: Int32Array;
  credentialIdx: Int32Array;
  houseIdx: Int32Array;
  method: Int8Array;
  lines: Int32Array;
  count = 0;
  issues: RowIssue[] = [];
  rowsRead = 0;

  constructor(readonly capacity: number) {
    this.eventAt = new Float64Array(capacity);
    this.doorIdx = new Int32Array(capacity);
    this.credentialIdx = new Int32Array(capacity);
    this.houseIdx = new Int32Array(capacity);
    this.method = new Int8Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  push(at: number, door: number, cred: number, house: number, method: number, line: number): void {
    const i = this.count++;
    this.eventAt[i] = at;
    this.doorIdx[i] = door;
    this.credentialIdx[i] = cred;
    this.houseIdx[i] = house;
    this.method[i] = method;
    this.lines[i] = line;
  }

  finish(): AccessChunk {
    const n = this.count;
    return {
      count: n, eventAt: this.eventAt.subarray(0, n), doorIdx: this.doorIdx.subarray(0, n),
      credentialIdx: this.credentialIdx.subarray(0, n), houseIdx: this.houseIdx.subarray(0, n),
      method: this.method.subarray(0, n), lines: this.lines.subarray(0, n), issues: this.issues, rowsRead: this.rowsRead,
    };
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9;

function hasNulByte(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (b[i] === 0) return true;
  return false;
}

/** Index of the lowercase ASCII method spelled by bytes [s, e), -1 = empty, -2 = anything else (slow path decides). */
function methodBytes(b: Uint8Array, s: number, e: number): number {
  if (e === s) return -1;
  outer: for (let m = 0; m < ACCESS_METHODS.length; m++) {
    const w = ACCESS_METHODS[m];
    if (w.length !== e - s) continue;
    for (let j = 0; j < w.length; j++) if (b[s + j] !== w.charCodeAt(j)) continue outer;
    return m;
  }
  return -2;
}

export function readAccessColumnar(
  file: string, houseIndex: ReadonlyMap<string, number>, opts: ReadAccessOptions = {},
): AsyncIterable<AccessChunk> {
  const chunkRows = Math.max(1, opts.chunkRows ?? 262_144);
  const doors = opts.doors ?? new KeyInterner();
  const credentials = opts.credentials ?? new KeyInterner();
  const window = opts.dateWindow ?? dateWindow();
  return isXlsx(file)
    ? xlsxAccess(file, houseIndex, chunkRows, doors, credentials, window)
    : csvAccess(file, houseIndex, chunkRows, doors, credentials, window);
}

function methodIndex(m: AccessEventRow['method']): number {
  return m === null ? -1 : ACCESS_METHODS.indexOf(m);
}

async function* xlsxAccess(
  file: string, houseIndex: ReadonlyMap<string, number>, chunkRows: number, doors: KeyInterner, credentials: KeyInterner, window: DateWindow,
): AsyncGenerator<AccessChunk> {
  let chunk = new ChunkBuilder(chunkRows);
  for await (const batch of readTable(file, 'access_events', { dateWindow: window })) {
    chunk.rowsRead += batch.rowsRead;
    chunk.issues.push(...batch.issues);
    for (let i = 0; i < batch.rows.length; i++) {
      const r = batch.rows[i];
      const house = r.house_id === null ? -1 : (houseIndex.get(r.house_id) ?? -1);
      chunk.push(r.event_at, doors.fromString(r.door_id), credentials.fromString(r.credential_id), house, methodIndex(r.method), batch.lines[i]);
      if (chunk.full) {
        yield chunk.finish();
        chunk = new ChunkBuilder(chunkRows);
      }
    }
  }
  if (chunk.count > 0 || chunk.rowsRead > 0 || chunk.issues.length > 0) yield chunk.finish();
}

async function* csvAccess(
  file: string, houseIndex: ReadonlyMap<string, number>, chunkRows: number, doors: KeyInterner, credentials: KeyInterner, window: DateWindow,
): AsyncGenerator<AccessChunk> {
  const name = displayName(file);
  const spec = anySpec('access_events');
  let encoding = new EncodingState('utf8');
  let builder: RowBuilder | null = null;
  let width = 0;
  let iAt = -1, iDoor = -1, iCred = -1, iHouse = -1, iMethod = -1;
  let chunk = new ChunkBuilder(chunkRows);
  const ready: AccessChunk[] = [];
  const sink: RowSink = { rows: [], lines: [], issues: [], rowsRead: 0 };
  const houseBytes = new ByteKeyMap(houseIndex);

  const slow = (r: CsvRecord): void => {
    (builder as RowBuilder).add(decodeRecord(r, encoding), sink);
    for (const issue of sink.issues) chunk.issues.push(issue);
    if (sink.rows.length === 1) {
      const row = sink.rows[0] as unknown as AccessEventRow;
      const house = row.house_id === null ? -1 : (houseIndex.get(row.house_id) ?? -1);
      chunk.push(row.event_at, doors.fromString(row.door_id), credentials.fromString(row.credential_id), house, methodIndex(row.method), sink.lines[0]);
    }
    sink.rows.length = 0;
    sink.lines.length = 0;
    sink.issues.length = 0;
  };

  /** In place for a plain ASCII row; false (nothing written) sends the row to `slow`. */
  const fast = (r: CsvRecord): boolean => {
    if (r.error !== CsvError.None || r.nonAscii || r.fieldCount !== width) return false;
    const b = r.buf, st = r.starts, en = r.ends, esc = r.escaped;
    if (esc[iAt] | esc[iDoor] | esc[iCred] | (iHouse >= 0 ? esc[iHouse] : 0) | (iMethod >= 0 ? esc[iMethod] : 0)) return false;
    let s = st[iAt], e = en[iAt];
    while (s < e && isSpace(b[s])) s++;
    while (e > s && isSpace(b[e - 1])) e--;
    const at = parseTimestampBytes(b, s, e);
    if (!(at >= window.from && at < window.to)) return false; // NaN or outside the window: `slow` says why
    let ds = st[iDoor], de = en[iDoor];
    while (ds < de && isSpace(b[ds])) ds++;
    while (de > ds && isSpace(b[de - 1])) de--;
    let cs = st[iCred], ce = en[iCred];
    while (cs < ce && isSpace(b[cs])) cs++;
    while (ce > cs && isSpace(b[ce - 1])) ce--;
    if (de === ds || ce === cs) return false; // required: the slow path words the reason
    if (hasNulByte(b, ds, de) || hasNulByte(b, cs, ce)) return false; // PostgreSQL text cannot hold it: the slow path rejects the row
    let method = -1;
    if (iMethod >= 0) {
      let ms = st[iMethod], me = en[iMethod];
      while (ms < me && isSpace(b[ms])) ms++;
      while (me > ms && isSpace(b[me - 1])) me--;
      method = methodBytes(b, ms, me);
      if (method === -2) return false;
    }
    let house = -1;
    if (iHouse >= 0) {
      let hs = st[iHouse], he = en[iHouse];
      while (hs < he && isSpace(b[hs])) hs++;
      while (he > hs && isSpace(b[he - 1])) he--;
      if (he > hs) house = houseBytes.get(b, hs, he);
    }
    chunk.push(at, doors.fromBytes(b, ds, de), credentials.fromBytes(b, cs, ce), house, method, r.line);
    return true;
  };

  const onRecord = (r: CsvRecord): void => {
    if (isBlankRecord(r)) return;
    if (builder === null) {
      const head = decodeRecord(r, encoding);
      if (head.reject !== null) throw new FileProblem(name, r.line, null, `表头无法读取：${head.reject}`);
      const header = resolveHeader(spec, head.fields, name, r.line);
      builder = new RowBuilder(spec, header, name, {}, window);
      chunk.issues.push(...header.warnings);
      width = header.width;
      const at = (c: string): number => header.index[header.columns.indexOf(c)];
      iAt = at('event_at'); iDoor = at('door_id'); iCred = at('credential_id'); iHouse = at('house_id'); iMethod = at('method');
      return;
    }
    chunk.rowsRead++;
    if (!fast(r)) slow(r);
    if (chunk.full) {
      ready.push(chunk.finish());
      chunk = new ChunkBuilder(chunkRows);
    }
  };

  const scanner = new CsvScanner(onRecord);
  for await (const c of csvChunks(file, name)) {
    encoding = c.encoding;
    scanner.push(c.chunk, c.skip);
    while (ready.length > 0) yield ready.shift() as AccessChunk;
  }
  scanner.end();
  if (builder === null) throw new FileProblem(name, 0, null, '文件为空：没有表头行');
  for (const c of ready) yield c;
  if (chunk.count > 0 || chunk.rowsRead > 0 || chunk.issues.length > 0) yield chunk.finish();
}
