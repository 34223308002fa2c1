// A dataset folder → DetectionInput, straight from files (no database): every
// table through @sentinel/ingest's readers, daily consumption through the
// detection package's consumption engine, complaints matched to houses by id
// or by address. Nothing after the end of the as-of day (Asia/Shanghai) is
// kept. The big files (readings, door access) are parsed in worker threads
// (workerPool.ts): each readings file in byte ranges (so both cores stay busy
// to the end whatever the file sizes), put back together as a whole-file read
// would give them; then the daily matrices are built by blocks of houses, one
// block per job, from every file's readings. Issues are reported in file
// order, whatever finished first.
import { stat } from 'node:fs/promises';
import type { MeterKind } from '@sentinel/domain';
import { shanghaiDay } from '@sentinel/domain';
import {
  displayName, FileProblem, judgeRanges, locateDataset, readTable, shiftIssueLines, splitAtLineFeeds, type ByteRange, type HouseRow, type RowIssue,
} from '@sentinel/ingest';
import type { DailyMatrix, DetectionInput, HouseFacts, MeterFacts } from '@sentinel/detection';
// The parts the database path shares (one implementation): house facts,
// complaint and inspection matching, access columns, the day axis.
import {
  complaintFacts, endOfDayMs, historyStartDay, houseFactsOf, inspectionFacts, mergeAccess,
} from '@sentinel/services/detection-input';
import type { IssueReport } from './issueReport.ts';
import { WorkerPool } from './workerPool.ts';
import type { AccessParsed, MatricesBuilt, ReadingsParsed, ReadingsPart } from './workerProtocol.ts';

export interface LoadOptions {
  /** Shanghai day number of --as-of; null = the latest timestamp in the data. */
  asOfDay: number | null;
  /** Where issue lines go (stderr in the CLI). */
  report: IssueReport;
  /** Days of history kept before the as-of day (the model looks back at most ~10 months). */
  historyDays?: number;
  /** Parse workers; default one per core (at most 4). */
  workers?: number;
  /** Smallest byte range of a readings file parsed as one job (default 16 MiB; tests set it small). */
  readingsPartBytes?: number;
}

export interface LoadedDataset {
  input: DetectionInput;
  readingCount: number;
  readingErrors: number;
}

export interface DailyMatrixSet {
  water: DailyMatrix;
  electricity: DailyMatrix;
  gas: DailyMatrix | null;
}

/** A loaded dataset whose readings stay in the workers, so eval can rebuild the series as of an earlier day. */
export interface DatasetSession {
  loaded: LoadedDataset;
  /** Daily matrices from the readings taken up to the end of `asOfDay` only (same day axis as `loaded`). */
  matricesAsOf(asOfDay: number): Promise<DailyMatrixSet>;
  close(): Promise<void>;
}


export async function loadDataset(dir: string, opts: LoadOptions): Promise<LoadedDataset> {
  const session = await openDataset(dir, opts);
  await session.close();
  return session.loaded;
}

export async function openDataset(dir: string, opts: LoadOptions): Promise<DatasetSession> {
  const files = await locateDataset(dir);
  const pool = new WorkerPool(opts.workers); // boots while the registry is read
  try {
    return await open(files, pool, opts);
  } catch (err) {
    await pool.close();
    throw err;
  }
}

async function open(files: Awaited<ReturnType<typeof locateDataset>>, pool: WorkerPool, opts: LoadOptions): Promise<DatasetSession> {
  const report = opts.report;
  const untilMs = opts.asOfDay === null ? Number.POSITIVE_INFINITY : endOfDayMs(opts.asOfDay);
  const { houses, houseIndex } = await readHouses(files.houses, report);
  const { meters, meterIds, meterHouse } = await readMeters(files.meters, houseIndex, report);
  pool.init({ type: 'init', houseIds: houses.map((h) => h.houseId), meterIds, meters, meterHouse, untilMs });

  const parsedReadings = await parseReadingsFiles(files.readings, pool, opts.readingsPartBytes ?? MIN_PART_BYTES);
  const parsedAccess = files.access_events.map((file, f) => pool.run<AccessParsed>({ type: 'access', file, fileIdx: f }));
  // the small tables on this thread meanwhile
  const houseIds = new Set(houseIndex.keys());
  const complaintsRead = files.complaints ? await collect(files.complaints, 'complaints', houseIds) : { rows: [], issues: [] };
  const inspectionsRead = files.inspections ? await collect(files.inspections, 'inspections', houseIds) : { rows: [], issues: [] };
  // settle everything before throwing, so no job is left running against a closing pool
  const readingsDone = await Promise.allSettled(parsedReadings);
  const accessDone = await Promise.allSettled(parsedAccess);
  const readingsOut = readingsDone.map(settled).flat();
  const accessOut = accessDone.map(settled);

  for (const r of readingsOut) report.addAll(r.issues);
  for (const a of accessOut) report.addAll(a.result.issues);
  report.addAll(complaintsRead.issues);
  report.addAll(inspectionsRead.issues);

  const readingCount = readingsOut.reduce((n, r) => n + r.part.count, 0);
  const minReadAt = Math.min(...readingsOut.map((r) => r.minReadAt));
  const access = mergeAccess(accessOut.map((a) => a.result));
  let asOfDay = opts.asOfDay;
  if (asOfDay === null) {
    let latest = Math.max(Number.NEGATIVE_INFINITY, ...readingsOut.map((r) => r.maxReadAt), access.maxMs);
    for (const c of complaintsRead.rows) if (c.received_at > latest) latest = c.received_at;
    for (const i of inspectionsRead.rows) if (i.inspected_at > latest) latest = i.inspected_at;
    if (!Number.isFinite(latest)) throw new FileProblem('readings/', 0, null, '没有任何有效的读数，无法确定检测日期 (no usable readings)');
    asOfDay = shanghaiDay(latest);
  }
  if (readingCount === 0) throw new FileProblem('readings/', 0, null, '截至检测日期没有任何有效的读数 (no usable readings up to --as-of)');
  const startDay = historyStartDay(minReadAt, asOfDay, opts.historyDays);
  const builder = new MatrixBuilder(pool, houses.length, meters, startDay, asOfDay - startDay + 1, readingsOut.map((r) => r.part));
  const built = await builder.build(endOfDayMs(asOfDay));
  for (const e of built.readingErrors) {
    report.add({ file: displayName(files.readings[e.fileIdx]), line: e.line, column: 'value', reason: e.reason, severity: 'warning', raw: null });
  }

  const input: DetectionInput = {
    asOfDay, houses, water: built.set.water, electricity: built.set.electricity, gas: built.set.gas,
    access: access.columns,
    complaints: complaintFacts(complaintsRead.rows, houses, houseIndex, untilMs),
    inspections: inspectionFacts(inspectionsRead.rows, houseIndex, untilMs),
  };
  return {
    loaded: { input, readingCount, readingErrors: built.readingErrors.length },
    matricesAsOf: async (day) => (await builder.build(endOfDayMs(day))).set,
    close: () => pool.close(),
  };
}

function settled<T>(s: PromiseSettledResult<T>): T {
  if (s.status === 'rejected') throw s.reason;
  return s.value;
}

async function readHouses(file: string, report: IssueReport): Promise<{ houses: HouseFacts[]; houseIndex: Map<string, number> }> {
  const rows: HouseRow[] = [];
  const houseIndex = new Map<string, number>();
  for await (const b of readTable(file, 'houses')) {
    report.addAll(b.issues);
    b.rows.forEach((r, i) => {
      if (houseIndex.has(r.house_id)) {
        report.add({ file: displayName(file), line: b.lines[i], column: 'house_id', reason: `房屋编号重复，已忽略此行：${r.house_id}`, severity: 'error', raw: null });
        return;
      }
      houseIndex.set(r.house_id, rows.length);
      rows.push(r);
    });
  }
  if (rows.length === 0) throw new FileProblem(displayName(file), 0, null, '没有任何有效的房屋行，无法检测 (no usable house rows)');
  const houses = rows.map(houseFactsOf);
  return { houses, houseIndex };
}

async function readMeters(file: string, houseIndex: ReadonlyMap<string, number>, report: IssueReport) {
  const meterIndex = new Map<string, number>();
  const meters: MeterFacts[] = [];
  const houseOf: number[] = [];
  for await (const b of readTable(file, 'meters', { refs: { houseIds: new Set(houseIndex.keys()) } })) {
    report.addAll(b.issues);
    b.rows.forEach((r, i) => {
      if (meterIndex.has(r.meter_id)) {
        report.add({ file: displayName(file), line: b.lines[i], column: 'meter_id', reason: `表号重复，已忽略此行：${r.meter_id}`, severity: 'error', raw: null });
        return;
      }
      meterIndex.set(r.meter_id, meters.length);
      meters.push({ kind: r.kind, rolloverAt: r.rollover_at, installedDay: r.installed_at, removedDay: r.removed_at });
      houseOf.push(houseIndex.get(r.house_id) ?? -1);
    });
  }
  if (meters.length === 0) throw new FileProblem(displayName(file), 0, null, '没有任何有效的表计行，无法检测 (no usable meter rows)');
  return { meters, meterIds: [...meterIndex.keys()], meterHouse: Int32Array.from(houseOf) };
}

/** Issues and readings parts of one readings file, numbered as in the file. */
interface FileReadings {
  part: ReadingsPart;
  minReadAt: number;
  maxReadAt: number;
  issues: RowIssue[];
}

/** Pieces of at least this size are worth a job of their own. */
const MIN_PART_BYTES = 16 << 20;
/** Jobs per worker over all readings files: enough that no worker is left with a long last one. */
const PARTS_PER_WORKER = 8;

/**
 * Starts parsing every readings file, big ones in byte ranges (all queued now,
 * file by file, so the pool stays busy); resolves, per file, to its parts in
 * file order with issues renumbered to the file's lines. A range that cannot
 * be proven to start on a record (see judgeRanges) is re-read from the last
 * one that can; a range that failed is re-read the same way, so the error
 * names the file's line.
 */
async function parseReadingsFiles(readings: string[], pool: WorkerPool, minPartBytes: number): Promise<Promise<FileReadings[]>[]> {
  const sizes = await Promise.all(readings.map((f) => stat(f).then((s) => s.size, () => 0)));
  const partBytes = Math.max(minPartBytes, sizes.reduce((a, b) => a + b, 0) / (pool.size * PARTS_PER_WORKER));
  const splits = await Promise.all(readings.map((f, i) =>
    sizes[i] > 0 ? splitAtLineFeeds(f, Math.ceil(sizes[i] / partBytes), Math.ceil(minPartBytes / 2)).catch(() => null) : null));
  return readings.map((file, fileIdx) => {
    const ranges = splits[fileIdx];
    if (ranges === null || ranges.length === 1) {
      return pool.run<ReadingsParsed>({ type: 'readings', file, fileIdx, range: null, firstLine: 1 }).then((r) => [r.result]);
    }
    const jobs = ranges.map((range) => pool.run<ReadingsParsed>({ type: 'readings', file, fileIdx, range, firstLine: 1 }));
    return assembleRanges(file, fileIdx, ranges, sizes[fileIdx], jobs, pool);
  });
}

async function assembleRanges(
  file: string, fileIdx: number, ranges: ByteRange[], size: number, jobs: Promise<{ result: ReadingsParsed }>[], pool: WorkerPool,
): Promise<FileReadings[]> {
  const done = await Promise.allSettled(jobs);
  const verdict = judgeRanges(done.map((d) => (d.status === 'fulfilled' ? d.value.result.report : null)));
  const out: FileReadings[] = [];
  for (let k = 0; k < verdict.keep; k++) {
    const r = (done[k] as PromiseFulfilledResult<{ result: ReadingsParsed }>).value.result;
    const offset = verdict.offsets[k];
    out.push({ part: { ...r.part, lineOffset: offset }, minReadAt: r.minReadAt, maxReadAt: r.maxReadAt, issues: shiftIssueLines(r.issues, offset) });
  }
  if (verdict.keep < ranges.length) {
    const first = done[0];
    if (verdict.keep === 0 && first.status === 'rejected') throw first.reason;
    const range = { start: ranges[verdict.keep].start, end: size };
    const r = (await pool.run<ReadingsParsed>({ type: 'readings', file, fileIdx, range, firstLine: verdict.offsets[verdict.keep] + 1 })).result;
    out.push({ part: r.part, minReadAt: r.minReadAt, maxReadAt: r.maxReadAt, issues: r.issues });
  }
  return out;
}

/** House blocks per worker for the matrix build: a few, so one slow block does not hold the other worker idle. */
const BLOCKS_PER_WORKER = 2;

/**
 * Daily matrices from the workers' readings, built by blocks of houses (a
 * house's cells depend on its own meters only) from all the readings parts in
 * file order, so the result is what one build over all the readings gives.
 */
class MatrixBuilder {
  constructor(
    private readonly pool: WorkerPool, private readonly houseCount: number, private readonly meters: MeterFacts[],
    private readonly startDay: number, private readonly days: number, private readonly parts: ReadingsPart[],
  ) {}

  async build(untilMs: number): Promise<{ set: DailyMatrixSet; readingErrors: { fileIdx: number; line: number; reason: string }[] }> {
    const hasGas = this.meters.some((m) => m.kind === 'gas');
    const blocks = Math.max(1, Math.min(this.houseCount, this.pool.size * BLOCKS_PER_WORKER));
    const bounds = Array.from({ length: blocks + 1 }, (_, b) => Math.round((this.houseCount * b) / blocks));
    const jobs = [];
    for (let b = 0; b < blocks; b++) {
      jobs.push(this.pool.run<MatricesBuilt>({
        type: 'build', parts: this.parts, houseLo: bounds[b], houseHi: bounds[b + 1], startDay: this.startDay, days: this.days, untilMs,
      }));
    }
    const results = (await Promise.allSettled(jobs)).map(settled);
    const out = new Map<MeterKind, DailyMatrix>();
    const kinds: MeterKind[] = hasGas ? ['water', 'electricity', 'gas'] : ['water', 'electricity'];
    for (const kind of kinds) {
      const cells = this.houseCount * this.days;
      const m: DailyMatrix = { kind, startDay: this.startDay, days: this.days, values: new Float32Array(cells), flags: new Uint8Array(cells) };
      results.forEach((r, b) => {
        const x = r.result.matrices.find((y) => y.kind === kind)!;
        m.values.set(x.values, bounds[b] * this.days);
        m.flags.set(x.flags, bounds[b] * this.days);
      });
      out.set(kind, m);
    }
    // file order, then meter order (each block gives its meters' errors in meter order)
    const errors = results.flatMap((r) => r.result.readingErrors);
    const order = errors.map((_, i) => i).sort((a, b) => errors[a].fileIdx - errors[b].fileIdx || errors[a].meterIdx - errors[b].meterIdx || a - b);
    return {
      set: { water: out.get('water')!, electricity: out.get('electricity')!, gas: hasGas ? out.get('gas')! : null },
      readingErrors: order.map((i) => ({ fileIdx: errors[i].fileIdx, line: errors[i].line, reason: errors[i].reason })),
    };
  }
}

async function collect<N extends 'complaints' | 'inspections'>(file: string, table: N, houseIds: ReadonlySet<string>) {
  // complaints may name a house_id the registry lacks (then the address decides): no reference check there
  const refs = table === 'inspections' ? { houseIds } : {};
  const rows = [];
  const issues: RowIssue[] = [];
  for await (const b of readTable(file, table, { refs })) {
    issues.push(...b.issues);
    rows.push(...b.rows);
  }
  return { rows, issues };
}
