// Import status: the batches (one per file per run), their counts, and the
// rows each one rejected — where `sentinel import` tells users to look.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { ImportBatch, ImportStatus, PageQuery, Paged, RejectedRow } from '@sentinel/contract';
import { getImportBatch, importStatus, listImportBatches, listRejectedRows } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function importRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/status', {
      schema: { tags: ['imports'], summary: '导入状态：各表行数与最近一批', response: { 200: ImportStatus, 401: errorResponses[401], 403: errorResponses[403] } },
    }, async (request) => {
      const { counts, lastBatch } = await importStatus({ ctx: serviceContext(request, db, now) });
      return { counts, lastBatch };
    });

    app.get('/', {
      schema: {
        tags: ['imports'], summary: '导入批次列表（最新在前）',
        querystring: Type.Object(PageQuery),
        response: { 200: Paged(ImportBatch), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listImportBatches({ ctx: serviceContext(request, db, now), input: { limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows };
    });

    app.get('/:id', {
      schema: {
        tags: ['imports'], summary: '单个导入批次', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: ImportBatch, ...errorResponses },
      },
    }, async (request) => {
      return getImportBatch({ ctx: serviceContext(request, db, now), input: { id: request.params.id } });
    });

    app.get('/:id/rejected', {
      schema: {
        tags: ['imports'], summary: '某批次被拒的行（按行号）',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        querystring: Type.Object(PageQuery),
        response: { 200: Paged(RejectedRow), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listRejectedRows({ ctx: serviceContext(request, db, now), input: { batchId: request.params.id, limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows };
    });
  };
}
