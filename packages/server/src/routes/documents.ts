// Paper and spreadsheets: the five documents of a case (DOCX / PDF, numbered),
// the admin's templates, bulletins (通报), the annual assessment (考核) and
// XLSX exports of the case, house and rejected-row lists. Permissions,
// jurisdiction and audit rows are the services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Database } from '@sentinel/db';
import { DOCUMENT_KINDS } from '@sentinel/documents';
import {
  exportBulletin, exportCases, exportHouses, exportRejectedRows, generateCaseDocument, getAssessment, getBulletin, getDocumentTemplate, saveDocumentTemplate,
  type BulletinFormat, type DocumentFormat, type GeneratedFile,
} from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { CASE_STATES, errorResponses, lit, mutable, Nullable } from './loop-schemas.ts';
import { AssessmentT, BulletinT, TemplateViewT } from './document-schemas.ts';

const Binary = { type: 'string', format: 'binary', description: '文件内容' } as const;
const fileResponses = { 200: Binary, 422: { $ref: 'ErrorBody#' }, 503: { $ref: 'ErrorBody#' }, ...errorResponses } as const;

/** Content-Disposition with an ASCII fallback and the Chinese name (RFC 5987 / 6266). */
export function contentDisposition(file: Pick<GeneratedFile, 'filename' | 'asciiFilename'>): string {
  const ascii = file.asciiFilename.replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;
}

function sendFile(reply: FastifyReply, file: GeneratedFile): FastifyReply {
  return reply.header('content-type', file.mime).header('content-disposition', contentDisposition(file)).header('cache-control', 'no-store').send(file.bytes);
}

const PeriodQuery = Type.Object({
  from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '统计起始日（含）' }),
  to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '统计截止日（含）' }),
  neighborhood: Type.Optional(Type.String({ description: '只统计一个居民区' })),
});

export function documentRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/cases/:caseId/documents/:file', {
      schema: {
        tags: ['documents'],
        summary: '生成案件文书（附件 1-5；docx 或 pdf；自动编文号；人员姓名按角色脱敏，未脱敏即留痕）',
        params: Type.Object({
          caseId: Type.String({ minLength: 1 }),
          file: Type.String({ pattern: `^(${DOCUMENT_KINDS.join('|')})\\.(docx|pdf)$`, description: '<kind>.<docx|pdf>，如 rectification_notice.pdf' }),
        }),
        response: fileResponses,
      },
    }, async (request, reply) => {
      const [kind, format] = request.params.file.split('.') as [string, DocumentFormat];
      const doc = await generateCaseDocument({ ctx: ctxOf(request), input: { caseId: request.params.caseId, kind, format } });
      return sendFile(reply.header('x-document-number', encodeURIComponent(doc.documentNumber)), doc);
    });

    const KindParams = Type.Object({ kind: lit(DOCUMENT_KINDS, '文书类型') });
    app.get('/admin/templates/:kind', {
      schema: { tags: ['documents'], summary: '文书模板（管理员；未编辑时为系统默认模板）', params: KindParams, response: { 200: TemplateViewT, ...errorResponses } },
    }, async (request) => mutable(await getDocumentTemplate({ ctx: ctxOf(request), input: { kind: request.params.kind } })));

    app.put('/admin/templates/:kind', {
      schema: {
        tags: ['documents'], summary: '保存文书模板（管理员；先校验，错误逐条列出 JSON 路径）', params: KindParams,
        body: Type.Object({}, { additionalProperties: true, description: 'sentinel-document-template/1 格式的模板 JSON' }),
        response: { 200: TemplateViewT, ...errorResponses },
      },
    }, async (request) => mutable(await saveDocumentTemplate({ ctx: ctxOf(request), input: { kind: request.params.kind, template: request.body } })));

    app.get('/bulletins', {
      schema: { tags: ['documents'], summary: '工作通报数据（辖区内；统计期两端都含）', querystring: PeriodQuery, response: { 200: BulletinT, ...errorResponses } },
    }, async (request) => mutable(await getBulletin({ ctx: ctxOf(request), input: request.query })));

    for (const format of ['docx', 'pdf', 'xlsx'] as const satisfies readonly BulletinFormat[]) {
      app.get(`/bulletins.${format}`, {
        schema: { tags: ['documents'], summary: `工作通报（${format.toUpperCase()}）`, querystring: PeriodQuery, response: fileResponses },
      }, async (request, reply) => sendFile(reply, await exportBulletin({ ctx: ctxOf(request), input: { ...request.query, format } })));
    }

    app.get('/assessment', {
      schema: {
        tags: ['documents'], summary: '年度考核扣分（居委会、物业；每项扣分附案件依据）',
        querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2999, description: '考核年度' }) }),
        response: { 200: AssessmentT, ...errorResponses },
      },
    }, async (request) => mutable(await getAssessment({ ctx: ctxOf(request), input: { year: request.query.year } })));

    app.get('/cases/export.xlsx', {
      schema: {
        tags: ['cases'], summary: '导出案件列表（XLSX，中文表头；与 /api/cases 同一辖区与筛选条件）',
        querystring: Type.Object({
          state: Type.Optional(Type.Array(lit(CASE_STATES))),
          houseId: Type.Optional(Type.String()),
          mine: Type.Optional(Type.Boolean()),
          overdue: Type.Optional(Type.Boolean()),
        }),
        response: fileResponses,
      },
    }, async (request, reply) => {
      const { state, houseId, mine, overdue } = request.query;
      return sendFile(reply, await exportCases({ ctx: ctxOf(request), input: { states: state, houseId, mine, overdue } }));
    });

    app.get('/houses/export.xlsx', {
      schema: {
        tags: ['houses'], summary: '导出房屋列表（XLSX，中文表头；与 /api/houses 同一辖区与筛选条件）',
        querystring: Type.Object({ neighborhood: Type.Optional(Type.String()), community: Type.Optional(Type.String()), q: Type.Optional(Nullable(Type.String())) }),
        response: fileResponses,
      },
    }, async (request, reply) => {
      const { neighborhood, community, q } = request.query;
      return sendFile(reply, await exportHouses({ ctx: ctxOf(request), input: { neighborhood, community, search: q ?? undefined } }));
    });

    app.get('/imports/:id/rejected/export.xlsx', {
      schema: {
        tags: ['imports'], summary: '导出导入批次的被拒行（XLSX，中文表头）',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: fileResponses,
      },
    }, async (request, reply) => sendFile(reply, await exportRejectedRows({ ctx: ctxOf(request), input: { batchId: request.params.id } })));
  };
}
