// Imports (数据导入): batches, one per file per run, and the rows they rejected.
import { Type, type Static } from '@sinclair/typebox';
import { IMPORT_BATCH_STATUSES, TABLE_NAMES } from '@sentinel/domain';
import { DateTime, lit, Nullable } from './kit.ts';

export const ImportBatch = Type.Object({
  id: Type.Integer(),
  table: lit(TABLE_NAMES),
  file: Type.String(),
  sha256: Type.String(),
  sizeBytes: Type.Integer(),
  status: lit(IMPORT_BATCH_STATUSES, 'imported 已导入 / unchanged 无变化 / failed 失败'),
  rowsRead: Type.Integer({ description: '读取行数' }),
  rowsImported: Type.Integer({ description: '有效行数（新增+更新+已存在）' }),
  rowsNew: Type.Integer(),
  rowsUpdated: Type.Integer(),
  rowsRejected: Type.Integer({ description: '被拒行数' }),
  warnings: Type.Integer(),
  warningSamples: Type.Array(Type.String()),
  error: Nullable(Type.String()),
  startedAt: DateTime(),
  finishedAt: Nullable(DateTime()),
});
export type ImportBatch = Static<typeof ImportBatch>;

export const RejectedRow = Type.Object({
  id: Type.Integer(),
  file: Type.String(),
  line: Type.Integer({ description: '文件中的行号（从 1 开始；0 表示整个文件）' }),
  column: Nullable(Type.String()),
  reason: Type.String(),
  raw: Nullable(Type.String()),
});
export type RejectedRow = Static<typeof RejectedRow>;

export const ImportStatus = Type.Object({
  counts: Type.Record(Type.String(), Type.Integer(), { description: '各数据表行数（表名 → 行数）' }),
  lastBatch: Nullable(ImportBatch),
});
export type ImportStatus = Static<typeof ImportStatus>;
