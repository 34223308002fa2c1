// Uploads stream to disk (issue 13: a 190 MB "video" took the server from
// 581 to 912 MB): the service reads its source chunk by chunk, stops at the
// first chunk over the cap, leaves no file behind and writes nothing to the
// database. An endless source proves it never waits for the whole file.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { contentPath, ServiceError, storeAttachmentStream } from '../../src/index.ts';
import { clockAt, ctxFor, photoDir, seedHouses } from './fixtures.ts';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];

/** Every file under `dir`, at any depth (the store shards by the hash's first two characters). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/** A JPEG that never ends, counting what the consumer pulled. */
function endlessJpeg(chunkBytes: number): { source: AsyncIterable<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  async function* gen(): AsyncGenerator<Uint8Array> {
    const first = new Uint8Array(chunkBytes);
    first.set(JPEG_HEAD);
    pulled += first.length;
    yield first;
    for (;;) {
      pulled += chunkBytes;
      yield new Uint8Array(chunkBytes).fill(0x41);
    }
  }
  return { source: gen(), pulled: () => pulled };
}

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = sizes.length > 0 ? sizes[i % sizes.length] : bytes.length;
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

describeEachEngine('attachments stream to disk under a cap (services)', (engine) => {
  let db: Database;
  const clock = clockAt('2026-03-02T09:00:00+08:00');
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 2);
  });
  afterAll(async () => db.close());

  const rows = async (): Promise<number> => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM attachments')).rows[0].n);
  const uploads = async (): Promise<number> =>
    Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'attachment.upload'")).rows[0].n);

  it('stops an endless upload at the cap: 413 in Chinese, no file left, nothing in the database', async () => {
    const dir = await photoDir();
    const before = { rows: await rows(), uploads: await uploads() };
    const cap = 256 * 1024;
    const chunk = 16 * 1024;
    const { source, pulled } = endlessJpeg(chunk);
    const err = await storeAttachmentStream({ ctx: ctxFor(db, clock, 'committee'), input: { houseId: 'H1', source }, storage: { dir }, limits: { maxBytes: cap } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe('attachment.too_large');
    expect((err as ServiceError).message).toContain('文件过大');
    expect((err as ServiceError).message).toContain('256 KB');
    // It read one chunk past the cap, never the whole (endless) file.
    expect(pulled()).toBeLessThanOrEqual(cap + chunk);
    expect(await filesUnder(dir)).toEqual([]);
    expect({ rows: await rows(), uploads: await uploads() }).toEqual(before);
  });

  it('refuses an unknown type and a house out of the jurisdiction before writing anything', async () => {
    const dir = await photoDir();
    const exe = await storeAttachmentStream({
      ctx: ctxFor(db, clock, 'committee'), input: { houseId: 'H1', source: [Buffer.from('MZ\x90\x00 not a photo at all')] }, storage: { dir },
    }).catch((e: unknown) => e);
    expect((exe as ServiceError).code).toBe('attachment.unsupported_type');
    const { source, pulled } = endlessJpeg(1024);
    const other = await storeAttachmentStream({ ctx: ctxFor(db, clock, 'committee', 'other'), input: { houseId: 'H1', source }, storage: { dir } })
      .catch((e: unknown) => e);
    expect((other as ServiceError).code).toBe('auth.out_of_jurisdiction');
    expect(pulled()).toBe(0);
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('for any content and any way it is cut into chunks: stored whole under its hash when within the cap, refused leaving nothing when over', async () => {
    const dir = await photoDir();
    const committee = ctxFor(db, clock, 'committee');
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ minLength: 0, maxLength: 3000 }),
      fc.array(fc.integer({ min: 1, max: 700 }), { maxLength: 6 }),
      fc.integer({ min: 1, max: 3100 }),
      async (tail, sizes, cap) => {
        const bytes = new Uint8Array([...JPEG_HEAD, ...tail]);
        const before = await rows();
        const result = await storeAttachmentStream({ ctx: committee, input: { houseId: 'H2', source: chunked(bytes, sizes) }, storage: { dir }, limits: { maxBytes: cap } })
          .catch((e: unknown) => e);
        if (bytes.length <= cap) {
          if (result instanceof Error) throw result;
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          expect(result).toMatchObject({ sha256, mime: 'image/jpeg', sizeBytes: bytes.length });
          expect(new Uint8Array(await readFile(contentPath({ dir }, sha256)))).toEqual(bytes);
          expect(await rows()).toBe(before + 1);
        } else {
          expect((result as ServiceError).code).toBe('attachment.too_large');
          expect(await rows()).toBe(before);
        }
        // Never a temporary file left, whatever happened.
        expect((await filesUnder(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      },
    ), { numRuns: 25 });
  });
});
