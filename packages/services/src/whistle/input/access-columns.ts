// Door-access events as the detector's AccessColumns: one or more parts (one
// per access_events file on the file path, one for the whole table on the
// database path), each with its own door and credential dictionaries, merged
// in order onto shared dictionaries (first appearance wins the lower index).
import type { AccessColumns } from '@sentinel/detection';

export interface AccessPart {
  count: number;
  day: Int32Array;
  minute: Int16Array;
  houseIdx: Int32Array;
  doorIdx: Int32Array;       // into `doors` of this part
  credentialIdx: Int32Array; // into `credentials` of this part
  doors: string[];
  credentials: string[];
  /** Latest event time of the part (UTC ms), -Infinity when empty. */
  maxMs: number;
}

export function mergeAccess(parts: readonly AccessPart[]): { columns: AccessColumns | null; maxMs: number } {
  if (parts.length === 0) return { columns: null, maxMs: Number.NEGATIVE_INFINITY };
  const total = parts.reduce((n, p) => n + p.count, 0);
  const cols: AccessColumns = {
    count: total, day: new Int32Array(total), minute: new Int16Array(total), houseIdx: new Int32Array(total),
    doorIdx: new Int32Array(total), credentialIdx: new Int32Array(total), doors: [],
  };
  const doors = new Map<string, number>();
  const creds = new Map<string, number>();
  const global = (dict: Map<string, number>, keys: string[]): Int32Array => Int32Array.from(keys, (k) => {
    let g = dict.get(k);
    if (g === undefined) dict.set(k, (g = dict.size));
    return g;
  });
  let at = 0;
  let maxMs = Number.NEGATIVE_INFINITY;
  for (const p of parts) {
    const doorMap = global(doors, p.doors);
    const credMap = global(creds, p.credentials);
    cols.day.set(p.day, at);
    cols.minute.set(p.minute, at);
    cols.houseIdx.set(p.houseIdx, at);
    for (let i = 0; i < p.count; i++) {
      cols.doorIdx[at + i] = doorMap[p.doorIdx[i]];
      cols.credentialIdx[at + i] = credMap[p.credentialIdx[i]];
    }
    at += p.count;
    if (p.maxMs > maxMs) maxMs = p.maxMs;
  }
  cols.doors = [...doors.keys()];
  return { columns: cols, maxMs };
}
