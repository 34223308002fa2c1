// 一户一档: the household file, its people (masked; reveal with a purpose),
// and its photos and videos (multipart upload streamed to disk, content-addressed storage).
import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { HouseholdFile, Id, Items, NewPartyBody, Party, Purpose, StoredAttachment } from '@sentinel/contract';
import { addParty, getHouseholdFile, readAttachment, revealParties, storeAttachmentStream, invalidInput, type AttachmentStorage } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorRef, errorResponses, mutable } from '../schemas.ts';

const HouseId = Type.Object({ houseId: Id({ minLength: 1 }) });

/** The largest video the services accept (maxBytesFor); photos are capped lower there. */
const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

/**
 * `maxBytes` lowers the cap of every upload (tests use a small one); the
 * services enforce the cap of the sniffed type while the bytes stream in.
 */
export function householdRoutes(db: Database, now: () => number, storage: AttachmentStorage, maxBytes = MAX_ATTACHMENT_BYTES): FastifyPluginAsyncTypebox {
  return async (app) => {
    // One byte over the cap: the multipart parser only cuts a file off (it
    // never fails it), so the service must see the byte that makes it too large.
    await app.register(multipart, { limits: { fileSize: Math.min(maxBytes, MAX_ATTACHMENT_BYTES) + 1, files: 1 } });
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/:houseId', {
      schema: {
        tags: ['households'], summary: '一户一档（人员信息脱敏；查看留痕）', params: HouseId,
        querystring: Type.Object({ purpose: Type.Optional(Purpose()) }),
        response: { 200: HouseholdFile, ...errorResponses },
      },
    }, async (request) => {
      const file = await getHouseholdFile({ ctx: ctxOf(request), input: { houseId: request.params.houseId, purpose: request.query.purpose } });
      return mutable({ ...file, complaints: file.complaints.map((c) => ({ ...c, receivedAt: c.receivedAt.toISOString() })) });
    });

    app.post('/:houseId/parties', {
      schema: {
        tags: ['households'], summary: '登记业主、二房东或租户（最少个人信息：姓名、电话、证件末 4 位）', params: HouseId,
        body: NewPartyBody,
        response: { 201: Party, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await addParty({ ctx: ctxOf(request), input: { houseId: request.params.houseId, ...request.body } }))));

    app.post('/:houseId/parties/reveal', {
      schema: {
        tags: ['households'], summary: '查看未脱敏的人员信息（须填写目的，记录谁、何时、看了什么、为何）', params: HouseId,
        body: Type.Object({ purpose: Purpose(2) }),
        response: { 200: Items(Party), ...errorResponses },
      },
    }, async (request) => ({ items: mutable(await revealParties({ ctx: ctxOf(request), input: { houseId: request.params.houseId, purpose: request.body.purpose } })) }));

    app.post('/:houseId/attachments', {
      schema: {
        tags: ['households'], summary: '上传现场照片或视频（multipart 字段 file；可选字段 caseId）', params: HouseId, consumes: ['multipart/form-data'],
        response: { 201: StoredAttachment, 413: errorRef, 415: errorRef, ...errorResponses },
      },
    }, async (request, reply) => {
      const ctx = ctxOf(request);
      const part = await request.file();
      if (!part) throw invalidInput('请选择要上传的文件（字段 file）。');
      const caseField = part.fields.caseId;
      const caseId = caseField && !Array.isArray(caseField) && caseField.type === 'field' ? String(caseField.value) : null;
      let stored;
      try {
        // Not destroyed when the service stops reading (a destroyed part stalls the
        // parser): what it refused is drained below and discarded, so the client
        // gets its 413 or 415 once it has sent the rest, as HTTP clients expect.
        const source = part.file.iterator({ destroyOnReturn: false });
        stored = await storeAttachmentStream({
          ctx, input: { houseId: request.params.houseId, caseId, source, originalName: part.filename }, storage, limits: { maxBytes },
        });
      } catch (err) {
        part.file.resume();
        throw err;
      }
      return reply.status(201).send(stored);
    });

    app.get('/:houseId/attachments/:attachmentId', {
      schema: {
        tags: ['households'], summary: '查看、下载照片或视频（查看留痕：每次请求记一条审计）', params: Type.Object({ houseId: Id(), attachmentId: Id() }),
        querystring: Type.Object({ purpose: Type.Optional(Purpose()) }),
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
