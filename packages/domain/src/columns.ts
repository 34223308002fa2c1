// Columnar shapes shared by the readers (ingest) and the engine (detection):
// tens of millions of readings must never become tens of millions of objects.

/** Meter register readings, one entry per index. */
export interface ReadingColumns {
  count: number;
  meterIdx: Int32Array;   // index into the meters list the reader was given
  readAt: Float64Array;   // UTC milliseconds
  value: Float64Array;    // cumulative register value as received
  estimated: Uint8Array;  // 0 = read, 1 = estimated by the utility, 2 = unknown
}
