// Starts the HTTP server on an open database and keeps it up until SIGINT /
// SIGTERM, then closes the server and the database (PGlite must be closed to
// leave its folder consistent). While it runs, the retention job runs every
// day at 03:30 Shanghai time (quiet hours).
import { buildApp, type ServerConfig } from '@sentinel/server';
import type { Database } from '@sentinel/db';
import { defaultAttachmentsDir, retentionPolicy, runRetention, scheduleDaily } from '@sentinel/services';
import { formatRetentionReport } from './retention-report.ts';

const RETENTION_MINUTE_OF_DAY = 3 * 60 + 30;

export async function serveUntilStopped(db: Database, config: ServerConfig): Promise<number> {
  const policy = retentionPolicy(); // a bad SENTINEL_RETENTION_* setting stops the start, not the first night's run
  const app = await buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`\n群租哨兵已启动 Sentinel is running: http://${shownHost}:${port}/\n`);
  process.stdout.write(`  健康检查 health:  http://${shownHost}:${port}/api/health\n`);
  process.stdout.write(`  接口文档 API docs: http://${shownHost}:${port}/api/docs\n`);
  process.stdout.write(`  数据库 database:   ${db.engine} ${db.location}\n按 Ctrl+C 停止 (press Ctrl+C to stop)\n`);

  const retention = scheduleDaily(RETENTION_MINUTE_OF_DAY, async () => {
    const report = await runRetention(db, { policy, storage: { dir: defaultAttachmentsDir() } });
    process.stdout.write(formatRetentionReport(report).join('\n') + '\n');
  }, (err) => process.stderr.write(`保留期限清理失败 retention run failed: ${(err as Error).message}\n`));

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('正在停止 stopping…\n');
  retention.stop();
  await app.close();
  await db.close();
  return 0;
}
