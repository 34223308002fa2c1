// Import status: the batches (one per file per run), their counts, and the
// rows each one rejected — where `sentinel import` tells users to look.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { COUNTED_TABLES, IMPORT_BATCH_STATUSES, type Database, type ImportBatch } from '@sentinel/db';
import { getImportBatch, importStatus, listImportBatches, listRejectedRows } from '@sentinel/services';
import { TABLE_NAMES } from '@sentinel/ingest';
import { serviceContext } from '../plugins/auth.ts';
import { PageQuery } from '../schemas.ts';

const Batch = Type.Object({
  id: Type.Integer(),
  table: Type.Union(TABLE_NAMES.map((t) => Type.Literal(t))),
  file: Type.String(),
  sha256: Type.String(),
  sizeBytes: Type.Integer(),
  status: Type.Union(IMPORT_BATCH_STATUSES.map((s) => Type.Literal(s)), { description: 'imported 已导入 / unchanged 无变化 / failed 失败' }),
  rowsRead: Type.Integer({ description: '读取行数' }),
  rowsImported: Type.Integer({ description: '有效行数（新增+更新+已存在）' }),
  rowsNew: Type.Integer(),
  rowsUpdated: Type.Integer(),
  rowsRejected: Type.Integer({ description: '被拒行数' }),
  warnings: Type.Integer(),
  warningSamples: Type.Array(Type.String()),
  error: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const RejectedRow = Type.Object({
  id: Type.Integer(),
  file: Type.String(),
  line: Type.Integer({ description: '文件中的行号（从 1 开始；0 表示整个文件）' }),
  column: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  raw: Type.Union([Type.String(), Type.Null()]),
});

const Status = Type.Object({
  counts: Type.Object(Object.fromEntries(COUNTED_TABLES.map((t) => [t, Type.Integer()]))),
  lastBatch: Type.Union([Batch, Type.Null()]),
});

function toBody(b: ImportBatch) {
  return {
    id: b.id, table: b.table, file: b.file, sha256: b.sha256, sizeBytes: b.sizeBytes, status: b.status,
    rowsRead: b.rowsRead, rowsImported: b.rowsImported, rowsNew: b.rowsNew, rowsUpdated: b.rowsUpdated,
    rowsRejected: b.rowsRejected, warnings: b.warnings, warningSamples: b.warningSamples, error: b.error,
    startedAt: b.startedAt.toISOString(), finishedAt: b.finishedAt ? b.finishedAt.toISOString() : null,
  };
}

const errors = { 400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } } as const;

export function importRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/status', {
      schema: { tags: ['imports'], summary: '导入状态：各表行数与最近一批', response: { 200: Status, 401: errors[401], 403: errors[403] } },
    }, async (request) => {
      const { counts, lastBatch } = await importStatus({ ctx: serviceContext(request, db, now) });
      return { counts, lastBatch: lastBatch ? toBody(lastBatch) : null };
    });

    app.get('/', {
      schema: {
        tags: ['imports'], summary: '导入批次列表（最新在前）',
        querystring: Type.Object(PageQuery),
        response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(Batch) }), ...errors },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listImportBatches({ ctx: serviceContext(request, db, now), input: { limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows.map(toBody) };
    });

    app.get('/:id', {
      schema: {
        tags: ['imports'], summary: '单个导入批次', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: Batch, ...errors },
      },
    }, async (request) => {
      return toBody(await getImportBatch({ ctx: serviceContext(request, db, now), input: { id: request.params.id } }));
    });

    app.get('/:id/rejected', {
      schema: {
        tags: ['imports'], summary: '某批次被拒的行（按行号）',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        querystring: Type.Object(PageQuery),
        response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(RejectedRow) }), ...errors },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listRejectedRows({ ctx: serviceContext(request, db, now), input: { batchId: request.params.id, limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows.map((r) => ({ id: r.id, file: r.file, line: r.line, column: r.column, reason: r.reason, raw: r.raw })) };
    });
  };
}
