// Where attachment files live unless told otherwise: <data dir>/attachments.
// The configuration (SENTINEL_ATTACHMENTS_DIR) passes its own choice.
import path from 'node:path';

export function defaultAttachmentsDir(dataDir = './data'): string {
  return path.resolve(dataDir, 'attachments');
}
