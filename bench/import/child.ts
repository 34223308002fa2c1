// Runs one measured step in its own process (so that its peak RSS is its own)
// and prints one JSON line: `node --import tsx bench/import/child.ts <step> <json args>`.
import { openDatabase } from '@sentinel/db';
import { importDataset } from '@sentinel/services';
import { rawCopy } from './raw-copy.ts';

interface Args {
  dataDir?: string;
  databaseUrl?: string;
  dataset?: string;
  copyFile?: string;
}

const [step, json] = process.argv.slice(2);
const args = JSON.parse(json) as Args;
const db = await openDatabase({ dataDir: args.dataDir, databaseUrl: args.databaseUrl });
const started = performance.now();
let result: Record<string, unknown>;
if (step === 'import') {
  const report = await importDataset(db, args.dataset as string);
  const readings = report.files.filter((f) => f.table === 'readings');
  result = {
    totalMs: report.durationMs,
    readingsMs: readings.reduce((s, f) => s + f.durationMs, 0),
    readingsRows: readings.reduce((s, f) => s + f.rowsRead, 0),
    rowsRead: report.files.reduce((s, f) => s + f.rowsRead, 0),
    rowsRejected: report.files.reduce((s, f) => s + f.rowsRejected, 0),
    consumptionMs: report.consumption.durationMs,
    consumptionMeters: report.consumption.meters,
    inlineConsumptionMeters: report.consumption.inlineMeters,
    files: report.files.map((f) => ({ file: f.file, rows: f.rowsRead, ms: Math.round(f.durationMs) })),
  };
} else if (step === 'raw-copy') {
  result = await rawCopy(db, args.copyFile as string);
} else {
  throw new Error(`unknown step ${step}`);
}
result.wallMs = performance.now() - started;
result.peakRssMb = process.resourceUsage().maxRSS / 1024;
await db.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
