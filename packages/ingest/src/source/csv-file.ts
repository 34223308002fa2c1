// Opens a CSV file as a stream of byte chunks, after deciding its encoding
// from the first chunk (and dropping a UTF-8 BOM). Turns every IO failure
// into a FileProblem naming the file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
