// The readings of one file (or byte range of it) as columns growing by
// doubling, in SharedArrayBuffers so the part can be handed to every worker
// for the matrix build without a copy; the reader writes into them directly
// (it is the reader's sink: no chunk arrays, no copy). Sized up front from the byte count
// (no reading line is shorter than MIN_LINE_BYTES in practice): memory not
// written to is never touched, so the over-estimate costs address space only.
import type { ReadingSink } from '@sentinel/ingest';
import type { ReadingsPart } from './workerProtocol.ts';

const MIN_LINE_BYTES = 24;

function sharedInt32(n: number): Int32Array { return new Int32Array(new SharedArrayBuffer(n * 4)); }
function sharedFloat64(n: number): Float64Array { return new Float64Array(new SharedArrayBuffer(n * 8)); }
function sharedUint8(n: number): Uint8Array { return new Uint8Array(new SharedArrayBuffer(n)); }

export class ReadingBuffer implements ReadingSink {
  count = 0;
  meterIdx: Int32Array;
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
  line: Int32Array;
  maxReadAt = Number.NEGATIVE_INFINITY;
  minReadAt = Number.POSITIVE_INFINITY;

  constructor(bytes: number, private readonly untilMs: number) {
    const cap = Math.max(1024, Math.ceil(bytes / MIN_LINE_BYTES));
    this.meterIdx = sharedInt32(cap);
    this.readAt = sharedFloat64(cap);
    this.value = sharedFloat64(cap);
    this.estimated = sharedUint8(cap);
    this.line = sharedInt32(cap);
  }

  /**
   * The reader's sink (ReadReadingsOptions.sink): keeps a reading taken at or
   * before `untilMs` (the end of the as-of day), written straight into the
   * shared columns.
   */
  push(meter: number, t: number, value: number, estimated: number, line: number): void {
    if (t > this.untilMs) return;
    const k = this.count;
    if (k === this.meterIdx.length) this.grow(k + 1);
    this.meterIdx[k] = meter;
    this.readAt[k] = t;
    this.value[k] = value;
    this.estimated[k] = estimated;
    this.line[k] = line;
    this.count = k + 1;
    if (t > this.maxReadAt) this.maxReadAt = t;
    if (t < this.minReadAt) this.minReadAt = t;
  }

  part(fileIdx: number, lineOffset: number): ReadingsPart {
    const n = this.count;
    const meterIdx = this.meterIdx;
    let runs = n > 0 ? 1 : 0;
    for (let i = 1; i < n; i++) if (meterIdx[i] !== meterIdx[i - 1]) runs++;
    const runStart = new Int32Array(new SharedArrayBuffer((runs + 1) * 4));
    let r = 0;
    for (let i = 0; i < n; i++) if (i === 0 || meterIdx[i] !== meterIdx[i - 1]) runStart[r++] = i;
    runStart[runs] = n;
    return {
      fileIdx, lineOffset, count: n,
      meterIdx: meterIdx.subarray(0, n), readAt: this.readAt.subarray(0, n), value: this.value.subarray(0, n),
      estimated: this.estimated.subarray(0, n), line: this.line.subarray(0, n), runStart,
    };
  }

  private grow(n: number): void {
    let cap = this.meterIdx.length;
    while (cap < n) cap *= 2;
    const k = this.count;
    const mi = sharedInt32(cap); mi.set(this.meterIdx.subarray(0, k)); this.meterIdx = mi;
    const ra = sharedFloat64(cap); ra.set(this.readAt.subarray(0, k)); this.readAt = ra;
    const va = sharedFloat64(cap); va.set(this.value.subarray(0, k)); this.value = va;
    const es = sharedUint8(cap); es.set(this.estimated.subarray(0, k)); this.estimated = es;
    const li = sharedInt32(cap); li.set(this.line.subarray(0, k)); this.line = li;
  }
}
