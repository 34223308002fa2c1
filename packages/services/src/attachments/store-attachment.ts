// Upload a photo or video of a dwelling (and optionally of a case). The bytes
// are stored once per content (SHA-256 path), written to a temporary name and
// renamed, so a half-written file is never served.
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCaseRow, insertAttachment } from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, notFound, ServiceError } from '../errors.ts';
import { newId } from '../ids.ts';
import { houseInScope } from '../cases/house-access.ts';
import { maxBytesFor, sniffType, type AttachmentType } from './sniff.ts';

export interface AttachmentStorage {
  /** Folder holding the content-addressed files. */
  readonly dir: string;
}

export interface StoreAttachmentInput {
  readonly houseId: string;
  readonly caseId?: string | null;
  readonly bytes: Uint8Array;
  readonly originalName?: string | null;
}

export interface StoredAttachment {
  readonly id: string;
  readonly sha256: string;
  readonly mime: AttachmentType;
  readonly sizeBytes: number;
}

export function contentPath(storage: AttachmentStorage, sha256: string): string {
  return join(storage.dir, sha256.slice(0, 2), sha256);
}

async function writeOnce(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await stat(path);
    return; // same content already stored
  } catch {
    // not there yet
  }
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

export async function storeAttachment({ ctx, input, storage }: { ctx: ServiceContext; input: StoreAttachmentInput; storage: AttachmentStorage }): Promise<StoredAttachment> {
  requirePermission(ctx, 'case.transition');
  const mime = sniffType(input.bytes);
  if (!mime) throw new ServiceError('attachment.unsupported_type', '只接受 JPEG、PNG、WebP、HEIC 照片或 MP4、MOV 视频。');
  if (input.bytes.length === 0) throw invalidInput('文件为空。 (empty file)');
  if (input.bytes.length > maxBytesFor(mime)) throw new ServiceError('attachment.too_large', `文件过大：${mime} 最大 ${maxBytesFor(mime) / 1024 / 1024} MB。`);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return ctx.db.transaction(async (tx) => {
    await houseInScope(tx, ctx, input.houseId);
    if (input.caseId) {
      const c = await getCaseRow(tx, input.caseId);
      if (!c || c.houseId !== input.houseId) throw notFound(`本房屋的案件 ${input.caseId}`);
    }
    const path = contentPath(storage, sha256);
    await mkdir(join(storage.dir, sha256.slice(0, 2)), { recursive: true });
    await writeOnce(path, input.bytes);
    const id = newId('att');
    await insertAttachment(tx, {
      id, sha256, mime, sizeBytes: input.bytes.length, originalName: input.originalName?.slice(0, 200) ?? null, houseId: input.houseId,
      caseId: input.caseId ?? null, uploadedAt: new Date(ctx.now()), uploadedById: ctx.user.id,
    });
    await recordAudit(tx, ctx, { action: 'attachment.upload', targetKind: 'house', targetId: input.houseId, detail: { attachmentId: id, sha256, mime } });
    return { id, sha256, mime, sizeBytes: input.bytes.length };
  });
}
