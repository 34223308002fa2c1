// One file of one table imported as its own batch, through the same loaders
// and the same per-file transaction as `sentinel import` (import-file.ts):
// what the inbox feeds and the web upload use. References are read from the
// database (houses for meters, meters for readings …), then the daily
// consumption of meters whose readings changed is recomputed.
import { allHouseIds, meterRefsById, type Database } from '@sentinel/db';
import { dateWindow, type TableName } from '@sentinel/ingest';
import { importFile } from './import-file.ts';
import { accessLookup, loadAccessFile } from './load-access-file.ts';
import { loadReadingsFile } from './load-readings-file.ts';
import { loadRowFile } from './load-row-file.ts';
import { recomputeDailyConsumption } from './recompute-consumption.ts';
import type { FileImportReport, ImportDatasetOptions } from './types.ts';

export async function importOneFile(db: Database, table: TableName, path: string, opts: ImportDatasetOptions & { recompute?: boolean } = {}): Promise<FileImportReport> {
  const fileOpts = { ...opts, dateWindow: opts.dateWindow ?? dateWindow() };
  let report: FileImportReport;
  switch (table) {
    case 'houses':
      report = await importFile(db, table, path, (ctx) => loadRowFile(ctx, path, 'houses', {}), fileOpts);
      break;
    case 'meters': {
      const houseIds = await allHouseIds(db);
      report = await importFile(db, table, path, (ctx) => loadRowFile(ctx, path, 'meters', { houseIds }), fileOpts);
      break;
    }
    case 'readings': {
      const meterRefs = await meterRefsById(db);
      report = await importFile(db, table, path, (ctx) => loadReadingsFile(ctx, path, meterRefs), fileOpts);
      break;
    }
    case 'access_events': {
      const access = accessLookup(await allHouseIds(db));
      report = await importFile(db, table, path, (ctx) => loadAccessFile(ctx, path, access), fileOpts);
      break;
    }
    case 'complaints':
    case 'inspections': {
      const houseIds = await allHouseIds(db);
      report = await importFile(db, table, path, (ctx) => loadRowFile(ctx, path, table, { houseIds }), fileOpts);
      break;
    }
  }
  if (opts.recompute !== false && table === 'readings' && report.status === 'imported') await recomputeDailyConsumption(db, opts.onProgress);
  return report;
}
