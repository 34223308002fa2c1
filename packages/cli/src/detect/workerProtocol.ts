// Messages between the dataset loader and its parse workers (parseWorker.ts).
// A readings file is parsed by one worker, which keeps the readings and later
// builds that file's daily matrices itself, so only the (small) matrices cross
// threads; access files come back as columns. Typed arrays are transferred.
import type { MeterKind } from '@sentinel/domain';
import type { MeterFacts } from '@sentinel/detection';
import type { RowIssue } from '@sentinel/ingest';
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
  | { type: 'readings'; file: string; fileIdx: number }
  | { type: 'access'; file: string; fileIdx: number }
  /** Daily matrices of the given kinds from this worker's readings of `fileIdx`, cut at untilMs. */
  | { type: 'build'; fileIdx: number; kinds: MeterKind[]; startDay: number; days: number; untilMs: number }
  /** Hand over the raw readings of a file (when one kind is spread over several files). */
  | { type: 'columns'; fileIdx: number };

export interface ReadingsParsed {
  count: number;
  minReadAt: number;
  maxReadAt: number;
  /** Accepted readings per meter kind (water, electricity, gas). */
  kindCounts: Record<MeterKind, number>;
  issues: RowIssue[];
}

/** One access_events file as columns (door and credential indexes into this file's own dictionaries). */
export interface AccessParsed extends AccessPart {
  issues: RowIssue[];
}

export interface BuiltMatrix {
  kind: MeterKind;
  values: Float32Array;
  flags: Uint8Array;
}

export interface MatricesBuilt {
  matrices: BuiltMatrix[];
  /** Readings the consumption engine refused, by line of the file. */
  readingErrors: { line: number; reason: string }[];
}

export interface ReadingsColumnsOut {
  count: number;
  meterIdx: Int32Array;
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
  line: Int32Array;
}

export type JobResult = ReadingsParsed | AccessParsed | MatricesBuilt | ReadingsColumnsOut;

/** A FileProblem crosses the thread boundary as plain data and is rebuilt on the other side. */
export interface JobFailure {
  fileProblem: { file: string; line: number; column: string | null; reason: string } | null;
  message: string;
  stack?: string;
}

export type WorkerReply = { id: number; ok: true; result: JobResult } | { id: number; ok: false; error: JobFailure };
export type WorkerRequest = { id: number; job: Job } | InitMessage;
