// Door-access features over the recent window: how many different registered
// credentials use a house, how often, how many at night, and how many
// unregistered credentials pass the doors the house uses. A family has a few
// stable cards; a group rental has many, coming and going at all hours.
import type { AccessColumns } from '../types.ts';

export interface AccessFeatures {
  /** Distinct credentials registered to the house seen in the window; NaN = house not covered by access data. */
  distinctCredentials: Float64Array;
  /** Events per day by the house's credentials. */
  eventsPerDay: Float64Array;
  /** Entries between 23:00 and 05:00 by the house's credentials. */
  nightEvents: Float64Array;
  /** Distinct unregistered credentials at the house's doors, shared out over the houses using each door. */
  unregisteredShare: Float64Array;
}

/**
 * Night for door access, in minutes of the Asia/Shanghai day: from 23:00 up
 * to (not including) 05:00. Shared with the house file's door-access card, so
 * the page counts the night entries a reason quotes the same way.
 */
export const NIGHT_FROM_MINUTE = 23 * 60;
export const NIGHT_TO_MINUTE = 5 * 60;

/** Whether an event at this minute of the day (0..1439, Asia/Shanghai) is a night entry. */
export function isNightMinute(minute: number): boolean {
  return minute >= NIGHT_FROM_MINUTE || minute < NIGHT_TO_MINUTE;
}

export function accessFeatures(a: AccessColumns, houseCount: number, fromDay: number, toDay: number): AccessFeatures {
  const distinct = new Float64Array(houseCount).fill(Number.NaN);
  const events = new Float64Array(houseCount).fill(Number.NaN);
  const night = new Float64Array(houseCount).fill(Number.NaN);
  const unreg = new Float64Array(houseCount).fill(Number.NaN);
  const doorCount = a.doors.length;
  let credCount = 0;
  for (let i = 0; i < a.count; i++) if (a.credentialIdx[i] >= credCount) credCount = a.credentialIdx[i] + 1;

  // which doors each house uses, from all registered history up to the as-of day
  const doorHouseKeys: number[] = [];
  for (let i = 0; i < a.count; i++) {
    const h = a.houseIdx[i];
    if (h >= 0 && a.day[i] <= toDay) doorHouseKeys.push(a.doorIdx[i] * houseCount + h);
  }
  const doorHouse = uniqueSorted(Float64Array.from(doorHouseKeys));
  const housesAtDoor = new Int32Array(doorCount);
  for (const k of doorHouse) housesAtDoor[Math.floor(k / houseCount)]++;
  for (const k of doorHouse) {
    const h = k % houseCount;
    distinct[h] = 0;
    events[h] = 0;
    night[h] = 0;
    unreg[h] = 0;
  }

  // registered credentials per house, events, night entries in the window
  const credKeys: number[] = [];
  const unregKeys: number[] = [];
  for (let i = 0; i < a.count; i++) {
    const d = a.day[i];
    if (d < fromDay || d > toDay) continue;
    const h = a.houseIdx[i];
    if (h >= 0) {
      credKeys.push(h * credCount + a.credentialIdx[i]);
      events[h] += 1;
      if (isNightMinute(a.minute[i])) night[h] += 1;
    } else {
      unregKeys.push(a.doorIdx[i] * credCount + a.credentialIdx[i]);
    }
  }
  for (const k of uniqueSorted(Float64Array.from(credKeys))) distinct[Math.floor(k / credCount)] += 1;
  const days = toDay - fromDay + 1;
  for (let h = 0; h < houseCount; h++) if (Number.isFinite(events[h])) events[h] /= days;

  const unregAtDoor = new Float64Array(doorCount);
  for (const k of uniqueSorted(Float64Array.from(unregKeys))) unregAtDoor[Math.floor(k / credCount)] += 1;
  for (const k of doorHouse) {
    const door = Math.floor(k / houseCount);
    unreg[k % houseCount] += unregAtDoor[door] / housesAtDoor[door];
  }
  return { distinctCredentials: distinct, eventsPerDay: events, nightEvents: night, unregisteredShare: unreg };
}

function uniqueSorted(keys: Float64Array): Float64Array {
  keys.sort();
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[n++] = keys[i];
  return keys.subarray(0, n);
}
