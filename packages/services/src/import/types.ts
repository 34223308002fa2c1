// What an import reports, file by file, and the progress it announces.
import type { ImportBatchStatus } from '@sentinel/db';
import type { DateWindow, RowIssue, TableName } from '@sentinel/ingest';

export interface FileImportReport {
  table: TableName;
  /** As shown to users: `houses.csv`, `readings/2026-01.csv`. */
  file: string;
  path: string;
  batchId: number;
  status: Exclude<ImportBatchStatus, 'running'>;
  rowsRead: number;
  /** Valid rows (new, updated, or already present); rowsImported + rowsRejected = rowsRead. */
  rowsImported: number;
  rowsNew: number;
  rowsUpdated: number;
  rowsRejected: number;
  warnings: number;
  /** The first rejected rows (all of them are in rejected_rows under batchId). */
  firstRejected: RowIssue[];
  warningSamples: string[];
  /** For 'unchanged' files skipped by checksum: the batch that loaded the same content. */
  sameAsBatchId: number | null;
  error: string | null;
  durationMs: number;
  /** Readings files: meters whose daily consumption was computed while this file loaded. */
  consumptionMeters: number;
  readingErrors: number;
}

export interface ConsumptionReport {
  /** Meters recomputed from the database after the files (their readings changed). */
  meters: number;
  /** Meters computed while their (first) readings loaded. */
  inlineMeters: number;
  readingErrors: number;
  durationMs: number;
}

export interface DatasetImportReport {
  dir: string;
  /** Every file of the dataset, in import order, each attempted in its own batch (a failed one does not stop the others). */
  files: FileImportReport[];
  /** The files whose batch failed (status 'failed', nothing of them kept). */
  failed: FileImportReport[];
  consumption: ConsumptionReport;
  durationMs: number;
}

export type ImportProgress =
  | { kind: 'file-start'; table: TableName; file: string; bytesTotal: number }
  | { kind: 'file-progress'; table: TableName; file: string; bytesDone: number; bytesTotal: number }
  | { kind: 'file-merge'; table: TableName; file: string }
  | { kind: 'file-done'; report: FileImportReport }
  | { kind: 'consumption-progress'; metersDone: number; metersTotal: number };

export interface ImportDatasetOptions {
  /** Re-read files even when the same content (sha256) was imported before. */
  force?: boolean;
  onProgress?: (event: ImportProgress) => void;
  /** Rows of COPY text per round trip are grouped to about this many bytes; default 4 MiB. */
  copyChunkBytes?: number;
  /** Plausible dates of readings, door events, complaints and inspections; default dateWindow() (2000-01-01 to tomorrow). */
  dateWindow?: DateWindow;
}
