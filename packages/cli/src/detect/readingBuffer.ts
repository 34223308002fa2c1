// Readings of every file concatenated into one set of columns, growing by
// doubling; keeps which file and line each reading came from so a reading
// error found later (consumption) is reported where it is in the input.
import type { ReadingColumns } from '@sentinel/domain';
import type { ReadingChunk } from '@sentinel/ingest';

export class ReadingBuffer {
  count = 0;
  meterIdx = new Int32Array(1 << 16);
  readAt = new Float64Array(1 << 16);
  value = new Float64Array(1 << 16);
  estimated = new Uint8Array(1 << 16);
  line = new Int32Array(1 << 16);
  file = new Uint16Array(1 << 16);
  maxReadAt = Number.NEGATIVE_INFINITY;
  minReadAt = Number.POSITIVE_INFINITY;

  /** Appends the chunk's readings taken at or before `untilMs` (the end of the as-of day). */
  append(c: ReadingChunk, fileIdx: number, untilMs: number): void {
    this.reserve(this.count + c.count);
    for (let i = 0; i < c.count; i++) {
      const t = c.readAt[i];
      if (t > untilMs) continue;
      const k = this.count++;
      this.meterIdx[k] = c.meterIdx[i];
      this.readAt[k] = t;
      this.value[k] = c.value[i];
      this.estimated[k] = c.estimated[i];
      this.line[k] = c.lines[i];
      this.file[k] = fileIdx;
      if (t > this.maxReadAt) this.maxReadAt = t;
      if (t < this.minReadAt) this.minReadAt = t;
    }
  }

  columns(): ReadingColumns {
    return {
      count: this.count,
      meterIdx: this.meterIdx.subarray(0, this.count),
      readAt: this.readAt.subarray(0, this.count),
      value: this.value.subarray(0, this.count),
      estimated: this.estimated.subarray(0, this.count),
    };
  }

  /**
   * The readings taken at or before `untilMs` (all of them when none is later),
   * with the line of each: eval's honest view of what detect saw on a past date.
   */
  columnsUntil(untilMs: number): { columns: ReadingColumns; line: Int32Array } {
    if (untilMs >= this.maxReadAt) return { columns: this.columns(), line: this.line.subarray(0, this.count) };
    let n = 0;
    for (let i = 0; i < this.count; i++) if (this.readAt[i] <= untilMs) n++;
    const meterIdx = new Int32Array(n), readAt = new Float64Array(n), value = new Float64Array(n);
    const estimated = new Uint8Array(n), line = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.readAt[i] > untilMs) continue;
      meterIdx[k] = this.meterIdx[i];
      readAt[k] = this.readAt[i];
      value[k] = this.value[i];
      estimated[k] = this.estimated[i];
      line[k] = this.line[i];
      k++;
    }
    return { columns: { count: n, meterIdx, readAt, value, estimated }, line };
  }

  private reserve(n: number): void {
    if (n <= this.meterIdx.length) return;
    let cap = this.meterIdx.length;
    while (cap < n) cap *= 2;
    const grow = <T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(a: T, make: (len: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.count) as never);
      return b;
    };
    this.meterIdx = grow(this.meterIdx, (l) => new Int32Array(l));
    this.readAt = grow(this.readAt, (l) => new Float64Array(l));
    this.value = grow(this.value, (l) => new Float64Array(l));
    this.estimated = grow(this.estimated, (l) => new Uint8Array(l));
    this.line = grow(this.line, (l) => new Int32Array(l));
    this.file = grow(this.file, (l) => new Uint16Array(l));
  }
}
