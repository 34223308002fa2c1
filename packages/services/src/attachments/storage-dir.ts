// Where attachment files live unless told otherwise: <SENTINEL_DATA_DIR or ./data>/attachments.
// One place, shared by the server (uploads, downloads) and the retention job (removals).
import path from 'node:path';

export function defaultAttachmentsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SENTINEL_DATA_DIR || './data', 'attachments');
}
