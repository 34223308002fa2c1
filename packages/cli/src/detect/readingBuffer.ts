// The readings of one file (or byte range of it) as columns growing by
// doubling, in SharedArrayBuffers so the part can be handed to every worker
// for the matrix build without a copy. Sized up front from the byte count
// (no reading line is shorter than MIN_LINE_BYTES in practice): memory not
// written to is never touched, so the over-estimate costs address space only.
import type { ReadingChunk } from '@sentinel/ingest';
import type { ReadingsPart } from './workerProtocol.ts';

const MIN_LINE_BYTES = 24;

function sharedInt32(n: number): Int32Array { return new Int32Array(new SharedArrayBuffer(n * 4)); }
function sharedFloat64(n: number): Float64Array { return new Float64Array(new SharedArrayBuffer(n * 8)); }
function sharedUint8(n: number): Uint8Array { return new Uint8Array(new SharedArrayBuffer(n)); }

export class ReadingBuffer {
  count = 0;
  meterIdx: Int32Array;
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
  line: Int32Array;
  maxReadAt = Number.NEGATIVE_INFINITY;
  minReadAt = Number.POSITIVE_INFINITY;

  constructor(bytes: number) {
    const cap = Math.max(1024, Math.ceil(bytes / MIN_LINE_BYTES));
    this.meterIdx = sharedInt32(cap);
    this.readAt = sharedFloat64(cap);
    this.value = sharedFloat64(cap);
    this.estimated = sharedUint8(cap);
    this.line = sharedInt32(cap);
  }

  /** Appends the chunk's readings taken at or before `untilMs` (the end of the as-of day). */
  append(c: ReadingChunk, untilMs: number): void {
    if (this.count + c.count > this.meterIdx.length) this.grow(this.count + c.count);
    const { meterIdx, readAt, value, estimated, line } = this;
    let k = this.count;
    let min = this.minReadAt, max = this.maxReadAt;
    for (let i = 0; i < c.count; i++) {
      const t = c.readAt[i];
      if (t > untilMs) continue;
      meterIdx[k] = c.meterIdx[i];
      readAt[k] = t;
      value[k] = c.value[i];
      estimated[k] = c.estimated[i];
      line[k] = c.lines[i];
      if (t > max) max = t;
      if (t < min) min = t;
      k++;
    }
    this.count = k;
    this.minReadAt = min;
    this.maxReadAt = max;
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
