// A dataset folder → DetectionInput, straight from files (no database):
// every table through @sentinel/ingest's readers, readings columnar, daily
// consumption through the detection package's consumption engine, complaints
// matched to houses by id or by address. Nothing after the end of the as-of
// day (Asia/Shanghai) is kept.
import { dayStartUtcMs, shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';
import {
  buildAddressIndex, displayName, FileProblem, locateDataset, matchAddress, readReadingsColumnar, readTable,
  type HouseRow,
} from '@sentinel/ingest';
import {
  buildDailyMatrices, type AccessColumns, type ComplaintFact, type DetectionInput, type HouseFacts, type InspectionFact,
  type MeterFacts,
} from '@sentinel/detection';
import { IssueReport } from './issueReport.ts';
import { ReadingBuffer } from './readingBuffer.ts';

export interface LoadOptions {
  /** Shanghai day number of --as-of; null = the latest timestamp in the data. */
  asOfDay: number | null;
  /** Where issue lines go (stderr in the CLI). */
  report: IssueReport;
  /** Days of history kept before the as-of day (the model looks back at most ~10 months). */
  historyDays?: number;
}

export interface LoadedDataset {
  input: DetectionInput;
  readingCount: number;
  readingErrors: number;
}

const DEFAULT_HISTORY = 400;

export async function loadDataset(dir: string, opts: LoadOptions): Promise<LoadedDataset> {
  const files = await locateDataset(dir);
  const report = opts.report;
  const untilMs = opts.asOfDay === null ? Number.POSITIVE_INFINITY : dayStartUtcMs(opts.asOfDay + 1) - 1;

  // houses
  const houseRows: HouseRow[] = [];
  const houseIndex = new Map<string, number>();
  for await (const b of readTable(files.houses, 'houses')) {
    report.addAll(b.issues);
    b.rows.forEach((r, i) => {
      if (houseIndex.has(r.house_id)) {
        report.add({ file: displayName(files.houses), line: b.lines[i], column: 'house_id', reason: `房屋编号重复，已忽略此行：${r.house_id}`, severity: 'error', raw: null });
        return;
      }
      houseIndex.set(r.house_id, houseRows.length);
      houseRows.push(r);
    });
  }
  if (houseRows.length === 0) throw new FileProblem(displayName(files.houses), 0, null, '没有任何有效的房屋行，无法检测 (no usable house rows)');
  const houses: HouseFacts[] = houseRows.map((r) => ({
    houseId: r.house_id, neighborhood: r.neighborhood, community: r.community, building: r.building, unit: r.unit,
    room: r.room, address: r.address, areaM2: r.area_m2, bedrooms: r.bedrooms, livingRooms: r.living_rooms,
    registeredResidents: r.registered_residents, isRental: r.is_rental, rentalFiled: r.rental_filed,
  }));
  const houseIds = new Set(houseIndex.keys());

  // meters
  const meterIndex = new Map<string, number>();
  const meters: MeterFacts[] = [];
  const meterHouseList: number[] = [];
  for await (const b of readTable(files.meters, 'meters', { refs: { houseIds } })) {
    report.addAll(b.issues);
    b.rows.forEach((r, i) => {
      if (meterIndex.has(r.meter_id)) {
        report.add({ file: displayName(files.meters), line: b.lines[i], column: 'meter_id', reason: `表号重复，已忽略此行：${r.meter_id}`, severity: 'error', raw: null });
        return;
      }
      meterIndex.set(r.meter_id, meters.length);
      meters.push({ kind: r.kind, rolloverAt: r.rollover_at, installedDay: r.installed_at, removedDay: r.removed_at });
      meterHouseList.push(houseIndex.get(r.house_id) ?? -1);
    });
  }
  if (meters.length === 0) throw new FileProblem(displayName(files.meters), 0, null, '没有任何有效的表计行，无法检测 (no usable meter rows)');

  // readings
  const buf = new ReadingBuffer();
  for (let f = 0; f < files.readings.length; f++) {
    for await (const chunk of readReadingsColumnar(files.readings[f], meterIndex)) {
      report.addAll(chunk.issues);
      buf.append(chunk, f, untilMs);
    }
  }

  // door access, complaints, inspections (kept as rows until the as-of day is known)
  const access = await readAccess(files.access_events, houseIndex, untilMs, report);
  const complaintRows = files.complaints ? await collect(files.complaints, 'complaints', houseIds, report) : [];
  const inspectionRows = files.inspections ? await collect(files.inspections, 'inspections', houseIds, report) : [];

  let asOfDay = opts.asOfDay;
  if (asOfDay === null) {
    let latest = buf.maxReadAt;
    if (access.maxMs > latest) latest = access.maxMs;
    for (const c of complaintRows) if (c.received_at > latest) latest = c.received_at;
    for (const i of inspectionRows) if (i.inspected_at > latest) latest = i.inspected_at;
    if (!Number.isFinite(latest)) throw new FileProblem('readings/', 0, null, '没有任何有效的读数，无法确定检测日期 (no usable readings)');
    asOfDay = shanghaiDay(latest);
  }
  if (buf.count === 0) throw new FileProblem('readings/', 0, null, '截至检测日期没有任何有效的读数 (no usable readings up to --as-of)');

  const startDay = Math.max(shanghaiDay(buf.minReadAt), asOfDay - (opts.historyDays ?? DEFAULT_HISTORY));
  const days = asOfDay - startDay + 1;
  const matrices = buildDailyMatrices({
    houseCount: houses.length, meterHouse: Int32Array.from(meterHouseList), meters, readings: buf.columns(), startDay, days,
  });
  for (const e of matrices.readingErrors) {
    report.add({ file: displayName(files.readings[buf.file[e.readingIndex]]), line: buf.line[e.readingIndex], column: 'value', reason: e.reason, severity: 'warning', raw: null });
  }

  const addressIndex = complaintRows.length > 0 ? buildAddressIndex(houses) : null;
  const complaints: ComplaintFact[] = [];
  for (const c of complaintRows) {
    if (c.received_at > untilMs) continue;
    const day = shanghaiDay(c.received_at);
    const known = c.house_id !== null ? houseIndex.get(c.house_id) : undefined;
    if (known !== undefined) {
      complaints.push({ houseIdx: known, day, channel: c.channel, category: c.category, content: c.content, match: 'id' });
      continue;
    }
    const m = matchAddress(addressIndex!, c.address);
    complaints.push({ houseIdx: m.houseIdx, day, channel: c.channel, category: c.category, content: c.content, match: m.match });
  }
  const inspections: InspectionFact[] = [];
  for (const i of inspectionRows) {
    if (i.inspected_at > untilMs) continue;
    const houseIdx = houseIndex.get(i.house_id);
    if (houseIdx === undefined) continue;
    inspections.push({ houseIdx, day: shanghaiDay(i.inspected_at), result: i.result, occupants: i.occupants, partitioned: i.partitioned });
  }

  return {
    input: {
      asOfDay, houses, water: matrices.water, electricity: matrices.electricity, gas: matrices.gas,
      access: access.columns, complaints, inspections,
    },
    readingCount: buf.count,
    readingErrors: matrices.readingErrors.length,
  };
}

async function collect<N extends 'complaints' | 'inspections'>(file: string, table: N, houseIds: ReadonlySet<string>, report: IssueReport) {
  // complaints may name a house_id the registry lacks (then the address decides): no reference check there
  const refs = table === 'inspections' ? { houseIds } : {};
  const rows = [];
  for await (const b of readTable(file, table, { refs })) {
    report.addAll(b.issues);
    rows.push(...b.rows);
  }
  return rows;
}

async function readAccess(
  files: string[], houseIndex: ReadonlyMap<string, number>, untilMs: number, report: IssueReport,
): Promise<{ columns: AccessColumns | null; maxMs: number }> {
  if (files.length === 0) return { columns: null, maxMs: Number.NEGATIVE_INFINITY };
  const doors = new Map<string, number>();
  const creds = new Map<string, number>();
  const day: number[] = [];
  const minute: number[] = [];
  const house: number[] = [];
  const door: number[] = [];
  const cred: number[] = [];
  let maxMs = Number.NEGATIVE_INFINITY;
  for (const file of files) {
    for await (const b of readTable(file, 'access_events')) {
      report.addAll(b.issues);
      for (const r of b.rows) {
        if (r.event_at > untilMs) continue;
        if (r.event_at > maxMs) maxMs = r.event_at;
        let d = doors.get(r.door_id);
        if (d === undefined) doors.set(r.door_id, (d = doors.size));
        let c = creds.get(r.credential_id);
        if (c === undefined) creds.set(r.credential_id, (c = creds.size));
        day.push(shanghaiDay(r.event_at));
        minute.push(shanghaiMinuteOfDay(r.event_at));
        house.push(r.house_id === null ? -1 : (houseIndex.get(r.house_id) ?? -1));
        door.push(d);
        cred.push(c);
      }
    }
  }
  return {
    columns: {
      count: day.length, day: Int32Array.from(day), minute: Int16Array.from(minute), houseIdx: Int32Array.from(house),
      doorIdx: Int32Array.from(door), credentialIdx: Int32Array.from(cred), doors: [...doors.keys()],
    },
    maxMs,
  };
}
