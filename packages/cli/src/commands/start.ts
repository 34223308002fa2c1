// `sentinel start` (what `npm start` runs): on an empty embedded database,
// generate the demo district and import it first; then serve. A second start
// finds the data and goes straight to serving.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countRows, type Database } from '@sentinel/db';
import { currentConfig, openConfiguredDatabase } from '../configured.ts';
import { importDataset, runDetectionAsSystem, seedDemoUsers, seedDemoWork, type DemoClock, type DemoCredential } from '@sentinel/services';
import { openDemoClock } from '../demo-clock-file.ts';
import { describeScope } from '../user/describe.ts';
import { attachmentsDir } from '@sentinel/server/config';
import { parseOptions, runCommand } from '../args.ts';
import { DEMO_DEFAULTS, formatSummary, generateDemo } from '@sentinel/demo';
import { serveUntilStopped } from '../serve-app.ts';
import { ImportProgressView } from '../import-progress.ts';
import { formatRunSummary } from '../detect/runSummary.ts';

/**
 * Written into the database folder once `start` has filled it with the demo
 * district. Demo accounts (public password) are created only where this marker
 * is: an embedded database that holds a subdistrict's real data, imported with
 * `sentinel import`, never gets them.
 */
export const DEMO_MARKER = '.sentinel-demo';

/** The demo dataset sits beside the database folder (./data → ./data-demo) so `sentinel detect --data` can use it too. */
export function demoDatasetDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-demo`);
}

async function loadDemoDistrict(db: Database, dataDir: string): Promise<void> {
  const outDir = demoDatasetDir(dataDir);
  if (!existsSync(path.join(outDir, 'houses.csv'))) {
    process.stdout.write(`数据库为空，正在生成演示街道（${DEMO_DEFAULTS.houses} 户，${DEMO_DEFAULTS.days} 天）→ ${outDir}\n`);
    const started = performance.now();
    const summary = await generateDemo({ ...DEMO_DEFAULTS, outDir, truthPath: path.join(outDir, 'truth.csv'), messy: false });
    process.stdout.write(formatSummary(summary, (performance.now() - started) / 1000, outDir));
  }
  process.stdout.write(`正在导入演示数据 importing the demo district…\n`);
  const view = new ImportProgressView(process.stderr.isTTY === true);
  try {
    const report = await importDataset(db, outDir, { onProgress: (e) => view.update(e) });
    view.stop();
    // The demo district is generated here: a file of it that fails is a bug, not data to live with.
    if (report.failed.length > 0) throw new Error(`演示数据导入失败 demo import failed: ${report.failed.map((f) => `${f.file}：${f.error}`).join('；')}`);
    const rejected = report.files.reduce((s, f) => s + f.rowsRejected, 0);
    const imported = report.files.reduce((s, f) => s + f.rowsImported, 0);
    process.stdout.write(`导入完成 imported ${imported.toLocaleString('en-US')} 行 rows（拒绝 rejected ${rejected}），用时 ${(report.durationMs / 1000).toFixed(1)} s\n`);
  } finally {
    view.stop();
  }
}

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The cockpit is built once (a fresh clone has no dist/); later starts reuse it. */
function ensureWebBuilt(): void {
  if (existsSync(path.join(REPO_ROOT, 'packages/web/dist/index.html'))) return;
  process.stdout.write('首次启动：正在构建数据驾驶舱 building the web cockpit…\n');
  const res = spawnSync('npm', ['run', 'build', '-w', '@sentinel/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (res.status !== 0) process.stderr.write('警告：前端构建失败，接口仍可使用 (web build failed; the API still works)\n');
}

function printDemoCredentials(credentials: readonly DemoCredential[]): void {
  process.stdout.write('\n演示账号 demo accounts（仅演示模式 demo mode only）：\n');
  for (const c of credentials) {
    const scope = describeScope(c.jurisdiction);
    process.stdout.write(`  ${c.username.padEnd(12)} ${c.password}  ${c.roleLabel}（${c.unitName}，辖区 ${scope}）\n`);
  }
}

export function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    parseOptions(args, {});
    const config = currentConfig();
    const dataDir = path.resolve(config.dataDir);
    ensureWebBuilt();
    const db = await openConfiguredDatabase(config);
    const counts = await countRows(db);
    if (counts.houses === 0) {
      if (db.engine === 'pglite') {
        await loadDemoDistrict(db, dataDir);
        writeFileSync(path.join(dataDir, DEMO_MARKER), `demo district from ${demoDatasetDir(dataDir)}\n`);
        // Today's whistles for the cockpit from the first minute: one run, as the system.
        process.stdout.write('正在运行数字吹哨 running detection…\n');
        process.stdout.write(formatRunSummary(await runDetectionAsSystem(db)));
      } else {
        // A real PostgreSQL is a real deployment: never fill it with invented people.
        process.stdout.write('PostgreSQL 数据库为空：请用 `npx sentinel import --data <目录>` 导入本街道数据。\n');
      }
    } else {
      process.stdout.write(`使用已有数据 using existing data: ${counts.houses.toLocaleString('en-US')} 户 houses, ${counts.readings.toLocaleString('en-US')} 条读数 readings\n`);
    }
    // Demo users exist only on the embedded database this command filled with
    // the demo district: never on PostgreSQL, nor on embedded real data.
    let demoClock: DemoClock | undefined;
    if (db.engine === 'pglite' && existsSync(path.join(dataDir, DEMO_MARKER))) {
      // Demo mode: the administrator may move the demo's today forward (演示时钟).
      demoClock = await openDemoClock(dataDir);
      if (demoClock.offsetDays() > 0) process.stdout.write(`演示时钟 demo clock: 比实际日期提前 ${demoClock.offsetDays()} 天\n`);
      printDemoCredentials(await seedDemoUsers(db));
      // 宣传摸底, landlords and their credit, 疏堵结合: demo data (once; docs/survey.md, docs/parties.md).
      await seedDemoWork(db, { dir: attachmentsDir(config) });
    } else if (counts.houses > 0) process.stdout.write('真实数据模式：不创建演示账号；首位管理员用 `npx sentinel user create` 创建。\n');
    return serveUntilStopped(db, config, demoClock ? { demoClock } : {});
  });
}
