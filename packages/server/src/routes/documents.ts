// Paper and spreadsheets: the five documents of a case (DOCX / PDF, numbered),
// the admin's templates, bulletins (通报), the annual assessment (考核) and
// XLSX exports of the case, house and rejected-row lists. Permissions,
// jurisdiction and audit rows are the services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { DOCUMENT_KINDS } from '@sentinel/domain';
import { Assessment, Bulletin, BULLETIN_FORMATS, BulletinQuery, CaseFilter, DocumentIssuerSetting, DocumentIssuerT, DocumentKindT, HouseFilter, Id, IssuedDocument, TemplateView } from '@sentinel/contract';
import {
  downloadCaseDocument, exportBulletin, issueBulletin, exportCases, exportHouses, exportRejectedRows, getAssessment, getBulletin, getDocumentTemplate, issueCaseDocument,
  listCaseDocuments, listDocumentIssuers, listDocumentTemplates, resetDocumentTemplate, saveDocumentIssuer, saveDocumentTemplate,
  type BulletinFormat, type DocumentFormat,
} from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { sendFile } from '../reply.ts';
import { errorResponses, fileResponses, mutable } from '../schemas.ts';

export function documentRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    const CaseParams = Type.Object({ caseId: Id({ minLength: 1 }) });
    app.get('/cases/:caseId/documents', {
      schema: { tags: ['documents'], summary: '本案已出具的文书（文号、发文机关、出具人）', params: CaseParams, response: { 200: Type.Array(IssuedDocument), ...errorResponses } },
    }, async (request) => mutable(await listCaseDocuments({ ctx: ctxOf(request), input: { caseId: request.params.caseId } })));

    app.post('/cases/:caseId/documents/:kind', {
      schema: {
        tags: ['documents'],
        summary: '出具案件文书（附件 1-5）：取文号并保存文书；已出具的再次出具不取新号，返回原文书',
        params: Type.Object({ caseId: Id({ minLength: 1 }), kind: DocumentKindT }),
        response: { 200: IssuedDocument, 201: IssuedDocument, ...errorResponses },
      },
    }, async (request, reply) => {
      const issued = await issueCaseDocument({ ctx: ctxOf(request), input: { caseId: request.params.caseId, kind: request.params.kind } });
      return reply.code(issued.created ? 201 : 200).send(mutable(issued));
    });

    app.get('/cases/:caseId/documents/:file', {
      schema: {
        tags: ['documents'],
        summary: '下载已出具的案件文书（docx 或 pdf；同一文号、同一内容；无权查看的人员姓名脱敏，未脱敏即留痕）',
        params: Type.Object({
          caseId: Id({ minLength: 1 }),
          file: Type.String({ maxLength: 64, pattern: `^(${DOCUMENT_KINDS.join('|')})\\.(docx|pdf)$`, description: '<kind>.<docx|pdf>，如 rectification_notice.pdf' }),
        }),
        response: fileResponses,
      },
    }, async (request, reply) => {
      const [kind, format] = request.params.file.split('.') as [string, DocumentFormat];
      const doc = await downloadCaseDocument({ ctx: ctxOf(request), input: { caseId: request.params.caseId, kind, format } });
      return sendFile(reply.header('x-document-number', encodeURIComponent(doc.documentNumber)), doc);
    });

    app.get('/admin/document-issuers', {
      schema: { tags: ['documents'], summary: '各类文书的发文机关（管理员；本街道）', response: { 200: Type.Array(DocumentIssuerSetting), ...errorResponses } },
    }, async (request) => mutable(await listDocumentIssuers({ ctx: ctxOf(request) })));

    app.put('/admin/document-issuers/:kind', {
      schema: {
        tags: ['documents'], summary: '设置一类文书的发文机关（街道办事处或综合执法队；居委会只负责送达）',
        params: Type.Object({ kind: DocumentKindT }), body: Type.Object({ issuer: DocumentIssuerT }),
        response: { 200: Type.Array(DocumentIssuerSetting), ...errorResponses },
      },
    }, async (request) => mutable(await saveDocumentIssuer({ ctx: ctxOf(request), input: { kind: request.params.kind, issuer: request.body.issuer } })));

    const KindParams = Type.Object({ kind: DocumentKindT });
    app.get('/admin/templates', {
      schema: { tags: ['documents'], summary: '五类文书的模板（管理员；按附件 1-5 顺序）', response: { 200: Type.Array(TemplateView), ...errorResponses } },
    }, async (request) => mutable(await listDocumentTemplates({ ctx: ctxOf(request) })));

    app.delete('/admin/templates/:kind', {
      schema: { tags: ['documents'], summary: '恢复系统默认模板（管理员；留痕）', params: KindParams, response: { 200: TemplateView, ...errorResponses } },
    }, async (request) => mutable(await resetDocumentTemplate({ ctx: ctxOf(request), input: { kind: request.params.kind } })));

    app.get('/admin/templates/:kind', {
      schema: { tags: ['documents'], summary: '文书模板（管理员；未编辑时为系统默认模板）', params: KindParams, response: { 200: TemplateView, ...errorResponses } },
    }, async (request) => mutable(await getDocumentTemplate({ ctx: ctxOf(request), input: { kind: request.params.kind } })));

    app.put('/admin/templates/:kind', {
      schema: {
        tags: ['documents'], summary: '保存文书模板（管理员；先校验，错误逐条列出 JSON 路径）', params: KindParams,
        body: Type.Object({}, { additionalProperties: true, description: 'sentinel-document-template/1 格式的模板 JSON' }),
        response: { 200: TemplateView, ...errorResponses },
      },
    }, async (request) => mutable(await saveDocumentTemplate({ ctx: ctxOf(request), input: { kind: request.params.kind, template: request.body } })));

    app.get('/bulletins', {
      schema: { tags: ['documents'], summary: '工作通报数据（辖区内；统计期两端都含）', querystring: BulletinQuery, response: { 200: Bulletin, ...errorResponses } },
    }, async (request) => mutable(await getBulletin({ ctx: ctxOf(request), input: request.query })));

    app.post('/bulletins/issue', {
      schema: {
        tags: ['documents'], summary: '出具工作通报：以街道办事处名义取文号并保存；同一统计期和范围再次出具不取新号',
        body: BulletinQuery, response: { 200: Bulletin, 201: Bulletin, ...errorResponses },
      },
    }, async (request, reply) => {
      const { created, ...result } = await issueBulletin({ ctx: ctxOf(request), input: request.body });
      return reply.code(created ? 201 : 200).send(mutable(result));
    });

    for (const format of BULLETIN_FORMATS satisfies readonly BulletinFormat[]) {
      app.get(`/bulletins.${format}`, {
        schema: { tags: ['documents'], summary: `工作通报（${format.toUpperCase()}）`, querystring: BulletinQuery, response: fileResponses },
      }, async (request, reply) => sendFile(reply, await exportBulletin({ ctx: ctxOf(request), input: { ...request.query, format } })));
    }

    app.get('/assessment', {
      schema: {
        tags: ['documents'], summary: '年度考核扣分（居委会、物业；每项扣分附案件依据）',
        querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2999, description: '考核年度' }) }),
        response: { 200: Assessment, ...errorResponses },
      },
    }, async (request) => mutable(await getAssessment({ ctx: ctxOf(request), input: { year: request.query.year } })));

    app.get('/cases/export.xlsx', {
      schema: {
        tags: ['cases'], summary: '导出案件列表（XLSX，中文表头；与 /api/cases 同一辖区与筛选条件）',
        querystring: CaseFilter,
        response: fileResponses,
      },
    }, async (request, reply) => {
      const { state, houseId, mine, overdue } = request.query;
      return sendFile(reply, await exportCases({ ctx: ctxOf(request), input: { states: state, houseId, mine, overdue } }));
    });

    app.get('/houses/export.xlsx', {
      schema: {
        tags: ['houses'], summary: '导出房屋列表（XLSX，中文表头；与 /api/houses 同一辖区与筛选条件）',
        querystring: HouseFilter,
        response: fileResponses,
      },
    }, async (request, reply) => {
      const { neighborhood, community, q } = request.query;
      return sendFile(reply, await exportHouses({ ctx: ctxOf(request), input: { neighborhood, community, search: q } }));
    });

    app.get('/imports/:id/rejected/export.xlsx', {
      schema: {
        tags: ['imports'], summary: '导出导入批次的被拒行（XLSX，中文表头）',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: fileResponses,
      },
    }, async (request, reply) => sendFile(reply, await exportRejectedRows({ ctx: ctxOf(request), input: { batchId: request.params.id } })));
  };
}
