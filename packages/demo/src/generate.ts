// `sentinel demo`: builds the district, plans every household, then streams
// each table. Houses are processed one at a time (occupancy → use → meters →
// readings), so memory stays flat whatever the size.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METER_KINDS, type MeterKind } from '@sentinel/domain';
import { writeAccessEvents, ACCESS_HEADER } from './access.ts';
import { BAD_ROW_PLAN, badReading, countPlanted, emptyPlanted, type BadRowClass, type PlantedCounts } from './bad-rows.ts';
import { buildCalendar } from './calendar.ts';
import { backgroundComplaints, COMPLAINT_HEADER, renderComplaints } from './complaints.ts';
import { simulateUse } from './consumption.ts';
import { csvRow } from './csv.ts';
import type { ComplaintEvent, InspectionEvent } from './enforcement-types.ts';
import { buildDistrict } from './geography.ts';
import { planHouse } from './household-plan.ts';
import type { HouseholdPlan } from './household-types.ts';
import { INSPECTION_HEADER, inEpisode, otherInspections, renderInspections } from './inspections.ts';
import { metersFor, type MeterSpec } from './meters.ts';
import { MESSY, TIDY } from './messiness.ts';
import { simulateOccupancy } from './occupancy.ts';
import type { DemoOptions } from './options.ts';
import { assignProfiles } from './profile-assignment.ts';
import { emptyReadingStats, meterReadings, type ReadingStats } from './readings.ts';
import { streamFor } from './rng.ts';
import { TableWriter } from './table-writer.ts';
import { houseRow, HOUSE_HEADER, HOUSE_HEADER_MESSY, badHouseRows } from './houses-table.ts';
import { meterRow, METER_HEADER, METER_HEADER_MESSY, badMeterRows } from './meters-table.ts';
import { truthRow, TRUTH_HEADER } from './truth.ts';
import { badComplaintRows, badInspectionRows, badAccessRows } from './bad-rows-tables.ts';
import { inspectionsToXlsx } from './inspections-xlsx.ts';
import { ReadingFiles } from './reading-files.ts';
import { DEFAULT_WORLD, type World } from './world.ts';
import { worldVisits } from './world-visits.ts';

export interface DemoSummary {
  houses: number;
  compounds: number;
  neighborhoods: number;
  meters: Record<MeterKind, number>;
  readings: ReadingStats;
  readingFiles: string[];
  accessEvents: number;
  pilotHouses: number;
  pilotCompounds: string[];
  complaints: number;
  complaintQuotedNewlines: number;
  inspections: number;
  profiles: Record<string, number>;
  confounders: number;
  groupRentalHouses: number;
  groupRentalEpisodes: number;
  relapseHouses: number;
  groupRentalsOnLastDay: number;
  groupRentalShareAvg: number;
  planted: PlantedCounts;
  bytes: number;
}


/**
 * A world's own draws for one house, from their own streams (none in the
 * default world, so its output is what it always was): which meter kind is
 * missing from meters.csv, and which meters are read by hand once a month.
 */
function worldMeterDraws(world: World, seed: number, house: number, hasGas: boolean): { missing: MeterKind | null; monthly: Record<MeterKind, boolean> | null } {
  let missing: MeterKind | null = null;
  if (world.missingMeterShare > 0) {
    const rng = streamFor(seed, 'missing-meter', house);
    if (rng.chance(world.missingMeterShare)) missing = rng.pick(hasGas ? METER_KINDS : METER_KINDS.filter((k) => k !== 'gas'));
  }
  let monthly: Record<MeterKind, boolean> | null = null;
  const share = world.monthlyShare;
  if (share !== null) {
    const rng = streamFor(seed, 'monthly-read', house);
    monthly = { water: rng.chance(share.water), electricity: rng.chance(share.electricity), gas: rng.chance(share.gas) };
  }
  return { missing, monthly };
}

export async function generateDemo(opts: DemoOptions): Promise<DemoSummary> {
  const mess = opts.messy ? MESSY : TIDY;
  const world = opts.world ?? DEFAULT_WORLD;
  const cal = buildCalendar(opts.end, opts.days, opts.seed);
  const { compounds, sites } = buildDistrict(opts.houses, opts.seed);
  const assignments = assignProfiles(sites, opts.seed, world);
  const plans: HouseholdPlan[] = [];
  const complaintEvents: ComplaintEvent[] = [];
  const visits: InspectionEvent[][] = [];
  for (const site of sites) {
    const planned = planHouse(site, assignments[site.index], cal, opts.seed, world);
    plans.push(planned.plan);
    const background = backgroundComplaints(planned.plan, cal.count, opts.seed, world);
    complaintEvents.push(...planned.complaints, ...background);
    visits.push([...planned.inspections, ...otherInspections(planned.plan, background, cal.count, opts.seed)].sort((a, b) => a.day - b.day || a.minute - b.minute));
  }
  worldVisits(plans, cal.count, opts.seed, world).forEach((extra, i) => {
    if (extra.length > 0) visits[i] = [...visits[i], ...extra].sort((a, b) => a.day - b.day || a.minute - b.minute);
  });
  const planted = emptyPlanted();
  const plantRng = streamFor(opts.seed, 'planted');
  await mkdir(join(opts.outDir, 'readings'), { recursive: true });
  await mkdir(join(opts.outDir, 'access_events'), { recursive: true });
  let bytes = 0;

  // houses.csv — under --messy a GB18030 Windows export (CRLF) with renamed headers and a remark column.
  {
    const eol = opts.messy ? '\r\n' : '\n';
    const w = new TableWriter(join(opts.outDir, 'houses.csv'), opts.messy ? 'gb18030' : 'utf8');
    await w.write(csvRow(opts.messy ? HOUSE_HEADER_MESSY : HOUSE_HEADER, eol));
    const bad = opts.messy ? badHouseRows(plans, plantRng, planted) : new Map<number, string[][]>();
    for (const plan of plans) {
      await w.write(csvRow(houseRow(plan, opts.messy), eol));
      for (const row of bad.get(plan.site.index) ?? []) await w.write(csvRow(row, eol));
    }
    await w.close();
    bytes += w.bytes;
  }

  // meters + readings, house by house.
  const readingFiles = await ReadingFiles.open(join(opts.outDir, 'readings'), {
    water: 'meter_id,read_at,value,estimated\n',
    electricity: opts.messy ? 'METER_ID,Read_At,VALUE,Estimated\n' : 'meter_id,read_at,value,estimated\n',
    gas: opts.messy ? 'meter_id,read_at,value,estimated,collector\n' : 'meter_id,read_at,value,estimated\n',
  }, world.monthlyFiles);
  const meterLines: string[] = [];
  const meterCounts: Record<MeterKind, number> = { water: 0, electricity: 0, gas: 0 };
  const readings = emptyReadingStats();
  const inspectionRows: Array<[number, string]> = [];
  const badReadingsAt = new Map<number, BadRowClass[]>();
  if (opts.messy) {
    for (const [cls, n] of Object.entries(BAD_ROW_PLAN.readings) as Array<[BadRowClass, number]>) {
      for (let k = 0; k < n; k++) {
        const at = plantRng.int(0, plans.length - 1);
        badReadingsAt.set(at, [...(badReadingsAt.get(at) ?? []), cls]);
      }
    }
  }
  for (const plan of plans) {
    const i = plan.site.index;
    const occ = simulateOccupancy(plan, cal, opts.seed);
    const use = simulateUse(plan, occ, cal, opts.seed, world);
    const meterRng = streamFor(opts.seed, 'meters', i);
    const worldMeters = worldMeterDraws(world, opts.seed, i, plan.habits.hasGas);
    for (const kind of METER_KINDS) {
      if (kind === 'gas' && !plan.habits.hasGas) continue;
      if (kind === worldMeters.missing) continue;
      const series = use[kind];
      let mean = 0;
      for (let d = 0; d < series.length; d++) mean += series[d];
      mean /= Math.max(1, series.length);
      const specs: MeterSpec[] = metersFor(plan, kind, mean, cal, mess, meterRng, worldMeters.monthly?.[kind]);
      let text = '';
      for (const spec of specs) {
        meterLines.push(csvRow(meterRow(spec, plan)));
        meterCounts[kind]++;
        let chunk = meterReadings(spec, series, cal, mess, meterRng, readings);
        if (opts.messy && kind === 'gas') chunk = chunk.replace(/\n/g, ',NB-IoT\n');
        text += chunk;
      }
      if (kind === 'electricity') {
        for (const cls of badReadingsAt.get(i) ?? []) {
          text += csvRow(badReading(cls, specs[0].meterId, cal.iso[plantRng.int(0, cal.count - 1)], plantRng));
          countPlanted(planted, 'readings', cls);
        }
      }
      await readingFiles.write(kind, text);
    }
    if (visits[i].length > 0) {
      const rendered = renderInspections(plan, visits[i], occ, cal, streamFor(opts.seed, 'inspection-render', i));
      // Keep the visit day for sorting the table by time.
      const rows = rendered.split('\n').filter((r) => r.length > 0);
      rows.forEach((r, k) => inspectionRows.push([visits[i][k].day * 1440 + visits[i][k].minute, `${r}\n`]));
    }
  }
  const readingsWritten = await readingFiles.close();
  bytes += readingsWritten.bytes;

  // meters.csv — under --messy GB18030 with header case/whitespace changes and a remark column.
  {
    const w = new TableWriter(join(opts.outDir, 'meters.csv'), opts.messy ? 'gb18030' : 'utf8');
    await w.write(csvRow(opts.messy ? METER_HEADER_MESSY : METER_HEADER));
    const bad = opts.messy ? badMeterRows(meterLines, plans, plantRng, planted) : new Map<number, string[]>();
    for (let k = 0; k < meterLines.length; k++) {
      await w.write(opts.messy ? `${meterLines[k].slice(0, -1)},\n` : meterLines[k]);
      for (const extra of bad.get(k) ?? []) await w.write(extra);
    }
    await w.close();
    bytes += w.bytes;
  }

  // access_events/YYYY-MM.csv for the pilot compounds.
  let accessWriter: TableWriter | null = null;
  let accessMonth = '';
  const accessBad = opts.messy ? badAccessRows(cal, plantRng, planted) : new Map<string, string[]>();
  const occupancyOf = (p: HouseholdPlan) => simulateOccupancy(p, cal, opts.seed);
  const access = await writeAccessEvents(compounds, plans, occupancyOf, cal, opts.seed, async (month, text) => {
    if (month !== accessMonth) {
      if (accessWriter) { await accessWriter.close(); bytes += accessWriter.bytes; }
      accessWriter = new TableWriter(join(opts.outDir, 'access_events', `${month}.csv`));
      accessMonth = month;
      await accessWriter.write(csvRow(ACCESS_HEADER));
      for (const row of accessBad.get(month) ?? []) await accessWriter.write(row);
    }
    await accessWriter!.write(text);
  }, world.pilotCoverage);
  if (accessWriter) { await (accessWriter as TableWriter).close(); bytes += (accessWriter as TableWriter).bytes; }

  // complaints.csv — under --messy UTF-8 with BOM.
  const complaints = renderComplaints(complaintEvents, plans, cal, opts.seed);
  {
    const w = new TableWriter(join(opts.outDir, 'complaints.csv'), opts.messy ? 'utf8-bom' : 'utf8');
    await w.write(csvRow(COMPLAINT_HEADER));
    const bad = opts.messy ? badComplaintRows(complaints.lines.length, plans, cal, plantRng, planted) : new Map<number, string[]>();
    for (let k = 0; k < complaints.lines.length; k++) {
      await w.write(complaints.lines[k]);
      for (const extra of bad.get(k) ?? []) await w.write(extra);
    }
    await w.close();
    bytes += w.bytes;
  }

  // inspections.csv, or inspections.xlsx under --messy.
  inspectionRows.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  if (opts.messy) {
    const bad = badInspectionRows(plans, cal, plantRng, planted);
    bytes += await inspectionsToXlsx(join(opts.outDir, 'inspections.xlsx'), inspectionRows.map((r) => r[1]), bad, new Date(`${opts.end}T00:00:00Z`));
  } else {
    const text = csvRow(INSPECTION_HEADER) + inspectionRows.map((r) => r[1]).join('');
    await writeFile(join(opts.outDir, 'inspections.csv'), text);
    bytes += Buffer.byteLength(text);
  }

  // truth.csv
  const truthText = csvRow(TRUTH_HEADER) + plans.map((p) => csvRow(truthRow(p, cal))).join('');
  await writeFile(opts.truthPath, truthText);
  bytes += Buffer.byteLength(truthText);

  return summarise(plans, cal.count, {
    compounds: compounds.length, meters: meterCounts, readings, accessEvents: access.events, pilotHouses: access.houses,
    pilotCompounds: access.compounds, complaints: complaints.rows, complaintQuotedNewlines: complaints.quotedNewlines,
    inspections: inspectionRows.length, planted, bytes, readingFiles: readingsWritten.files,
  });
}

type Counted = Pick<DemoSummary, 'readingFiles' | 'compounds' | 'meters' | 'readings' | 'accessEvents' | 'pilotHouses' | 'pilotCompounds' | 'complaints' | 'complaintQuotedNewlines' | 'inspections' | 'planted' | 'bytes'>;

function summarise(plans: HouseholdPlan[], days: number, counted: Counted): DemoSummary {
  const profiles: Record<string, number> = {};
  let confounders = 0;
  let grHouses = 0;
  let episodes = 0;
  let relapse = 0;
  let lastDay = 0;
  let grDays = 0;
  for (const p of plans) {
    profiles[p.profile] = (profiles[p.profile] ?? 0) + 1;
    if (p.confounder) confounders++;
    if (p.episodes.length > 0) grHouses++;
    episodes += p.episodes.length;
    if (p.episodes.length > 1) relapse++;
    if (inEpisode(p, days - 1)) lastDay++;
    for (const e of p.episodes) {
      const s = Math.max(0, e.start);
      const end = Math.min(days - 1, e.end ?? days - 1);
      if (end >= s) grDays += end - s + 1;
    }
  }
  return {
    houses: plans.length,
    neighborhoods: new Set(plans.map((p) => p.site.compound.neighborhood)).size,
    profiles, confounders, groupRentalHouses: grHouses, groupRentalEpisodes: episodes, relapseHouses: relapse,
    groupRentalsOnLastDay: lastDay, groupRentalShareAvg: grDays / days / Math.max(1, plans.length),
    ...counted,
  };
}
