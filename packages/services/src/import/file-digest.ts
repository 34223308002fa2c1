// sha256 of a file, streamed: identifies "the same file again" without reading rows.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FileDigest {
  sha256: string;
  sizeBytes: number;
}

export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  const { size } = await stat(path);
  return { sha256: hash.digest('hex'), sizeBytes: size };
}
