// A parse worker of `sentinel detect` (see workerPool.ts): parses a readings
// or access file it is given, keeps readings for the later matrix build, and
// answers each job with typed arrays transferred, not copied. Jobs run one at
// a time, in the order received.
import { parentPort } from 'node:worker_threads';
import type { MeterKind } from '@sentinel/domain';
import { shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';
import { buildDailyMatrices, type MeterFacts } from '@sentinel/detection';
import { FileProblem, KeyInterner, readAccessColumnar, readReadingsColumnar, type RowIssue } from '@sentinel/ingest';
import { ReadingBuffer } from './readingBuffer.ts';
import type {
  AccessParsed, InitMessage, Job, JobFailure, JobResult, MatricesBuilt, ReadingsColumnsOut, ReadingsParsed, WorkerReply, WorkerRequest,
} from './workerProtocol.ts';

interface State {
  houseIndex: Map<string, number>;
  meterIndex: Map<string, number>;
  meters: MeterFacts[];
  meterHouse: Int32Array;
  untilMs: number;
}

let state: State | null = null;
const readings = new Map<number, ReadingBuffer>();

async function parseReadings(file: string, fileIdx: number, s: State): Promise<ReadingsParsed> {
  const buf = new ReadingBuffer();
  const issues: RowIssue[] = [];
  for await (const chunk of readReadingsColumnar(file, s.meterIndex)) {
    for (const i of chunk.issues) issues.push(i);
    buf.append(chunk, fileIdx, s.untilMs);
  }
  readings.set(fileIdx, buf);
  const kindCounts: Record<MeterKind, number> = { water: 0, electricity: 0, gas: 0 };
  for (let i = 0; i < buf.count; i++) kindCounts[s.meters[buf.meterIdx[i]].kind]++;
  return { count: buf.count, minReadAt: buf.minReadAt, maxReadAt: buf.maxReadAt, kindCounts, issues };
}

async function parseAccess(file: string, s: State): Promise<AccessParsed> {
  const doors = new KeyInterner();
  const credentials = new KeyInterner();
  const issues: RowIssue[] = [];
  const parts: { day: Int32Array; minute: Int16Array; house: Int32Array; door: Int32Array; cred: Int32Array; n: number }[] = [];
  let maxMs = Number.NEGATIVE_INFINITY;
  let total = 0;
  for await (const c of readAccessColumnar(file, s.houseIndex, { doors, credentials })) {
    for (const i of c.issues) issues.push(i);
    const day = new Int32Array(c.count), minute = new Int16Array(c.count), house = new Int32Array(c.count);
    const door = new Int32Array(c.count), cred = new Int32Array(c.count);
    let n = 0;
    for (let i = 0; i < c.count; i++) {
      const t = c.eventAt[i];
      if (t > s.untilMs) continue;
      if (t > maxMs) maxMs = t;
      day[n] = shanghaiDay(t);
      minute[n] = shanghaiMinuteOfDay(t);
      house[n] = c.houseIdx[i];
      door[n] = c.doorIdx[i];
      cred[n] = c.credentialIdx[i];
      n++;
    }
    parts.push({ day, minute, house, door, cred, n });
    total += n;
  }
  const out: AccessParsed = {
    count: total, day: new Int32Array(total), minute: new Int16Array(total), houseIdx: new Int32Array(total),
    doorIdx: new Int32Array(total), credentialIdx: new Int32Array(total), doors: doors.keys, credentials: credentials.keys, maxMs, issues,
  };
  let at = 0;
  for (const p of parts) {
    out.day.set(p.day.subarray(0, p.n), at);
    out.minute.set(p.minute.subarray(0, p.n), at);
    out.houseIdx.set(p.house.subarray(0, p.n), at);
    out.doorIdx.set(p.door.subarray(0, p.n), at);
    out.credentialIdx.set(p.cred.subarray(0, p.n), at);
    at += p.n;
  }
  return out;
}

function build(job: Extract<Job, { type: 'build' }>, s: State): MatricesBuilt {
  const buf = readings.get(job.fileIdx);
  if (buf === undefined) throw new Error(`no readings parsed for file ${job.fileIdx}`);
  const cols = buf.columnsUntil(job.untilMs);
  const m = buildDailyMatrices({
    houseCount: s.houseIndex.size, meterHouse: s.meterHouse, meters: s.meters, readings: cols.columns, startDay: job.startDay, days: job.days,
  });
  const matrices = [];
  for (const kind of job.kinds) {
    const x = kind === 'water' ? m.water : kind === 'electricity' ? m.electricity : m.gas;
    if (x !== null) matrices.push({ kind, values: x.values, flags: x.flags });
  }
  const readingErrors = m.readingErrors.map((e) => ({ line: cols.line[e.readingIndex], reason: e.reason }));
  return { matrices, readingErrors };
}

function columns(fileIdx: number): ReadingsColumnsOut {
  const buf = readings.get(fileIdx);
  if (buf === undefined) throw new Error(`no readings parsed for file ${fileIdx}`);
  const n = buf.count;
  return {
    count: n, meterIdx: buf.meterIdx.slice(0, n), readAt: buf.readAt.slice(0, n), value: buf.value.slice(0, n),
    estimated: buf.estimated.slice(0, n), line: buf.line.slice(0, n),
  };
}

async function run(job: Job): Promise<JobResult> {
  const s = state;
  if (s === null) throw new Error('worker not initialised');
  switch (job.type) {
    case 'readings': return parseReadings(job.file, job.fileIdx, s);
    case 'access': return parseAccess(job.file, s);
    case 'build': return build(job, s);
    case 'columns': return columns(job.fileIdx);
  }
}

function transferables(r: JobResult): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(r)) if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
  if ('matrices' in r) for (const m of r.matrices) out.push(m.values.buffer as ArrayBuffer, m.flags.buffer as ArrayBuffer);
  return [...new Set(out)];
}

function failure(err: unknown): JobFailure {
  if (err instanceof FileProblem) return { fileProblem: { file: err.file, line: err.line, column: err.column, reason: err.reason }, message: err.message };
  const e = err as Error;
  return { fileProblem: null, message: e.message, stack: e.stack };
}

function init(m: InitMessage): void {
  state = {
    houseIndex: new Map(m.houseIds.map((id, i) => [id, i])),
    meterIndex: new Map(m.meterIds.map((id, i) => [id, i])),
    meters: m.meters, meterHouse: m.meterHouse, untilMs: m.untilMs,
  };
}

const port = parentPort;
if (port === null) throw new Error('parseWorker.ts must run as a worker thread');
let queue: Promise<void> = Promise.resolve();
port.on('message', (msg: WorkerRequest) => {
  if ('type' in msg) {
    init(msg);
    return;
  }
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const result = await run(msg.job);
      reply = { id: msg.id, ok: true, result };
      port.postMessage(reply, transferables(result));
    } catch (err) {
      reply = { id: msg.id, ok: false, error: failure(err) };
      port.postMessage(reply);
    }
  });
});
