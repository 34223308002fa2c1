// `sentinel worker` stops with exit code 2 and one Chinese line, opening
// nothing, when it cannot work: no PostgreSQL server (the embedded database
// belongs to the one server process), or a bad option.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../bin/sentinel.js', import.meta.url));
const ENV = { ...process.env, SENTINEL_DATA_DIR: '/nonexistent/sentinel-worker-test', DATABASE_URL: '' };

it.each([
  [[], ['DATABASE_URL', '嵌入式数据库']],
  [['--lease-seconds', '1'], ['--lease-seconds', '2-3600']],
])('sentinel worker %o exits 2 naming %o', (args, names) => {
  const res = spawnSync(process.execPath, [CLI, 'worker', ...args], { env: ENV, encoding: 'utf8' });
  expect(res.status).toBe(2);
  for (const name of names) expect(res.stderr).toContain(name);
});
