// A small dataset written for the import tests: a handful of good rows per
// table and bad rows of each class (bad number, missing required value,
// unknown enum, unknown reference, bad timestamp), with the counts the import
// must report.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../../../test/temp-dir.ts';

export interface ExpectedCounts {
  read: number;
  rejected: number;
  /** Rows that are new in the database (valid rows minus duplicates). */
  new: number;
}

export const EXPECTED: Record<string, ExpectedCounts> = {
  'houses.csv': { read: 6, rejected: 2, new: 4 },
  'meters.csv': { read: 10, rejected: 2, new: 8 },
  // 80 readings, an exact repeat of the previous row, 4 bad rows.
  'readings/2026-01.csv': { read: 8 * 10 + 1 + 4, rejected: 4, new: 80 },
  // One reading already in 2026-01.csv with another value (forces the staging path; rejected), two new ones.
  'readings/2026-02.csv': { read: 3, rejected: 1, new: 2 },
  'access_events/doors.csv': { read: 4, rejected: 1, new: 3 },
  'complaints.csv': { read: 3, rejected: 1, new: 2 },
  'inspections.csv': { read: 3, rejected: 2, new: 1 },
};

const HOUSES = [
  'house_id,subdistrict,neighborhood,community,building,unit,room,address,area_m2,bedrooms,living_rooms,registered_residents,is_rental,rental_filed,lat,lon',
  'H001,临汾路街道,汾西居民区,汾西小区,12号,1,301,汾西路261弄12号301室,62.5,2,1,2,否,否,31.3,121.45',
  'H002,临汾路街道,汾西居民区,汾西小区,12号,1,302,"汾西路261弄12号302室",48,1,1,1,是,是,,',
  'H003,临汾路街道,汾西居民区,汾西小区,14号,,101,汾西路261弄14号101室,75,3,1,,true,false,,',
  'H004,临汾路街道,阳曲居民区,阳曲小区,3号,2,502,阳曲路100弄3号502室,55,2,,3,,,,',
  'H005,临汾路街道,阳曲居民区,阳曲小区,3号,2,503,阳曲路100弄3号503室,-3,2,,3,,,,', // bad area
  'H006,临汾路街道,阳曲居民区,阳曲小区,3号,2,,阳曲路100弄3号室,40,1,,1,,,,', // missing room
];

const METER_ROWS = [
  'meter_id,house_id,kind,unit,installed_at,removed_at,rollover_at',
  'W001,H001,water,m3,2020-01-01,,99999',
  'E001,H001,electricity,kWh,2020-01-01,,',
  'W002,H002,water,m3,,,',
  'E002,H002,electricity,kWh,,,',
  'W003,H003,water,m3,,,',
  'E003,H003,electricity,kWh,,,',
  'W004,H004,water,m3,,,',
  'E004,H004,electricity,kWh,,,',
  'W005,H005,water,m3,,,', // house rejected above: unknown reference
  'E009,H004,steam,kWh,,,', // unknown kind
];

const GOOD_METERS = ['W001', 'E001', 'W002', 'E002', 'W003', 'E003', 'W004', 'E004'];

function readingsCsv(days: number): string {
  const lines = ['meter_id,read_at,value,estimated'];
  for (const m of GOOD_METERS) {
    const perDay = m.startsWith('W') ? 0.35 : 6.2;
    for (let d = 0; d < days; d++) {
      const date = `2026-01-${String(d + 1).padStart(2, '0')}`;
      lines.push(`${m},${date}T00:00:00+08:00,${(100 + perDay * d).toFixed(2)},${d === 3 ? 'true' : ''}`);
      if (m === 'E001' && d === 0) lines.push(lines[lines.length - 1]); // the feed repeated a row
    }
  }
  lines.push('W999,2026-01-01T00:00:00+08:00,5,'); // unknown meter
  lines.push('W001,2026-01-02T00:00:00+08:00,abc,'); // bad number
  lines.push('W001,not-a-time,5,'); // bad timestamp
  lines.push('W002,2026-01-05T00:00:00+08:00,-1,'); // negative register
  return `${lines.join('\n')}\n`;
}

const ACCESS = [
  'event_at,door_id,credential_id,house_id,method',
  '2026-01-01T07:30:00,D12,C001,H001,card',
  '2026-01-01T22:10:00,D12,C002,,face',
  '2026-01-02T07:31:00,D12,C001,H001,app',
  '2026-01-02T07:32:00,D12,C003,H001,telepathy', // unknown method
];

const COMPLAINTS = [
  'ticket_id,received_at,channel,address,house_id,category,content',
  'T1,2026-01-03 09:00:00,12345,汾西路261弄12号301室,H001,群租,"夜间人员进出频繁，""疑似""群租"',
  'T2,2026-01-04,patrol,阳曲路100弄3号,,噪音,',
  'T3,2026-01-05,fax,汾西路261弄,,其他,', // unknown channel
];

const INSPECTIONS = [
  'house_id,inspected_at,result,occupants,partitioned,notes',
  'H001,2026-01-10T10:00:00,confirmed,9,是,"隔断 3 间\n床位 9 个"',
  'H002,2026-01-10T11:00:00,maybe,,,', // unknown result
  'H404,2026-01-10T12:00:00,no_access,,,', // unknown house
];

/** Writes the dataset into a fresh temporary folder (removed when the test or test file ends) and returns its path. */
export async function writeTinyDataset(readingDays = 10): Promise<string> {
  const dir = tempDir('sentinel-tiny-');
  await mkdir(join(dir, 'readings'));
  await mkdir(join(dir, 'access_events'));
  await writeFile(join(dir, 'houses.csv'), `${HOUSES.join('\n')}\n`);
  await writeFile(join(dir, 'meters.csv'), `${METER_ROWS.join('\n')}\n`);
  await writeFile(join(dir, 'readings', '2026-01.csv'), readingsCsv(readingDays));
  await writeFile(join(dir, 'readings', '2026-02.csv'), [
    'meter_id,read_at,value',
    `W001,2026-01-${String(readingDays).padStart(2, '0')}T00:00:00+08:00,999`, // same instant as in 2026-01.csv, another value: rejected, the first value is kept
    'W001,2026-02-01T00:00:00+08:00,104.50',
    'E001,2026-02-01T00:00:00+08:00,190.00',
  ].join('\n') + '\n');
  await writeFile(join(dir, 'access_events', 'doors.csv'), `${ACCESS.join('\n')}\n`);
  await writeFile(join(dir, 'complaints.csv'), `${COMPLAINTS.join('\n')}\n`);
  await writeFile(join(dir, 'inspections.csv'), `${INSPECTIONS.join('\n')}\n`);
  return dir;
}

/** A readings file big enough to need many COPY chunks (for interruption tests). */
export async function writeBigReadings(dir: string, days: number): Promise<string> {
  const lines = ['meter_id,read_at,value'];
  for (const m of GOOD_METERS) {
    for (let d = 0; d < days; d++) {
      const t = Date.UTC(2020, 0, 1) + d * 3_600_000; // hourly from 2020: before the other readings file
      lines.push(`${m},${new Date(t).toISOString()},${(d * 0.01).toFixed(2)}`);
    }
  }
  const path = join(dir, 'readings', '2020-hourly.csv');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}
