// The baselines: the same readings, already in COPY text form, COPYed
// (1) into a table exactly like `readings` (same columns, same primary key),
// and (2) into a bare table that is indexed afterwards — the textbook fastest
// "load, then index". No parsing, no validation, no derived data.
import { createReadStream } from 'node:fs';
import type { Database } from '@sentinel/db';

/** Whole lines of a COPY text file in chunks of about `bytes`. */
async function* lineChunks(path: string, bytes: number): AsyncGenerator<string> {
  let carry = '';
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: bytes })) {
    const text = carry + (piece as string);
    const cut = text.lastIndexOf('\n') + 1;
    carry = text.slice(cut);
    if (cut > 0) yield text.slice(0, cut);
  }
  if (carry.length > 0) yield `${carry}\n`;
}

export async function rawCopy(db: Database, copyFile: string): Promise<Record<string, unknown>> {
  const columns = ['meter_ref', 'read_at', 'value', 'estimated', 'import_batch_id', 'source_line'];
  await db.exec('DROP TABLE IF EXISTS readings_raw; CREATE TABLE readings_raw (LIKE readings INCLUDING ALL)');
  let t = performance.now();
  const rows = await db.copyRows('readings_raw', columns, lineChunks(copyFile, 4 << 20));
  const pkMs = performance.now() - t;
  await db.exec('DROP TABLE readings_raw; CREATE TABLE readings_raw (LIKE readings INCLUDING DEFAULTS)');
  t = performance.now();
  await db.copyRows('readings_raw', columns, lineChunks(copyFile, 4 << 20));
  const bareMs = performance.now() - t;
  await db.exec('CREATE INDEX readings_raw_key ON readings_raw (meter_ref, read_at)');
  const bareIndexMs = performance.now() - t;
  await db.exec('DROP TABLE readings_raw');
  return { rows, pkMs, bareMs, bareIndexMs };
}
