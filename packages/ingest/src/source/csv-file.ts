// Opens a CSV file as a stream of byte chunks, after deciding its encoding
// from the first chunk (and dropping a UTF-8 BOM). Turns every IO failure
// into a FileProblem naming the file.
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { EncodingState, hasUtf8Bom, looksLikeUtf16, sniffEncoding, UTF8_BOM_LENGTH } from '../encoding/detect.ts';
import { FileProblem } from '../errors.ts';

export const CHUNK_BYTES = 1 << 20;

export interface CsvChunk {
  chunk: Buffer;
  /** Bytes to skip at the start of this chunk (the BOM of the first one). */
  skip: number;
  /** Shared by all chunks of the file; decided by the first chunk or the first non-ASCII record. */
  encoding: EncodingState;
  bytesDone: number;
  bytesTotal: number;
}

export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个文件夹，不是文件';
  return `无法读取文件（${(err as Error).message}）`;
}

export async function fileSize(file: string, name: string): Promise<number> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new FileProblem(name, 0, null, ioReason({ code: 'EISDIR' }));
    return st.size;
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(name, 0, null, ioReason(err));
  }
}

export async function* csvChunks(file: string, name: string): AsyncGenerator<CsvChunk> {
  const total = await fileSize(file, name);
  if (total === 0) throw new FileProblem(name, 0, null, '文件为空（0 字节），没有表头');
  const encoding = new EncodingState();
  let first = true;
  let done = 0;
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const data of stream) {
      const chunk = data as Buffer;
      done += chunk.length;
      let skip = 0;
      if (first) {
        first = false;
        if (looksLikeUtf16(chunk)) {
          throw new FileProblem(name, 0, null, '文件是 UTF-16 编码，请另存为 UTF-8 或 GBK 的 CSV');
        }
        if (hasUtf8Bom(chunk)) skip = UTF8_BOM_LENGTH;
        encoding.file = sniffEncoding(chunk.subarray(skip), done >= total);
      }
      yield { chunk, skip, encoding, bytesDone: done, bytesTotal: total };
    }
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(name, 0, null, ioReason(err));
  } finally {
    stream.destroy();
  }
}

/** A part of a file, in bytes: [start, end). */
export interface ByteRange {
  start: number;
  end: number;
}

/** One item of csvRangeChunks: `head` marks the file's first chunk handed over only so the header can be read. */
export interface CsvRangeChunk extends CsvChunk {
  head: boolean;
}

/**
 * Like csvChunks, for the bytes [range.start, range.end) of a file, so one big
 * file can be parsed by several threads. The encoding (and BOM, and the UTF-16
 * refusal) is decided from the file's first chunk exactly as csvChunks does;
 * a range that does not start at 0 first gets that chunk with `head: true`
 * (to read the header from), then its own bytes. Chunks are cut at the same
 * absolute offsets (multiples of CHUNK_BYTES) as csvChunks' stream, so the
 * scanner sees a record's bytes arrive the same way in both.
 */
export async function* csvRangeChunks(file: string, name: string, range: ByteRange): AsyncGenerator<CsvRangeChunk> {
  const total = await fileSize(file, name);
  if (total === 0) throw new FileProblem(name, 0, null, '文件为空（0 字节），没有表头');
  const end = Math.min(range.end, total);
  const encoding = new EncodingState();
  let handle: FileHandle | null = null;
  const readAt = async (pos: number, len: number): Promise<Buffer> => {
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await (handle as FileHandle).read(buf, got, len - got, pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got < len ? buf.subarray(0, got) : buf;
  };
  try {
    handle = await open(file, 'r');
    const head = await readAt(0, Math.min(CHUNK_BYTES, total));
    if (looksLikeUtf16(head)) throw new FileProblem(name, 0, null, '文件是 UTF-16 编码，请另存为 UTF-8 或 GBK 的 CSV');
    const skip = hasUtf8Bom(head) ? UTF8_BOM_LENGTH : 0;
    encoding.file = sniffEncoding(head.subarray(skip), head.length >= total);
    let pos = range.start;
    if (pos === 0) {
      const first = head.length > end ? head.subarray(0, end) : head;
      pos = first.length;
      yield { chunk: first, skip, encoding, bytesDone: pos, bytesTotal: total, head: false };
    } else {
      yield { chunk: head, skip, encoding, bytesDone: pos, bytesTotal: total, head: true };
    }
    while (pos < end) {
      const next = Math.min(end, (Math.floor(pos / CHUNK_BYTES) + 1) * CHUNK_BYTES);
      const chunk = await readAt(pos, next - pos);
      if (chunk.length === 0) break;
      pos += chunk.length;
      yield { chunk, skip: 0, encoding, bytesDone: pos, bytesTotal: total, head: false };
    }
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    throw new FileProblem(name, 0, null, ioReason(err));
  } finally {
    await handle?.close();
  }
}
