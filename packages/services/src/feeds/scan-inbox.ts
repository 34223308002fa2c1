// Picks up the inbox: every file of every source folder imported as its own
// batch (importOneFile, the CLI's import), then moved to <source>/archive/
// or, when its batch failed, <source>/failed/, with its report beside it
// (<file>.report.json: counts, error, the first rejected rows; all of them
// are in the database under the batch). Re-delivering a file imported before
// is an 'unchanged' batch: archived, nothing changes.
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { subdistrictsOfDirtyMeters, type Database } from '@sentinel/db';
import { formatIssue } from '@sentinel/ingest';
import { importOneFile } from '../import/import-one-file.ts';
import { recomputeDailyConsumption } from '../import/recompute-consumption.ts';
import type { FileImportReport } from '../import/types.ts';
import { DEFAULT_SOURCES, isFeedFile, sourceOrder, tableOfSource } from './sources.ts';

export interface FeedFileOutcome {
  readonly source: string;
  readonly file: string;
  readonly batchId: number;
  readonly status: FileImportReport['status'];
  readonly rowsNew: number;
  readonly rowsUpdated: number;
  readonly rowsRejected: number;
  readonly error: string | null;
  /** Where the file is now, relative to the inbox. */
  readonly movedTo: string;
}

export interface InboxScan {
  readonly files: readonly FeedFileOutcome[];
  /** Rows added or changed by the whole scan (0 = nothing new for detection). */
  readonly changedRows: number;
  /**
   * Subdistricts whose detection the scan changes, when only readings
   * changed (their meters' subdistricts: a late meter feed re-scores only
   * those); null = any table may touch any subdistrict, score them all.
   */
  readonly changedSubdistricts: readonly string[] | null;
}

/** Creates the inbox and its default source folders (so staff see where to put files). */
export async function ensureInbox(inbox: string): Promise<void> {
  for (const source of DEFAULT_SOURCES) await mkdir(path.join(inbox, source), { recursive: true });
}

/** A free name in `dir` for `name` (a re-delivered file does not overwrite the earlier one's archive copy). */
async function freeName(dir: string, name: string, stamp: string): Promise<string> {
  const candidates = [name, `${stamp}-${name}`];
  for (let i = 2; ; i++) {
    const c = candidates.shift() ?? `${stamp}-${i}-${name}`;
    try {
      await stat(path.join(dir, c));
    } catch {
      return c;
    }
  }
}

function reportOf(r: FileImportReport, source: string): string {
  return `${JSON.stringify({
    source, file: r.file, batchId: r.batchId, status: r.status, rowsRead: r.rowsRead, rowsNew: r.rowsNew, rowsUpdated: r.rowsUpdated,
    rowsRejected: r.rowsRejected, warnings: r.warningSamples, error: r.error, sameAsBatchId: r.sameAsBatchId,
    rejected: r.firstRejected.map((issue) => formatIssue(issue)),
    note: r.rowsRejected > r.firstRejected.length ? `全部被拒行见导入批次 ${r.batchId}（数据导入页面）` : undefined,
  }, null, 2)}\n`;
}

export async function scanInbox(db: Database, inbox: string, now: () => number = Date.now): Promise<InboxScan> {
  const entries = await readdir(inbox, { withFileTypes: true }).catch(() => []);
  const sources = entries.filter((e) => e.isDirectory() && tableOfSource(e.name) !== null).map((e) => e.name).sort(sourceOrder);
  const files: FeedFileOutcome[] = [];
  let readingsChanged = false;
  let othersChanged = false;
  for (const source of sources) {
    const table = tableOfSource(source);
    if (table === null) continue;
    const dir = path.join(inbox, source);
    const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && isFeedFile(e.name)).map((e) => e.name).sort();
    for (const name of names) {
      const report = await importOneFile(db, table, path.join(dir, name), { recompute: false });
      if (table === 'readings' && report.status === 'imported') readingsChanged = true;
      if (table !== 'readings' && report.rowsNew + report.rowsUpdated > 0) othersChanged = true;
      const target = report.status === 'failed' ? 'failed' : 'archive';
      const targetDir = path.join(dir, target);
      await mkdir(targetDir, { recursive: true });
      const stamp = new Date(now()).toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
      const finalName = await freeName(targetDir, name, stamp);
      await writeFile(path.join(targetDir, `${finalName}.report.json`), reportOf(report, source));
      await rename(path.join(dir, name), path.join(targetDir, finalName));
      files.push({
        source, file: name, batchId: report.batchId, status: report.status, rowsNew: report.rowsNew, rowsUpdated: report.rowsUpdated,
        rowsRejected: report.rowsRejected, error: report.error, movedTo: path.join(source, target, finalName),
      });
    }
  }
  // Which subdistricts the new readings touch: read before the recompute empties consumption_dirty.
  const changedSubdistricts = othersChanged ? null : readingsChanged ? await subdistrictsOfDirtyMeters(db) : [];
  // Daily consumption once for the whole scan, like `sentinel import` after its files.
  if (readingsChanged) await recomputeDailyConsumption(db);
  return { files, changedRows: files.reduce((n, f) => n + f.rowsNew + f.rowsUpdated, 0), changedSubdistricts };
}
