export * from './types.ts';
export { FileProblem } from './errors.ts';
export { formatIssue, displayName } from './format.ts';
export { locateDataset, type DatasetFiles } from './locate.ts';
export { readTable, type RefSets, type TableBatch, type ReadTableOptions } from './read-table.ts';
export { readReadingsColumnar, type ReadingChunk, type ReadReadingsOptions } from './readings-columnar.ts';
export { tableSpec, type RowOf, type TableSpec } from './tables/specs.ts';
export type { ColumnDef, ColumnType } from './tables/columns.ts';
export * from './address/index.ts';
