// Uploads stream to disk with the cap enforced while streaming (issue 13:
// uploads were held in memory, a 190 MB "video" took the server from 581 to
// 912 MB). Every multipart route: photos and videos of a dwelling, and data
// files to import. Over the cap: 413 in Chinese, no file left, nothing in the
// database. Small caps are set for the test through the app's options.
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/test/engines.ts';
import { tempDir } from '../../../test/temp-dir.ts';
import { as, multipartFile, startHarness, type Harness } from './loop/harness.ts';

const CAP = 64 * 1024;
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

/** A multipart body streamed in 16 KB chunks: one file whose content is `head` and then `fill` bytes. */
function streamingUpload(filename: string, head: Buffer, fill: number): { payload: Readable; headers: Record<string, string> } {
  const boundary = '----sentinelstream';
  const chunk = Buffer.alloc(16 * 1024, 0x41);
  let left = fill;
  function* body(): Generator<Buffer> {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    yield head;
    while (left > 0) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      yield part;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return { payload: Readable.from(body(), { objectMode: false }), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
}

const uploadDirs = async (): Promise<Set<string>> => new Set((await readdir(tmpdir())).filter((n) => n.startsWith('sentinel-upload-')));

describeEachEngine('uploads stream to disk under a cap', (engine) => {
  let h: Harness;
  const dir = tempDir('sentinel-stream-att-');
  beforeAll(async () => {
    h = await startHarness(engine, undefined, { attachmentsDir: dir, uploadLimits: { attachmentBytes: CAP, importBytes: CAP } });
  });
  afterAll(async () => h?.close());

  const count = async (sql: string): Promise<number> => Number((await h.db.query<{ n: string }>(sql)).rows[0].n);
  const state = async () => ({
    attachments: await count('SELECT count(*) AS n FROM attachments'),
    uploads: await count("SELECT count(*) AS n FROM audit_log WHERE action = 'attachment.upload'"),
    batches: await count('SELECT count(*) AS n FROM import_batches'),
  });

  it('a photo within the cap is stored (201) and its file is on disk', async () => {
    const { payload, headers } = multipartFile(Buffer.concat([JPEG_HEAD, Buffer.alloc(CAP - 100, 7)]), 'ok.jpg');
    const res = await h.app.inject({ method: 'POST', url: '/api/households/H1/attachments', headers: { ...as(h, 'committee', 'own'), ...headers }, payload });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mime: 'image/jpeg', sizeBytes: CAP - 96 });
    expect(await filesUnder(dir)).toEqual([res.json().sha256]);
  });

  // A stream 32 times the cap: the service stops at the first chunk over it
  // (packages/services/test/closed-loop/attachment-streaming.test.ts proves it
  // on an endless source) and the parser discards the rest.
  it('refuses a photo over the cap with 413 in Chinese, leaving no file and no row', async () => {
    const before = { files: await filesUnder(dir), db: await state() };
    const up = streamingUpload('big.jpg', JPEG_HEAD, 2 * 1024 * 1024);
    const res = await h.app.inject({ method: 'POST', url: '/api/households/H1/attachments', headers: { ...as(h, 'committee', 'own'), ...up.headers }, payload: up.payload });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({ code: 'attachment.too_large', message: expect.stringContaining('文件过大') });
    expect(res.json().message).toContain('64 KB');
    expect({ files: await filesUnder(dir), db: await state() }).toEqual(before);
  });

  it('refuses a data file over the cap with 413 in Chinese, importing nothing and leaving no file', async () => {
    const dirsBefore = await uploadDirs();
    const before = await state();
    const header = Buffer.from('ticket_id,received_at,channel,address\n');
    const up = streamingUpload('big-complaints.csv', header, 3 * CAP);
    const res = await h.app.inject({ method: 'POST', url: '/api/imports/upload?table=complaints', headers: { ...as(h, 'ops_center', 'own'), ...up.headers }, payload: up.payload });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large', message: '文件 big-complaints.csv 超过 64 KB，未导入' });
    expect(await state()).toEqual(before);
    const left = [...(await uploadDirs())].filter((d) => !dirsBefore.has(d));
    expect(left).toEqual([]);
  });

  it('imports a data file within the cap as its own batch', async () => {
    const csv = 'ticket_id,received_at,channel,address\nT-1,2026-03-01T10:00:00+08:00,12345,汾西路261弄12号101室\n';
    const { payload, headers } = multipartFile(Buffer.from(csv), 'complaints.csv');
    const res = await h.app.inject({ method: 'POST', url: '/api/imports/upload?table=complaints', headers: { ...as(h, 'ops_center', 'own'), ...headers }, payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ table: 'complaints', rowsRead: 1 });
  });
});
