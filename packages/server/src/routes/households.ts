// 一户一档: the household file, its people (masked; reveal with a purpose),
// and its photos and videos (multipart upload, content-addressed storage).
import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { addParty, getHouseholdFile, readAttachment, revealParties, storeAttachment, invalidInput, type AttachmentStorage } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { CaseT, ChecklistT, errorResponses, INTERVIEW_PARTIES, lit, mutable, Nullable, PartyT } from './loop-schemas.ts';

const HouseId = Type.Object({ houseId: Type.String({ minLength: 1 }) });
const N = Nullable;
const HouseFacts = Type.Object({
  houseId: Type.String(), subdistrict: Type.String(), neighborhood: Type.String(), community: Type.String(), building: Type.String(), unit: N(Type.String()),
  room: Type.String(), address: Type.String(), areaM2: Type.Number(), bedrooms: Type.Integer(), livingRooms: N(Type.Integer()), registeredResidents: N(Type.Integer()),
  isRental: N(Type.Boolean()), rentalFiled: N(Type.Boolean()), lat: N(Type.Number()), lon: N(Type.Number()),
});
const HouseholdFileT = Type.Object({
  house: HouseFacts,
  labels: Type.Array(Type.Object({ label: Type.String(), labelText: Type.String(), caseId: N(Type.String()), setAt: Type.String(), removedAt: N(Type.String()) })),
  parties: Type.Array(PartyT),
  meters: Type.Array(Type.Object({
    meterId: Type.String(), kind: Type.String(), unit: Type.String(), installedAt: N(Type.String()), removedAt: N(Type.String()), startDay: N(Type.String()),
    days: Type.Integer(), measuredDays: Type.Integer(), total: N(Type.Number()), last30DailyMean: N(Type.Number()), readingErrors: Type.Integer(),
  })),
  alerts: Type.Array(Type.Object({ caseId: Type.String(), openedAt: Type.String(), score: Type.Number(), level: Type.String(), reasons: Type.Array(Type.String()), runId: N(Type.String()) })),
  complaints: Type.Array(Type.Object({ ticketId: Type.String(), receivedAt: Type.String(), channel: Type.String(), category: N(Type.String()), content: N(Type.String()) })),
  cases: Type.Array(CaseT),
  inspections: Type.Array(Type.Object({
    source: Type.String(), caseId: N(Type.String()), at: Type.String(), result: Type.String(), occupants: N(Type.Integer()), checklist: N(ChecklistT),
    verdict: N(Type.String()), notes: N(Type.String()),
  })),
  notices: Type.Array(Type.Object({ caseId: Type.String(), caseNumber: Type.String(), kind: Type.String(), kindLabel: Type.String(), servedAt: Type.String(), photoIds: Type.Array(Type.String()) })),
  attachments: Type.Array(Type.Object({ id: Type.String(), mime: Type.String(), sizeBytes: Type.Integer(), caseId: N(Type.String()), uploadedAt: Type.String() })),
});

export function householdRoutes(db: Database, now: () => number, storage: AttachmentStorage): FastifyPluginAsyncTypebox {
  return async (app) => {
    // 200 MB: the largest video the services accept; photos are checked lower there.
    await app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1 } });
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/:houseId', {
      schema: {
        tags: ['households'], summary: '一户一档（人员信息脱敏；查看留痕）', params: HouseId,
        querystring: Type.Object({ purpose: Type.Optional(Type.String({ description: '查看目的' })) }),
        response: { 200: HouseholdFileT, ...errorResponses },
      },
    }, async (request) => {
      const file = await getHouseholdFile({ ctx: ctxOf(request), input: { houseId: request.params.houseId, purpose: request.query.purpose } });
      return mutable({ ...file, complaints: file.complaints.map((c) => ({ ...c, receivedAt: c.receivedAt.toISOString() })) });
    });

    app.post('/:houseId/parties', {
      schema: {
        tags: ['households'], summary: '登记业主、二房东或租户（最少个人信息：姓名、电话、证件末 4 位）', params: HouseId,
        body: Type.Object({ kind: lit(INTERVIEW_PARTIES), name: Type.String({ minLength: 1, maxLength: 40 }), phone: Type.Optional(N(Type.String())), idLast4: Type.Optional(N(Type.String())) }),
        response: { 201: PartyT, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await addParty({ ctx: ctxOf(request), input: { houseId: request.params.houseId, ...request.body } }))));

    app.post('/:houseId/parties/reveal', {
      schema: {
        tags: ['households'], summary: '查看未脱敏的人员信息（须填写目的，记录谁、何时、看了什么、为何）', params: HouseId,
        body: Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 200 }) }),
        response: { 200: Type.Object({ items: Type.Array(PartyT) }), ...errorResponses },
      },
    }, async (request) => ({ items: mutable(await revealParties({ ctx: ctxOf(request), input: { houseId: request.params.houseId, purpose: request.body.purpose } })) }));

    app.post('/:houseId/attachments', {
      schema: {
        tags: ['households'], summary: '上传现场照片或视频（multipart 字段 file；可选字段 caseId）', params: HouseId, consumes: ['multipart/form-data'],
        response: { 201: Type.Object({ id: Type.String(), sha256: Type.String(), mime: Type.String(), sizeBytes: Type.Integer() }), 413: { $ref: 'ErrorBody#' }, 415: { $ref: 'ErrorBody#' }, ...errorResponses },
      },
    }, async (request, reply) => {
      const ctx = ctxOf(request);
      const part = await request.file();
      if (!part) throw invalidInput('请选择要上传的文件（字段 file）。 (file missing)');
      const bytes = await part.toBuffer();
      const caseField = part.fields.caseId;
      const caseId = caseField && !Array.isArray(caseField) && caseField.type === 'field' ? String(caseField.value) : null;
      const stored = await storeAttachment({ ctx, input: { houseId: request.params.houseId, caseId, bytes, originalName: part.filename }, storage });
      return reply.status(201).send(stored);
    });

    app.get('/:houseId/attachments/:attachmentId', {
      schema: {
        tags: ['households'], summary: '查看、下载照片或视频（查看留痕：每次请求记一条审计）', params: Type.Object({ houseId: Type.String(), attachmentId: Type.String() }),
        querystring: Type.Object({ purpose: Type.Optional(Type.String({ maxLength: 200, description: '查看目的' })) }),
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errorResponses },
      },
    }, async (request, reply) => {
      // One call per request: the audit row counts this request once.
      const { houseId, attachmentId } = request.params;
      const file = await readAttachment({ ctx: ctxOf(request), input: { id: attachmentId, houseId, purpose: request.query.purpose }, storage });
      // no-store: a photo of someone's home stays off shared office computers'
      // disk caches, and every view comes back here, where it is logged.
      return reply.type(file.mime).header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store').send(file.bytes);
    });
  };
}
