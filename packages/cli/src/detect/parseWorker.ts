// A parse worker of `sentinel detect` (see workerPool.ts): parses a readings
// file or byte range (into shared columns), or an access file, and builds the
// daily matrices of a block of houses from every file's shared readings.
// Answers with typed arrays transferred (or shared), not copied. Jobs run one
// at a time, in the order received.
import { stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';
import { buildDailyMatrices, type MeterFacts } from '@sentinel/detection';
import { FileProblem, KeyInterner, readAccessColumnar, readReadingsColumnar, type RowIssue } from '@sentinel/ingest';
import { ReadingBuffer } from './readingBuffer.ts';
import type {
  AccessParsed, InitMessage, Job, JobFailure, JobResult, MatricesBuilt, ReadingsParsed, WorkerReply, WorkerRequest,
} from './workerProtocol.ts';

interface State {
  houseIndex: Map<string, number>;
  meterIndex: Map<string, number>;
  meters: MeterFacts[];
  meterHouse: Int32Array;
  untilMs: number;
}

let state: State | null = null;

async function parseReadings(job: Extract<Job, { type: 'readings' }>, s: State): Promise<ReadingsParsed> {
  const bytes = job.range === null ? (await stat(job.file).catch(() => ({ size: 0 }))).size : job.range.end - job.range.start;
  const buf = new ReadingBuffer(bytes, s.untilMs);
  const issues: RowIssue[] = [];
  let report: ReadingsParsed['report'] = null;
  const opts = job.range === null ? { sink: buf } : { sink: buf, range: job.range, firstLine: job.firstLine, onRangeEnd: (r: NonNullable<ReadingsParsed['report']>) => { report = r; } };
  for await (const chunk of readReadingsColumnar(job.file, s.meterIndex, opts)) {
    for (const i of chunk.issues) issues.push(i);
  }
  return { part: buf.part(job.fileIdx, 0), minReadAt: buf.minReadAt, maxReadAt: buf.maxReadAt, issues, report };
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

/**
 * The matrices of houses houseLo..houseHi-1: the readings of their meters,
 * every part in file order (so each meter's readings are in the order a single
 * reader would give them), through the consumption engine with the houses
 * renumbered from 0. A house's cells depend on its own meters only, so the
 * blocks put side by side are the whole district's matrices.
 */
function build(job: Extract<Job, { type: 'build' }>, s: State): MatricesBuilt {
  const { houseLo: lo, houseHi: hi, untilMs } = job;
  const meterHouse = new Int32Array(s.meterHouse.length);
  for (let m = 0; m < meterHouse.length; m++) {
    const h = s.meterHouse[m];
    meterHouse[m] = h >= lo && h < hi ? h - lo : -1;
  }
  // Two passes over the runs of this block's meters: count, then copy.
  let n = 0;
  for (const p of job.parts) {
    const rs = p.runStart;
    for (let r = 0; r + 1 < rs.length; r++) {
      if (meterHouse[p.meterIdx[rs[r]]] < 0) continue;
      for (let i = rs[r]; i < rs[r + 1]; i++) if (p.readAt[i] <= untilMs) n++;
    }
  }
  const meterIdx = new Int32Array(n), readAt = new Float64Array(n), value = new Float64Array(n), estimated = new Uint8Array(n);
  const partOf = new Int32Array(n), line = new Int32Array(n);
  let k = 0;
  job.parts.forEach((p, pi) => {
    const rs = p.runStart;
    for (let r = 0; r + 1 < rs.length; r++) {
      const m = p.meterIdx[rs[r]];
      if (meterHouse[m] < 0) continue;
      for (let i = rs[r]; i < rs[r + 1]; i++) {
        if (!(p.readAt[i] <= untilMs)) continue;
        meterIdx[k] = m; readAt[k] = p.readAt[i]; value[k] = p.value[i]; estimated[k] = p.estimated[i];
        partOf[k] = pi; line[k] = p.line[i];
        k++;
      }
    }
  });
  const m = buildDailyMatrices({
    houseCount: hi - lo, meterHouse, meters: s.meters, readings: { count: n, meterIdx, readAt, value, estimated }, startDay: job.startDay, days: job.days,
  });
  const matrices = [];
  for (const x of [m.water, m.electricity, m.gas]) if (x !== null) matrices.push({ kind: x.kind, values: x.values, flags: x.flags });
  const readingErrors = m.readingErrors.map((e) => {
    const p = job.parts[partOf[e.readingIndex]];
    return { fileIdx: p.fileIdx, line: line[e.readingIndex] + p.lineOffset, meterIdx: e.meterIdx, reason: e.reason };
  });
  return { matrices, readingErrors };
}

async function run(job: Job): Promise<JobResult> {
  const s = state;
  if (s === null) throw new Error('worker not initialised');
  switch (job.type) {
    case 'readings': return parseReadings(job, s);
    case 'access': return parseAccess(job.file, s);
    case 'build': return build(job, s);
  }
}

function transferables(r: JobResult): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  // shared buffers (the readings parts) are shared by the message itself, never transferred
  for (const v of Object.values(r)) if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.push(v.buffer);
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
