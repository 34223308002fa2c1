// `sentinel import`: a dataset folder into the database, in dependency order
// (houses -> meters -> readings, access events, complaints, inspections), each
// file its own batch and transaction (import-file.ts), references checked
// against the database (which by then holds the earlier files), then the daily
// consumption of the meters whose readings changed. A file that fails is
// recorded as a failed batch and the run goes on with the next one: every
// file is attempted, and the report lists the failures.
import { allHouseIds, meterRefsById, type Database } from '@sentinel/db';
import { dateWindow, locateDataset, type TableName } from '@sentinel/ingest';
import { importFile, type FileLoader } from './import-file.ts';
import { accessLookup, loadAccessFile } from './load-access-file.ts';
import { loadReadingsFile } from './load-readings-file.ts';
import { loadRowFile } from './load-row-file.ts';
import { recomputeDailyConsumption } from './recompute-consumption.ts';
import type { DatasetImportReport, FileImportReport, ImportDatasetOptions } from './types.ts';

export async function importDataset(db: Database, dir: string, opts: ImportDatasetOptions = {}): Promise<DatasetImportReport> {
  const started = performance.now();
  const files = await locateDataset(dir);
  const reports: FileImportReport[] = [];
  // One window for the whole run, so that "tomorrow" does not move between files.
  const fileOpts = { ...opts, dateWindow: opts.dateWindow ?? dateWindow() };
  const run = async (table: TableName, path: string, load: FileLoader): Promise<void> => {
    reports.push(await importFile(db, table, path, load, fileOpts));
  };

  await run('houses', files.houses, (ctx) => loadRowFile(ctx, files.houses, 'houses', {}));
  // Reference sets are read after the files they depend on were committed.
  const houseIds = await allHouseIds(db);
  await run('meters', files.meters, (ctx) => loadRowFile(ctx, files.meters, 'meters', { houseIds }));
  const meterRefs = await meterRefsById(db);
  for (const path of files.readings) await run('readings', path, (ctx) => loadReadingsFile(ctx, path, meterRefs));
  const access = accessLookup(houseIds);
  for (const path of files.access_events) await run('access_events', path, (ctx) => loadAccessFile(ctx, path, access));
  const complaints = files.complaints;
  if (complaints !== null) await run('complaints', complaints, (ctx) => loadRowFile(ctx, complaints, 'complaints', { houseIds }));
  const inspections = files.inspections;
  if (inspections !== null) await run('inspections', inspections, (ctx) => loadRowFile(ctx, inspections, 'inspections', { houseIds }));

  const recomputed = await recomputeDailyConsumption(db, opts.onProgress);
  const consumption = {
    ...recomputed,
    inlineMeters: reports.reduce((n, r) => n + r.consumptionMeters, 0),
    readingErrors: recomputed.readingErrors + reports.reduce((n, r) => n + r.readingErrors, 0),
  };
  return { dir, files: reports, failed: reports.filter((r) => r.status === 'failed'), consumption, durationMs: performance.now() - started };
}
