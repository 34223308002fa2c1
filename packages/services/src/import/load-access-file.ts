// Loads one door-access file (a year of a pilot compound is ~1M events) inside
// the caller's transaction: columnar chunks from the reader (door and
// credential ids interned, house ids resolved) -> COPY text -> staging table ->
// one INSERT ... SELECT ... ON CONFLICT DO NOTHING on the natural key.
import { ACCESS_METHODS } from '@sentinel/domain';
import { accessEventsStaging, copyText, CopyChunker } from '@sentinel/db';
import { KeyInterner, readAccessColumnar } from '@sentinel/ingest';
import { CopyPipe } from './copy-pipe.ts';
import type { LoadContext, LoadCounts } from './load-row-file.ts';

/** House ids and their positions, built once per import, and the dictionaries shared by the monthly files. */
export interface AccessLookup {
  houseIndex: ReadonlyMap<string, number>;
  houseIds: readonly string[];
  doors: KeyInterner;
  credentials: KeyInterner;
}

export function accessLookup(houseIds: ReadonlySet<string>): AccessLookup {
  const ids = [...houseIds];
  return { houseIndex: new Map(ids.map((id, i) => [id, i])), houseIds: ids, doors: new KeyInterner(), credentials: new KeyInterner() };
}

export async function loadAccessFile(ctx: LoadContext, path: string, lookup: AccessLookup): Promise<LoadCounts> {
  const t0 = performance.now();
  await ctx.session.exec(accessEventsStaging.createSql);
  const pipe = new CopyPipe(ctx.session, accessEventsStaging.name, accessEventsStaging.columns);
  const chunker = new CopyChunker(ctx.copyChunkBytes);
  // Escaped once per distinct id, not once per event.
  const doorText: string[] = [];
  const credentialText: string[] = [];
  const houseText = lookup.houseIds.map(copyText);
  let rowsRead = 0;
  let rowsAccepted = 0;
  for await (const c of readAccessColumnar(path, lookup.houseIndex, { doors: lookup.doors, credentials: lookup.credentials })) {
    rowsRead += c.rowsRead;
    rowsAccepted += c.count;
    await ctx.issues.add(c.issues);
    for (let i = 0; i < c.count; i++) {
      const d = c.doorIdx[i];
      const k = c.credentialIdx[i];
      const h = c.houseIdx[i];
      const m = c.method[i];
      const door = doorText[d] ??= copyText(lookup.doors.keys[d]);
      const credential = credentialText[k] ??= copyText(lookup.credentials.keys[k]);
      const line = `${c.eventAt[i]}\t${door}\t${credential}\t${h < 0 ? '\\N' : houseText[h]}\t${m < 0 ? '\\N' : ACCESS_METHODS[m]}\t${c.lines[i]}`;
      const chunk = chunker.push(line);
      if (chunk !== null) await pipe.send(chunk);
    }
  }
  const last = chunker.take();
  if (last !== null) await pipe.send(last);
  await pipe.drain();
  await ctx.issues.flush();
  const t1 = performance.now();
  ctx.onMerge?.();
  const merged = await accessEventsStaging.merge(ctx.session, ctx.batchId);
  return { rowsRead, rowsAccepted, inserted: merged.inserted, updated: 0, loadMs: t1 - t0, mergeMs: performance.now() - t1 };
}
