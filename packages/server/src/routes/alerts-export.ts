// 预警列表导出（XLSX）: the same alerts as GET /api/alerts — the latest
// succeeded run, inside the user's jurisdiction, the same filters — as one
// workbook with Chinese headers (services' exportAlerts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { AlertFilter } from '@sentinel/contract';
import { exportAlerts } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { sendFile } from '../reply.ts';
import { fileResponses } from '../schemas.ts';

export function alertsExportRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/alerts/export.xlsx', {
      schema: {
        tags: ['detection'], summary: '导出今日预警（XLSX，中文表头；与 /api/alerts 同一辖区与筛选条件）',
        querystring: AlertFilter,
        response: fileResponses,
      },
    }, async (request, reply) => {
      const { level, neighborhood, community, minScore } = request.query;
      return sendFile(reply, await exportAlerts({ ctx: serviceContext(request, db, now), input: { levels: level, neighborhood, community, minScore } }));
    });
  };
}
