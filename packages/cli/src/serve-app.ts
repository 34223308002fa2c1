// Starts the HTTP server on an open database and keeps it up until SIGINT /
// SIGTERM, then stops the background work, the server and the database
// (PGlite must be closed to leave its folder consistent). The background work
// (retention, the 一网统管 outbox, feeds and jobs) is started by background.ts.
import { buildApp, type AppOptions } from '@sentinel/server';
import { attachmentsDir, secureCookies, type Config } from '@sentinel/server/config';
import type { Database } from '@sentinel/db';
import { startBackground } from './background.ts';

/** `extra`: what only some commands give the app (start's demo clock). */
export async function serveUntilStopped(db: Database, config: Config, extra: Partial<AppOptions> = {}): Promise<number> {
  const background = await startBackground(db, config);
  const app = await buildApp({ db, logger: { level: config.logLevel }, attachmentsDir: attachmentsDir(config), secureCookies: secureCookies(config), ...background.appOptions, ...extra });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`\n群租哨兵已启动 Sentinel is running: http://${shownHost}:${port}/\n`);
  process.stdout.write(`  健康检查 health:  http://${shownHost}:${port}/api/health\n`);
  process.stdout.write(`  接口文档 API docs: http://${shownHost}:${port}/api/docs\n`);
  process.stdout.write(`  数据库 database:   ${db.engine} ${db.location}\n`);
  for (const line of background.describe()) process.stdout.write(`  ${line}\n`);
  process.stdout.write('按 Ctrl+C 停止 (press Ctrl+C to stop)\n');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('正在停止 stopping…\n');
  await background.stop();
  await app.close();
  await db.close();
  return 0;
}
