// Streams a table to disk in big chunks, with backpressure, in the encoding a
// real export would use (UTF-8, UTF-8 with BOM, or GB18030 as many Chinese
// government systems write). Readings run to hundreds of megabytes, so
// nothing is held in memory beyond one chunk.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

export type TableEncoding = 'utf8' | 'utf8-bom' | 'gb18030';

const CHUNK_CHARS = 1 << 20;

export class TableWriter {
  private readonly stream: WriteStream;
  private buffer = '';
  private failure: Error | null = null;
  /** Data rows written (callers count; header excluded). */
  rows = 0;
  bytes = 0;

  constructor(readonly path: string, private readonly encoding: TableEncoding = 'utf8') {
    this.stream = createWriteStream(path);
    this.stream.on('error', (err) => { this.failure = err; });
    if (encoding === 'utf8-bom') this.buffer = '\ufeff';
  }

  /** Appends text; flushes (awaiting drain) once a chunk is full. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const bytes = this.encoding === 'gb18030' ? iconv.encode(this.buffer, 'gb18030') : Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    this.bytes += bytes.length;
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }
}
