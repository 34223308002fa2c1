// Viewing a photo or video of on-site verification. The pictures show people
// and the inside of their home, so they are personal data: every read that
// hands the bytes out is logged (who, role, which attachment of which house
// and case, when, why), like revealing a party's identity. A refused read
// throws before anything is written, as every other refusal does.
import { readFile } from 'node:fs/promises';
import { getAttachment, getCaseRow, type AttachmentRow } from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';
import { houseInScope } from '../cases/house-access.ts';
import { contentPath, type AttachmentStorage } from './store-attachment.ts';
import { requireOwnTask, seesHouseholdDetail } from '../auth/property-view.ts';

/** Audit action of one successful attachment read. */
export const ATTACHMENT_VIEW_ACTION = 'attachment.view';
const DEFAULT_PURPOSE = '查看现场照片或视频';

export interface ReadAttachmentInput {
  readonly id: string;
  /** The house the caller asked under (URL); an attachment of another house is "not found". */
  readonly houseId?: string;
  /** Why (查看目的); a default is logged when the caller gives none, as for the household file. */
  readonly purpose?: string;
}

export interface AttachmentContent {
  readonly mime: string;
  readonly bytes: Buffer;
}

/** A property company sees the photos it took and those of the tasks assigned to it, no other. */
async function requireOwnAttachment(ctx: ServiceContext, row: AttachmentRow): Promise<void> {
  if (seesHouseholdDetail(ctx) || row.uploadedById === ctx.user.id) return;
  const caseRow = row.caseId ? await getCaseRow(ctx.db, row.caseId) : null;
  if (!caseRow) throw outOfJurisdiction(`附件 ${row.id}（非本单位上传）`);
  requireOwnTask(ctx, caseRow);
}

/**
 * The bytes of an attachment the user may see (its house in the jurisdiction),
 * with one `attachment.view` audit row per call: a caller serving one HTTP
 * request calls it once, whatever part of the file it then sends.
 */
export async function readAttachment({ ctx, input, storage }: { ctx: ServiceContext; input: ReadAttachmentInput; storage: AttachmentStorage }): Promise<AttachmentContent> {
  requirePermission(ctx, 'household.view');
  const row = await getAttachment(ctx.db, input.id);
  if (!row || !row.houseId || (input.houseId !== undefined && row.houseId !== input.houseId)) throw notFound(`附件 ${input.id}`);
  await houseInScope(ctx.db, ctx, row.houseId);
  await requireOwnAttachment(ctx, row);
  // The file is read before the row is written: a read that fails (file
  // missing on disk) hands nothing out and logs nothing. No transaction around
  // the file read: on embedded PGlite it would hold every other query up for
  // as long as a 200 MB video takes to load; the single INSERT is atomic.
  const bytes = await readFile(contentPath(storage, row.sha256));
  await recordAudit(ctx.db, ctx, {
    action: ATTACHMENT_VIEW_ACTION, targetKind: 'house', targetId: row.houseId,
    purpose: input.purpose?.trim() || DEFAULT_PURPOSE,
    detail: { attachmentId: row.id, caseId: row.caseId, mime: row.mime },
  });
  return { mime: row.mime, bytes };
}
