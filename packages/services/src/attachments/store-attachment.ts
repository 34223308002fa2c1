// Upload a photo or video of a dwelling (and optionally of a case). The bytes
// are streamed to a temporary file next to the store while they are hashed,
// counted and their type read from the first bytes, so memory stays flat
// whatever the size (a 200 MB video used to be held whole, twice). The size cap
// of the sniffed type is enforced while streaming: at the first byte over it
// the temporary file is deleted and nothing reaches the database. A complete
// file is renamed to its content address (SHA-256), so a half-written file is
// never served, and the same content is stored once.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
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

/** Whether this content is stored already (same bytes, same name). */
async function existing(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const SNIFF_BYTES = 12;

export interface StoreAttachmentLimits {
  /** A lower cap than the type's (maxBytesFor) for every upload; tests set a small one. */
  readonly maxBytes?: number;
}

interface Spooled { readonly tmp: string; readonly mime: AttachmentType; readonly sizeBytes: number; readonly sha256: string }

function tooLarge(mime: AttachmentType, cap: number): ServiceError {
  const mb = cap / 1024 / 1024;
  return new ServiceError('attachment.too_large', `文件过大：${mime} 最大 ${mb >= 1 ? `${Math.floor(mb)} MB` : `${Math.ceil(cap / 1024)} KB`}，未保存。`);
}

/** Writes one chunk and waits until it is on its way to disk: at most one chunk is ever held. */
function writeChunk(out: WriteStream, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));
}

/** A write stream, closed (its descriptor released) before the file is removed. */
async function closed(out: WriteStream | null): Promise<void> {
  if (!out || out.closed) return;
  const done = once(out, 'close');
  out.destroy();
  await done;
}

/** The source of an upload: chunks as they arrive (or one chunk already in memory). */
export type UploadSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Streams `source` into a temporary file in `dir`: sniffs the type from the
 * first bytes (refusing an unknown one before writing anything), hashes and
 * counts as it goes, and stops at the first chunk that takes the size over
 * the cap. On any refusal or error the temporary file is gone.
 */
async function spool(source: UploadSource, dir: string, limits: StoreAttachmentLimits): Promise<Spooled> {
  const tmp = join(dir, `upload-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  const st: { mime: AttachmentType | null; out: WriteStream | null; cap: number; size: number } = { mime: null, out: null, cap: 0, size: 0 };
  const write = async (bytes: Uint8Array): Promise<void> => {
    st.size += bytes.length;
    if (st.mime && st.size > st.cap) throw tooLarge(st.mime, st.cap);
    hash.update(bytes);
    if (!st.out) {
      st.out = createWriteStream(tmp, { flags: 'wx' });
      st.out.on('error', () => {}); // every error also reaches a write's or end's callback
    }
    await writeChunk(st.out, bytes);
  };
  const start = async (head: Buffer): Promise<void> => {
    st.mime = sniffType(head);
    if (!st.mime) throw new ServiceError('attachment.unsupported_type', '只接受 JPEG、PNG、WebP、HEIC 照片或 MP4、MOV 视频。');
    st.cap = Math.min(maxBytesFor(st.mime), limits.maxBytes ?? Number.POSITIVE_INFINITY);
    await write(head);
  };
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of source) {
      if (chunk.length === 0) continue;
      if (st.mime) {
        await write(chunk);
      } else {
        // The type needs the first 12 bytes, which a tiny first chunk may not hold.
        head = Buffer.concat([head, chunk]);
        if (head.length >= SNIFF_BYTES) await start(head);
      }
    }
    if (!st.mime && head.length > 0) await start(head);
    const { mime, out } = st;
    if (!mime || !out) throw invalidInput('文件为空。');
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    return { tmp, mime, sizeBytes: st.size, sha256: hash.digest('hex') };
  } catch (err) {
    await closed(st.out);
    await rm(tmp, { force: true });
    throw err;
  }
}

export interface StoreAttachmentStreamInput extends Omit<StoreAttachmentInput, 'bytes'> {
  /** The file's bytes as they arrive (an HTTP multipart part, a file stream). */
  readonly source: UploadSource;
}

/**
 * Stores an upload from a stream. Permission and the house's jurisdiction are
 * checked before a byte is read (nobody fills the disk for a house they may
 * not touch); the caller discards whatever it did not read when this throws.
 */
export async function storeAttachmentStream({ ctx, input, storage, limits = {} }: {
  ctx: ServiceContext; input: StoreAttachmentStreamInput; storage: AttachmentStorage; limits?: StoreAttachmentLimits;
}): Promise<StoredAttachment> {
  requirePermission(ctx, 'case.transition');
  await houseInScope(ctx.db, ctx, input.houseId);
  await mkdir(storage.dir, { recursive: true });
  const file = await spool(input.source, storage.dir, limits);
  const { sha256, mime, sizeBytes } = file;
  try {
    return await ctx.db.transaction(async (tx) => {
      await houseInScope(tx, ctx, input.houseId);
      if (input.caseId) {
        const c = await getCaseRow(tx, input.caseId);
        if (!c || c.houseId !== input.houseId) throw notFound(`本房屋的案件 ${input.caseId}`);
      }
      const path = contentPath(storage, sha256);
      await mkdir(join(storage.dir, sha256.slice(0, 2)), { recursive: true });
      if (!(await existing(path))) await rename(file.tmp, path);
      const id = newId('att');
      await insertAttachment(tx, {
        id, sha256, mime, sizeBytes, originalName: input.originalName?.slice(0, 200) ?? null, houseId: input.houseId,
        caseId: input.caseId ?? null, uploadedAt: new Date(ctx.now()), uploadedById: ctx.user.id,
      });
      await recordAudit(tx, ctx, { action: 'attachment.upload', targetKind: 'house', targetId: input.houseId, detail: { attachmentId: id, sha256, mime } });
      return { id, sha256, mime, sizeBytes };
    });
  } finally {
    await rm(file.tmp, { force: true }); // already renamed, or refused in the transaction
  }
}

/** Stores an upload already in memory (demo seed, tests): the same path as a stream of one chunk. */
export async function storeAttachment({ ctx, input, storage, limits }: {
  ctx: ServiceContext; input: StoreAttachmentInput; storage: AttachmentStorage; limits?: StoreAttachmentLimits;
}): Promise<StoredAttachment> {
  const { bytes, ...rest } = input;
  return storeAttachmentStream({ ctx, input: { ...rest, source: [bytes] }, storage, limits });
}
