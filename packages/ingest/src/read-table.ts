// readTable: any table of the dataset, CSV or XLSX, as batches of typed rows
// plus the issues found, with every data row accounted for (accepted, or
// rejected with exactly one error issue).
import { displayName } from './format.ts';
import { FileProblem } from './errors.ts';
import { textRecords } from './source/records.ts';
import { resolveHeader, type HeaderMap } from './tables/header.ts';
import { dateWindow, type DateWindow } from './tables/date-window.ts';
import { RowBuilder, type RowSink } from './tables/row-builder.ts';
import { anySpec, type RowOf } from './tables/specs.ts';
import type { RowIssue, TableName } from './types.ts';

export interface RefSets {
  houseIds?: ReadonlySet<string>;
  meterIds?: ReadonlySet<string>;
}

export interface TableBatch<T> {
  rows: T[];
  /** lines[i] = 1-based line where rows[i] starts. */
  lines: number[];
  issues: RowIssue[];
  /** Every data row seen in this batch, accepted or rejected. */
  rowsRead: number;
}

export interface ReadTableOptions {
  refs?: RefSets;
  /** Rows read (accepted or not) per batch; default 10,000. */
  batchSize?: number;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Plausible dates of timestamp columns; default dateWindow() (2000-01-01 to tomorrow). */
  dateWindow?: DateWindow;
}

const newSink = (): RowSink => ({ rows: [], lines: [], issues: [], rowsRead: 0 });

export async function* readTable<N extends TableName>(
  file: string, table: N, opts: ReadTableOptions = {},
): AsyncGenerator<TableBatch<RowOf<N>>> {
  const spec = anySpec(table);
  const name = displayName(file);
  const batchSize = Math.max(1, opts.batchSize ?? 10_000);
  let header: HeaderMap | null = null;
  let builder: RowBuilder | null = null;
  let sink = newSink();
  let yielded = false;
  // The builder's rows are plain records filled from the spec's columns, which
  // the spec's mapped type ties to RowOf<N> field for field.
  const typed = (s: RowSink): TableBatch<RowOf<N>> => s as unknown as TableBatch<RowOf<N>>;

  for await (const records of textRecords(file, name, spec, opts.onProgress)) {
    const ready: RowSink[] = [];
    for (const rec of records) {
      if (builder === null) {
        if (rec.reject !== null) throw new FileProblem(name, rec.line, null, `表头无法读取：${rec.reject}`);
        header = resolveHeader(spec, rec.fields, name, rec.line);
        builder = new RowBuilder(spec, header, name, opts.refs ?? {}, opts.dateWindow ?? dateWindow());
        sink.issues.push(...header.warnings);
        continue;
      }
      builder.add(rec, sink);
      if (sink.rowsRead >= batchSize) {
        ready.push(sink);
        sink = newSink();
      }
    }
    for (const b of ready) {
      yielded = true;
      yield typed(b);
    }
  }
  if (header === null) throw new FileProblem(name, 0, null, '文件为空：没有表头行');
  if (!yielded || sink.rowsRead > 0 || sink.issues.length > 0) yield typed(sink);
}
