// Staff upload a data file (CSV/XLSX) from the web: it is imported as its own
// batch by the same import as the CLI and the inbox (importOneFile), and the
// answer carries the batch, whose rejected rows the page then lists. New data
// queues a detection run, as the inbox does.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Database } from '@sentinel/services';
import { TABLE_NAMES } from '@sentinel/domain';
import { UploadResult, lit } from '@sentinel/contract';
import { importOneFile, requirePermission, type JobKind } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorRef, errorResponses } from '../schemas.ts';
import { HttpProblem } from '../errors.ts';

export interface JobsHandle {
  enqueue(kind: JobKind, payload: Record<string, unknown>): Promise<number | null>;
  readonly inbox: string | null;
}

/** Folder names the importer shows in file names (readings/…, access_events/…). */
const FOLDER: Partial<Record<string, string>> = { readings: 'readings', access_events: 'access_events' };

/** The largest data file staff may upload from the web (the CLI and the inbox read any size). */
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function uploadRoutes(db: Database, now: () => number, jobs: JobsHandle | null, maxBytes = MAX_IMPORT_BYTES): FastifyPluginAsyncTypebox {
  return async (app) => {
    // The parser cuts the file off at the cap and discards the rest of the
    // request (it never buffers it): the file on disk stops at the cap, is
    // found truncated below and deleted with its folder, and nothing is imported.
    await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 2 } });
    app.post('/upload', {
      schema: {
        tags: ['imports'], summary: '上传数据文件导入（multipart：字段 table 在前，字段 file）', consumes: ['multipart/form-data'],
        querystring: Type.Object({ table: lit(TABLE_NAMES) }),
        response: { 200: UploadResult, 413: errorRef, ...errorResponses },
      },
    }, async (request) => {
      const ctx = serviceContext(request, db, now);
      requirePermission(ctx, 'import.upload');
      const part = await request.file();
      if (!part) throw new HttpProblem(400, 'validation', '缺少文件（multipart 字段 file）');
      const name = path.basename(part.filename || 'upload.csv');
      if (!/\.(csv|xlsx)$/i.test(name)) throw new HttpProblem(400, 'validation', `文件 ${name} 不是 CSV 或 XLSX`);
      const table = request.query.table;
      const dir = await mkdtemp(path.join(tmpdir(), 'sentinel-upload-'));
      try {
        const folder = path.join(dir, FOLDER[table] ?? '');
        await mkdir(folder, { recursive: true });
        const file = path.join(folder, name);
        await pipeline(part.file, createWriteStream(file));
        if (part.file.truncated) throw new HttpProblem(413, 'payload_too_large', `文件 ${name} 超过 ${sizeText(maxBytes)}，未导入`);
        const r = await importOneFile(db, table, file);
        const changed = r.rowsNew + r.rowsUpdated > 0;
        const detectionJob = changed && jobs ? await jobs.enqueue('detection.run', { reason: 'upload', batchId: r.batchId }) : null;
        return {
          table, file: r.file, batchId: r.batchId, status: r.status, rowsRead: r.rowsRead, rowsNew: r.rowsNew, rowsUpdated: r.rowsUpdated,
          rowsRejected: r.rowsRejected, error: r.error, detectionJob,
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  };
}
