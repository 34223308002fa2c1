// 预警列表导出（XLSX）: the same alerts as GET /api/alerts — the latest
// succeeded run, inside the user's jurisdiction, the same filters — as one
// workbook with Chinese headers, for subdistricts that still circulate lists
// as spreadsheets. Permission and scope come from the services' listAlerts.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AlertListRow, Database } from '@sentinel/db';
import { ALERT_LIST_COLUMNS, toXlsx, type XlsxColumn, type XlsxRow } from '@sentinel/documents';
import { listAlerts } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { ALERT_LEVELS, errorResponses, lit } from './loop-schemas.ts';

/** A whole district is a few tens of thousands of houses: one sheet holds them all. */
const EXPORT_LIMIT = 100_000;

/** The documents' alert columns plus 小区, which the cockpit filters on. */
const COLUMNS: readonly XlsxColumn[] = ALERT_LIST_COLUMNS.flatMap((c) =>
  c.key === 'neighborhood' ? [c, { key: 'community', header: '小区', width: 14 }] : [c]);

/** API row → the contract's field names that ALERT_LIST_COLUMNS is keyed by. */
function toRow(a: AlertListRow): XlsxRow {
  return {
    rank: a.rank, house_id: a.houseId, address: a.address, neighborhood: a.neighborhood, community: a.community,
    score: a.score, level: a.level, onset_date: a.onsetDay, estimated_occupants: a.estimatedOccupants, reasons: a.reasons.join('；'),
  };
}

export function alertsExportRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/alerts/export.xlsx', {
      schema: {
        tags: ['detection'], summary: '导出今日预警（XLSX，中文表头；与 /api/alerts 同一辖区与筛选条件）',
        querystring: Type.Object({
          level: Type.Optional(Type.Array(lit(ALERT_LEVELS, '红 red / 黄 yellow / 绿 green'), { description: '预警等级，可多选' })),
          neighborhood: Type.Optional(Type.String({ description: '居民区' })),
          community: Type.Optional(Type.String({ description: '小区' })),
          minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: '最低分值' })),
        }),
        response: { ...errorResponses },
      },
    }, async (request, reply) => {
      const { level, neighborhood, community, minScore } = request.query;
      const res = await listAlerts({
        ctx: serviceContext(request, db, now),
        input: { levels: level, neighborhood, community, minScore, limit: EXPORT_LIMIT, offset: 0 },
      });
      const asOf = res.run?.asOfDay ?? '无检测';
      const body = await toXlsx({ sheetName: `预警 ${asOf}`, columns: COLUMNS, rows: res.items.map(toRow) });
      const filename = `预警列表-${asOf}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="alerts-${asOf}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .send(body);
    });
  };
}
