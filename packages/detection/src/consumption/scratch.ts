// Working buffers reused from one meter to the next. Building the matrices
// runs the pipeline for tens of thousands of meters; allocating a dozen
// typed arrays per meter made garbage collection a large share of the time.
// Buffers only grow; callers read them up to the counts they were given.

export class Scratch {
  private readings = 0;
  private days = 0;
  // per reading: the meter's rows gathered contiguously (one cache miss per
  // row instead of one per access), and 0..n-1 to index them
  readAt = new Float64Array(0);
  value = new Float64Array(0);
  estimated = new Uint8Array(0);
  identity = new Int32Array(0);
  usable = new Int32Array(0);
  src = new Int32Array(0);
  t = new Float64Array(0);
  v = new Float64Array(0);
  est = new Uint8Array(0);
  conflict = new Uint8Array(0);
  pos = new Int32Array(0);
  link = new Uint8Array(0);
  use = new Float64Array(0);
  rollover = new Uint8Array(0);
  bridged = new Uint8Array(0);
  rate = new Float64Array(0);
  known = new Float64Array(0);
  eff = new Float64Array(0);
  // per day
  sum = new Float64Array(0);
  coveredMs = new Float64Array(0);

  /** Makes room for n readings. */
  forReadings(n: number): this {
    if (n <= this.readings) return this;
    const c = Math.max(n, this.readings * 2, 64);
    this.readings = c;
    this.readAt = new Float64Array(c);
    this.value = new Float64Array(c);
    this.estimated = new Uint8Array(c);
    this.identity = new Int32Array(c);
    for (let k = 0; k < c; k++) this.identity[k] = k;
    this.usable = new Int32Array(c);
    this.src = new Int32Array(c);
    this.t = new Float64Array(c);
    this.v = new Float64Array(c);
    this.est = new Uint8Array(c);
    this.conflict = new Uint8Array(c);
    this.pos = new Int32Array(c);
    this.link = new Uint8Array(c);
    this.use = new Float64Array(c);
    this.rollover = new Uint8Array(c);
    this.bridged = new Uint8Array(c);
    this.rate = new Float64Array(c);
    this.known = new Float64Array(c);
    this.eff = new Float64Array(c);
    return this;
  }

  /** Makes room for n days and zeroes the per-day sums. */
  forDays(n: number): this {
    if (n > this.days) {
      const c = Math.max(n, this.days * 2, 64);
      this.days = c;
      this.sum = new Float64Array(c);
      this.coveredMs = new Float64Array(c);
    } else {
      this.sum.fill(0, 0, n);
      this.coveredMs.fill(0, 0, n);
    }
    return this;
  }
}
