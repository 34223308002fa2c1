// `sentinel import --data DIR [--quiet] [--force] [--earliest D] [--latest D]`:
// a dataset folder into the database (PGlite folder SENTINEL_DATA_DIR, default
// ./data; or DATABASE_URL). Every file is attempted, each in its own batch.
// Exit 0 when every file was read (some rows may be rejected: they are listed
// and kept in rejected_rows); non-zero when a required file is missing or any
// file could not be imported (the others are kept; the summary names it).
import { openConfiguredDatabase } from '../configured.ts';
import { dateWindow, DEFAULT_EARLIEST_DAY, FileProblem, formatIssue, locateDataset, type DateWindow } from '@sentinel/ingest';
import { importDataset, type DatasetImportReport, type FileImportReport } from '@sentinel/services';
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { ImportProgressView } from '../import-progress.ts';

const SHOWN_REJECTED = 5;
const USAGE = '用法 usage: sentinel import --data <数据目录 dataset dir> [--quiet] [--force] [--earliest YYYY-MM-DD] [--latest YYYY-MM-DD]\n'
  + `  --earliest/--latest: 读数、通行、工单、核查时间的合理日期范围 plausible dates (默认 default ${DEFAULT_EARLIEST_DAY} ～ 明天 tomorrow)`;

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const opts = parseOptions(args, {
      data: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      earliest: { type: 'string', default: DEFAULT_EARLIEST_DAY },
      latest: { type: 'string' },
    });
    if (!opts.data) throw new UsageError(USAGE);
    let window: DateWindow;
    try {
      window = dateWindow(opts.earliest, opts.latest);
    } catch (err) {
      throw new UsageError(`${(err as Error).message}\n${USAGE}`);
    }
    // A missing required table is reported before a database folder is created or opened.
    try {
      await locateDataset(opts.data);
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      process.stderr.write(`无法导入 cannot import: ${err.message}\n`);
      return 1;
    }
    const db = await openConfiguredDatabase();
    const out = (line: string): void => {
      if (!opts.quiet) process.stdout.write(`${line}\n`);
    };
    out(`数据库 database: ${db.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${db.location}`);
    const view = new ImportProgressView(!opts.quiet && process.stderr.isTTY === true);
    try {
      const report = await importDataset(db, opts.data, { force: opts.force, dateWindow: window, onProgress: (e) => view.update(e) });
      view.stop();
      printReport(report, out);
      for (const f of report.failed) {
        process.stderr.write(`导入失败 import failed: ${f.file}（批次 batch #${f.batchId} 已回滚 rolled back）：${f.error}\n`);
      }
      if (report.failed.length > 0) {
        process.stderr.write(`${report.failed.length} 个文件导入失败，其余 ${report.files.length - report.failed.length} 个文件已处理 (${report.failed.length} of ${report.files.length} files failed)\n`);
        return 1;
      }
      return 0;
    } finally {
      view.stop();
      await db.close();
    }
  });
}

const STATUS_LABELS: Record<FileImportReport['status'], string> = {
  imported: '已导入 imported',
  unchanged: '无变化 unchanged',
  failed: '失败 failed',
};

function printReport(report: DatasetImportReport, out: (line: string) => void): void {
  const header = ['文件 file', '状态 status', '读取 read', '导入 imported', '新增 new', '更新 updated', '拒绝 rejected', '警告 warnings', '批次 batch'];
  const rows = report.files.map((f) => [
    f.file, STATUS_LABELS[f.status], n(f.rowsRead), n(f.rowsImported), n(f.rowsNew), n(f.rowsUpdated), n(f.rowsRejected), n(f.warnings),
    f.sameAsBatchId === null ? `#${f.batchId}` : `#${f.batchId} (=#${f.sameAsBatchId})`,
  ]);
  out('');
  for (const line of table([header, ...rows])) out(line);
  out('');
  const c = report.consumption;
  out(`日用量 daily consumption: 导入时计算 ${n(c.inlineMeters)} 块表 computed while loading, 重新计算 ${n(c.meters)} 块表 recomputed, 读数异常 reading errors ${n(c.readingErrors)}`);
  out(`用时 took ${(report.durationMs / 1000).toFixed(1)} s`);
  const failed = report.failed.length;
  out(`汇总 summary: ${report.files.length} 个文件 files，失败 failed ${failed}，拒绝 ${n(report.files.reduce((s, f) => s + f.rowsRejected, 0))} 行 rows rejected`);

  const withRejected = report.files.filter((f) => f.firstRejected.length > 0);
  for (const f of withRejected) {
    out('');
    out(`${f.file}: 拒绝 ${n(f.rowsRejected)} 行 rows rejected，前 ${Math.min(SHOWN_REJECTED, f.firstRejected.length)} 行 first ones:`);
    for (const issue of f.firstRejected.slice(0, SHOWN_REJECTED)) out(`  ${formatIssue(issue)}`);
  }
  for (const f of report.files.filter((x) => x.warningSamples.length > 0 && x.status !== 'unchanged')) {
    out('');
    out(`${f.file}: 警告 ${n(f.warnings)} 条 warnings (行已保留 rows kept):`);
    for (const w of f.warningSamples.slice(0, SHOWN_REJECTED)) out(`  ${w}`);
  }
  if (report.files.some((f) => f.rowsRejected > 0)) {
    out('');
    out('被拒绝的行全部保存在表 rejected_rows 中（按批次 batch_id）。查看 see all of them: ');
    out('  SELECT line, column_name, reason, raw FROM rejected_rows WHERE batch_id = <批次号> ORDER BY line;');
    out('  或 or: GET /api/imports/<批次号>/rejected');
  }
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** Columns padded to their display width (CJK characters count as two). */
function table(rows: string[][]): string[] {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c] - width(cell))).join('  ').trimEnd());
}
