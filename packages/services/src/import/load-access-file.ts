// Loads one door-access file (a year of a pilot compound is ~1M events) inside
// the caller's transaction: columnar chunks from the reader (door and
// credential ids interned, house ids resolved) -> COPY text -> staging table ->
// one INSERT ... SELECT ... ON CONFLICT DO NOTHING on the natural key.
import { ACCESS_METHODS } from '@sentinel/domain';
import { accessEventsStaging, copyText } from '@sentinel/db';
import { KeyInterner, readAccessColumnar } from '@sentinel/ingest';
import type { LoadContext, LoadCounts } from './load-row-file.ts';
import { openStagedCopy } from './staged-copy.ts';

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
  const copy = await openStagedCopy(ctx, accessEventsStaging);
  // Escaped once per distinct id, not once per event.
  const doorText: string[] = [];
  const credentialText: string[] = [];
  const houseText = lookup.houseIds.map(copyText);
  let rowsRead = 0;
  let rowsAccepted = 0;
  for await (const c of readAccessColumnar(path, lookup.houseIndex, { doors: lookup.doors, credentials: lookup.credentials, dateWindow: ctx.dateWindow })) {
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
      const sending = copy.push(line);
      if (sending) await sending;
    }
  }
  // Events are only ever added (ON CONFLICT DO NOTHING): none is updated.
  return { rowsRead, rowsAccepted, ...(await copy.finish()), updated: 0 };
}
