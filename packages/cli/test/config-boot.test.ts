// Boot with a malformed setting: the command stops before opening anything,
// exit code 2, and the message names the variable.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../bin/sentinel.js', import.meta.url));

it.each([
  ['serve', { PORT: 'eighty' }, 'PORT'],
  ['start', { SENTINEL_WEBHOOK_URL: 'https://ywtg.example/hook' }, 'SENTINEL_WEBHOOK_SECRET'],
])('sentinel %s with %o exits non-zero naming %s', (command, env, name) => {
  const res = spawnSync(process.execPath, [CLI, command], { env: { ...process.env, SENTINEL_DATA_DIR: '/nonexistent/sentinel-config-test', DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 60_000 });
  expect(res.status).toBe(2);
  expect(res.stderr).toContain(name);
  expect(res.stderr).toContain('配置错误');
});
