// Messages between the dataset loader and its parse workers (parseWorker.ts).
// Big readings files are cut into byte ranges (readings-ranges.ts in
// @sentinel/ingest) parsed by whichever worker is free; each range's readings
// come back in SharedArrayBuffers, so every worker can then build the daily
// matrices of a block of houses from all of them without a copy. Access files
// come back as columns. Other typed arrays are transferred, not copied.
import type { MeterKind } from '@sentinel/domain';
import type { MeterFacts } from '@sentinel/detection';
import type { ByteRange, RangeReport, RowIssue } from '@sentinel/ingest';
import type { AccessPart } from '@sentinel/services/detection-input';

export interface InitMessage {
  type: 'init';
  houseIds: string[];
  meterIds: string[];
  meters: MeterFacts[];
  meterHouse: Int32Array;
  /** Readings and events after this (end of the --as-of day, UTC ms) are dropped while parsing. */
  untilMs: number;
}

export type Job =
  /** Parse a readings file, or the byte range of it (null: the whole file); lines are numbered from firstLine at range.start. */
  | { type: 'readings'; file: string; fileIdx: number; range: ByteRange | null; firstLine: number }
  | { type: 'access'; file: string; fileIdx: number }
  /** Daily matrices (every kind) of houses houseLo..houseHi-1 from the readings taken up to untilMs. */
  | { type: 'build'; parts: ReadingsPart[]; houseLo: number; houseHi: number; startDay: number; days: number; untilMs: number };

/**
 * The accepted readings of one file or byte range of it, in file order, in
 * SharedArrayBuffers (shared with every worker, never copied). line + lineOffset
 * is the line of the file each reading starts on.
 */
export interface ReadingsPart {
  fileIdx: number;
  lineOffset: number;
  count: number;
  meterIdx: Int32Array;
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
  line: Int32Array;
  /**
   * Runs of consecutive readings of one meter: run r is readings
   * runStart[r] .. runStart[r+1]-1 (the last entry is `count`). Files are
   * usually sorted by meter, so there are about as many runs as meters, and
   * a build picks its houses' readings run by run instead of reading by reading.
   */
  runStart: Int32Array;
}

export interface ReadingsParsed {
  part: ReadingsPart;
  minReadAt: number;
  maxReadAt: number;
  /** Numbered as the part's lines (add part.lineOffset). */
  issues: RowIssue[];
  /** What the range tells about where the next one starts; null for a whole file. */
  report: RangeReport | null;
}

/** One access_events file as columns (door and credential indexes into this file's own dictionaries). */
export interface AccessParsed extends AccessPart {
  issues: RowIssue[];
}

export interface BuiltMatrix {
  kind: MeterKind;
  /** Rows houseLo..houseHi-1 of the kind's matrix (house-major, `days` cells each). */
  values: Float32Array;
  flags: Uint8Array;
}

export interface MatricesBuilt {
  matrices: BuiltMatrix[];
  /** Readings the consumption engine refused, in meter order, by file and line. */
  readingErrors: { fileIdx: number; line: number; meterIdx: number; reason: string }[];
}

export type JobResult = ReadingsParsed | AccessParsed | MatricesBuilt;

/** A FileProblem crosses the thread boundary as plain data and is rebuilt on the other side. */
export interface JobFailure {
  fileProblem: { file: string; line: number; column: string | null; reason: string } | null;
  message: string;
  stack?: string;
}

export type WorkerReply = { id: number; ok: true; result: JobResult } | { id: number; ok: false; error: JobFailure };
export type WorkerRequest = { id: number; job: Job } | InitMessage;
