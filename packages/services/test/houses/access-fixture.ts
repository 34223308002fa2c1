// Generated door events for the house-file access tests, on the register of
// seedHouses (H1..H6 in the own compound, X-houses in the other, which has no
// door data): registered and unregistered credentials, day and night (with
// the 23:00 / 05:00 edges), doors shared by several houses, events before the
// window, one after the last day, and a 3-room house that is no peer of the
// 2-room ones. Also the same events as the detector's AccessColumns, so a test
// can compare the page's figures with the ones the reasons quote.
import type { Database } from '@sentinel/db';
import type { AccessColumns } from '@sentinel/detection';
import { dayStartUtcMs, shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';

export interface DoorEvent { atMs: number; door: string; credential: string; houseId: string | null }

/** Deterministic PRNG (mulberry32): the same events every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Minutes of the day drawn for events: mostly daytime, some night, and the edges of the night rule.
const MINUTES = [7 * 60 + 30, 8 * 60, 12 * 60 + 5, 18 * 60 + 40, 20 * 60, 22 * 60 + 59, 23 * 60, 23 * 60 + 45, 1 * 60 + 10, 4 * 60 + 59, 5 * 60];

interface Resident { houseId: string; cards: number; doors: string[]; perDay: number; activeFrom: number }

/** Events up to and around `lastDay` (Shanghai day number). */
export function doorEvents(lastDay: number): DoorEvent[] {
  const r = rng(20260320);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const at = (day: number, minute: number) => dayStartUtcMs(day) + minute * 60_000 + Math.floor(r() * 60) * 1000;
  const out: DoorEvent[] = [];
  const residents: Resident[] = [
    { houseId: 'H1', cards: 9, doors: ['D1', 'D2'], perDay: 0.5, activeFrom: lastDay - 59 }, // the suspicious flat
    { houseId: 'H2', cards: 2, doors: ['D1', 'D2'], perDay: 0.6, activeFrom: lastDay - 80 },
    { houseId: 'H3', cards: 3, doors: ['D3', 'D2'], perDay: 0.5, activeFrom: lastDay - 80 },
    { houseId: 'H4', cards: 1, doors: ['D3'], perDay: 0.7, activeFrom: lastDay - 80 },
    { houseId: 'H5', cards: 6, doors: ['D2'], perDay: 0.6, activeFrom: lastDay - 80 }, // 3 rooms: no peer of H1
  ];
  for (const res of residents) {
    for (let c = 0; c < res.cards; c++) {
      const credential = `CARD-${res.houseId}-${String(c).padStart(3, '0')}${c % 2 === 0 ? 'A' : 'B'}`;
      // some of H1's cards appear only lately, the way new tenants arrive
      const from = res.houseId === 'H1' && c >= 6 ? lastDay - 20 : res.activeFrom;
      for (let d = from; d <= lastDay; d++) {
        if (r() < res.perDay) out.push({ atMs: at(d, pick(MINUTES)), door: pick(res.doors), credential, houseId: res.houseId });
      }
    }
  }
  // H6 moved its cards long ago: known to the door system, nothing in the window.
  out.push({ atMs: at(lastDay - 100, 9 * 60), door: 'D1', credential: 'CARD-H6-OLD1', houseId: 'H6' });
  // H1 before any window shown, and after the last day (never counted).
  out.push({ atMs: at(lastDay - 200, 10 * 60), door: 'D4', credential: 'CARD-H1-EARLY', houseId: 'H1' });
  out.push({ atMs: at(lastDay + 1, 23 * 60 + 30), door: 'D1', credential: 'CARD-H1-LATE1', houseId: 'H1' });
  // Visitors and unregistered credentials at the doors.
  for (let d = lastDay - 90; d <= lastDay + 1; d++) {
    for (const door of ['D1', 'D2', 'D3', 'D9']) {
      const n = Math.floor(r() * 3);
      for (let v = 0; v < n; v++) out.push({ atMs: at(d, pick(MINUTES)), door, credential: `VISIT-${door}-${Math.floor(r() * 25)}`, houseId: null });
    }
  }
  // The natural key (credential, instant, door) is unique.
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.credential}|${e.atMs}|${e.door}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** H5 gets three rooms (the others keep seedHouses' two); then the events go into access_events. */
export async function seedDoorEvents(db: Database, events: readonly DoorEvent[]): Promise<void> {
  await db.exec("UPDATE houses SET bedrooms = 3 WHERE house_id = 'H5'");
  for (let i = 0; i < events.length; i += 500) {
    const values = events.slice(i, i + 500).map((e, j) =>
      `('${new Date(e.atMs).toISOString()}', '${e.door}', '${e.credential}', ${e.houseId === null ? 'NULL' : `'${e.houseId}'`}, 'card', (SELECT max(id) FROM import_batches), ${i + j + 2})`);
    await db.exec(`INSERT INTO access_events (event_at, door_id, credential_id, house_id, method, import_batch_id, source_line) VALUES ${values.join(',\n')};`);
  }
}

/** The same events as the detector reads them, houses indexed as in `houseIds`. */
export function accessColumnsOf(events: readonly DoorEvent[], houseIds: readonly string[]): AccessColumns {
  const n = events.length;
  const houseIdx = new Map(houseIds.map((h, i) => [h, i]));
  const doors = new Map<string, number>();
  const creds = new Map<string, number>();
  const intern = (m: Map<string, number>, k: string) => {
    let v = m.get(k);
    if (v === undefined) m.set(k, (v = m.size));
    return v;
  };
  const cols: AccessColumns = {
    count: n, day: new Int32Array(n), minute: new Int16Array(n), houseIdx: new Int32Array(n), doorIdx: new Int32Array(n), credentialIdx: new Int32Array(n), doors: [],
  };
  events.forEach((e, i) => {
    cols.day[i] = shanghaiDay(e.atMs);
    cols.minute[i] = shanghaiMinuteOfDay(e.atMs);
    cols.houseIdx[i] = e.houseId === null ? -1 : (houseIdx.get(e.houseId) ?? -1);
    cols.doorIdx[i] = intern(doors, e.door);
    cols.credentialIdx[i] = intern(creds, e.credential);
  });
  cols.doors = [...doors.keys()];
  return cols;
}
