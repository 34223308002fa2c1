// A dataset folder → DetectionInput, straight from files (no database): every
// table through @sentinel/ingest's readers, daily consumption through the
// detection package's consumption engine, complaints matched to houses by id
// or by address. Nothing after the end of the as-of day (Asia/Shanghai) is
// kept. The big files (readings, door access) are parsed in worker threads
// (workerPool.ts); each readings file's daily matrices are built by the worker
// that parsed it. Issues are reported in file order, whatever finished first.
import { stat } from 'node:fs/promises';
import type { MeterKind } from '@sentinel/domain';
import { METER_KINDS, shanghaiDay } from '@sentinel/domain';
import { displayName, FileProblem, locateDataset, readTable, type HouseRow, type RowIssue } from '@sentinel/ingest';
import { buildDailyMatrices, type DailyMatrix, type DetectionInput, type HouseFacts, type MeterFacts } from '@sentinel/detection';
// The parts the database path shares (one implementation): house facts,
// complaint and inspection matching, access columns, the day axis.
import {
  complaintFacts, endOfDayMs, historyStartDay, houseFactsOf, inspectionFacts, mergeAccess,
} from '@sentinel/services/detection-input';
import type { IssueReport } from './issueReport.ts';
import { WorkerPool } from './workerPool.ts';
import type { AccessParsed, MatricesBuilt, ReadingsColumnsOut, ReadingsParsed } from './workerProtocol.ts';

export interface LoadOptions {
  /** Shanghai day number of --as-of; null = the latest timestamp in the data. */
  asOfDay: number | null;
  /** Where issue lines go (stderr in the CLI). */
  report: IssueReport;
  /** Days of history kept before the as-of day (the model looks back at most ~10 months). */
  historyDays?: number;
  /** Parse workers; default one per core (at most 4). */
  workers?: number;
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

  // biggest files first so the workers finish together
  const sizes = await Promise.all(files.readings.map((f) => stat(f).then((s) => s.size, () => 0)));
  const readingOrder = files.readings.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const parsedReadings: Promise<{ result: ReadingsParsed; worker: number }>[] = new Array(files.readings.length);
  for (const f of readingOrder) parsedReadings[f] = pool.run<ReadingsParsed>({ type: 'readings', file: files.readings[f], fileIdx: f });
  const parsedAccess = files.access_events.map((file, f) => pool.run<AccessParsed>({ type: 'access', file, fileIdx: f }));
  // the small tables on this thread meanwhile
  const houseIds = new Set(houseIndex.keys());
  const complaintsRead = files.complaints ? await collect(files.complaints, 'complaints', houseIds) : { rows: [], issues: [] };
  const inspectionsRead = files.inspections ? await collect(files.inspections, 'inspections', houseIds) : { rows: [], issues: [] };
  // settle everything before throwing, so no job is left running against a closing pool
  const readingsDone = await Promise.allSettled(parsedReadings);
  const accessDone = await Promise.allSettled(parsedAccess);
  const readingsOut = readingsDone.map(settled);
  const accessOut = accessDone.map(settled);

  for (const r of readingsOut) report.addAll(r.result.issues);
  for (const a of accessOut) report.addAll(a.result.issues);
  report.addAll(complaintsRead.issues);
  report.addAll(inspectionsRead.issues);

  const readingCount = readingsOut.reduce((n, r) => n + r.result.count, 0);
  const minReadAt = Math.min(...readingsOut.map((r) => r.result.minReadAt));
  const access = mergeAccess(accessOut.map((a) => a.result));
  let asOfDay = opts.asOfDay;
  if (asOfDay === null) {
    let latest = Math.max(Number.NEGATIVE_INFINITY, ...readingsOut.map((r) => r.result.maxReadAt), access.maxMs);
    for (const c of complaintsRead.rows) if (c.received_at > latest) latest = c.received_at;
    for (const i of inspectionsRead.rows) if (i.inspected_at > latest) latest = i.inspected_at;
    if (!Number.isFinite(latest)) throw new FileProblem('readings/', 0, null, '没有任何有效的读数，无法确定检测日期 (no usable readings)');
    asOfDay = shanghaiDay(latest);
  }
  if (readingCount === 0) throw new FileProblem('readings/', 0, null, '截至检测日期没有任何有效的读数 (no usable readings up to --as-of)');
  const startDay = historyStartDay(minReadAt, asOfDay, opts.historyDays);
  const builder = new MatrixBuilder(pool, houses.length, meters, meterHouse, startDay, asOfDay - startDay + 1,
    readingsOut.map((r) => ({ worker: r.worker, kindCounts: r.result.kindCounts })));
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

/**
 * Daily matrices from the workers' readings. A kind whose readings all sit in
 * one file (the usual water.csv / electricity.csv / gas.csv) is built by that
 * file's worker; a kind spread over several files is built here from their
 * concatenated readings, because a meter's days need all of its readings.
 */
class MatrixBuilder {
  private columnsCache: Map<number, ReadingsColumnsOut> | null = null;

  constructor(
    private readonly pool: WorkerPool, private readonly houseCount: number, private readonly meters: MeterFacts[],
    private readonly meterHouse: Int32Array, private readonly startDay: number, private readonly days: number,
    private readonly files: { worker: number; kindCounts: Record<MeterKind, number> }[],
  ) {}

  async build(untilMs: number): Promise<{ set: DailyMatrixSet; readingErrors: { fileIdx: number; line: number; reason: string }[] }> {
    const hasGas = this.meters.some((m) => m.kind === 'gas');
    const out = new Map<MeterKind, DailyMatrix>();
    const perFile = new Map<number, MeterKind[]>();
    const shared: MeterKind[] = [];
    for (const kind of METER_KINDS) {
      if (kind === 'gas' && !hasGas) continue;
      const holders = this.files.map((f, i) => (f.kindCounts[kind] > 0 ? i : -1)).filter((i) => i >= 0);
      if (holders.length === 1) perFile.set(holders[0], [...(perFile.get(holders[0]) ?? []), kind]);
      else if (holders.length > 1) shared.push(kind);
      else out.set(kind, this.emptyMatrix(kind));
    }
    const jobs = [...perFile].map(([fileIdx, kinds]) =>
      this.pool.run<MatricesBuilt>({ type: 'build', fileIdx, kinds, startDay: this.startDay, days: this.days, untilMs }, this.files[fileIdx].worker)
        .then((r) => ({ fileIdx, built: r.result })));
    const results = (await Promise.allSettled(jobs)).map(settled).sort((a, b) => a.fileIdx - b.fileIdx);
    const readingErrors: { fileIdx: number; line: number; reason: string }[] = [];
    for (const { fileIdx, built } of results) {
      for (const m of built.matrices) out.set(m.kind, { kind: m.kind, startDay: this.startDay, days: this.days, values: m.values, flags: m.flags });
      for (const e of built.readingErrors) readingErrors.push({ fileIdx, ...e });
    }
    if (shared.length > 0) await this.buildShared(shared, untilMs, out, readingErrors);
    return {
      set: { water: out.get('water')!, electricity: out.get('electricity')!, gas: hasGas ? out.get('gas')! : null },
      readingErrors,
    };
  }

  private async buildShared(kinds: MeterKind[], untilMs: number, out: Map<MeterKind, DailyMatrix>, errors: { fileIdx: number; line: number; reason: string }[]): Promise<void> {
    const holders = this.files.map((f, i) => (kinds.some((k) => f.kindCounts[k] > 0) ? i : -1)).filter((i) => i >= 0);
    if (this.columnsCache === null) {
      this.columnsCache = new Map();
      for (const f of holders) this.columnsCache.set(f, (await this.pool.run<ReadingsColumnsOut>({ type: 'columns', fileIdx: f }, this.files[f].worker)).result);
    }
    let n = 0;
    for (const f of holders) {
      const c = this.columnsCache.get(f)!;
      for (let i = 0; i < c.count; i++) if (c.readAt[i] <= untilMs && kinds.includes(this.meters[c.meterIdx[i]].kind)) n++;
    }
    const meterIdx = new Int32Array(n), readAt = new Float64Array(n), value = new Float64Array(n), estimated = new Uint8Array(n);
    const fileOf = new Int32Array(n), lineOf = new Int32Array(n);
    let k = 0;
    for (const f of holders) {
      const c = this.columnsCache.get(f)!;
      for (let i = 0; i < c.count; i++) {
        if (!(c.readAt[i] <= untilMs && kinds.includes(this.meters[c.meterIdx[i]].kind))) continue;
        meterIdx[k] = c.meterIdx[i]; readAt[k] = c.readAt[i]; value[k] = c.value[i]; estimated[k] = c.estimated[i];
        fileOf[k] = f; lineOf[k] = c.line[i];
        k++;
      }
    }
    const m = buildDailyMatrices({
      houseCount: this.houseCount, meterHouse: this.meterHouse, meters: this.meters,
      readings: { count: n, meterIdx, readAt, value, estimated }, startDay: this.startDay, days: this.days,
    });
    for (const kind of kinds) {
      const x = kind === 'water' ? m.water : kind === 'electricity' ? m.electricity : m.gas;
      if (x !== null) out.set(kind, x);
    }
    for (const e of m.readingErrors) errors.push({ fileIdx: fileOf[e.readingIndex], line: lineOf[e.readingIndex], reason: e.reason });
  }

  private emptyMatrix(kind: MeterKind): DailyMatrix {
    const cells = this.houseCount * this.days;
    return { kind, startDay: this.startDay, days: this.days, values: new Float32Array(cells).fill(Number.NaN), flags: new Uint8Array(cells) };
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
