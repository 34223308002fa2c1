import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { run } from '../src/commands/retention.ts';

const env = { ...process.env };
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sentinel-retention-cli-'));
  process.env.SENTINEL_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
});
afterAll(async () => {
  process.env = env;
  await rm(dataDir, { recursive: true, force: true });
});

it('sentinel retention --dry-run prints what each term would remove; a bad term is a usage error', async () => {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  try {
    expect(await run(['--dry-run'])).toBe(0);
    process.env.SENTINEL_RETENTION_AUDIT_LOG_DAYS = '10';
    expect(await run([])).toBe(2);
  } finally {
    o.mockRestore();
    e.mockRestore();
    delete process.env.SENTINEL_RETENTION_AUDIT_LOG_DAYS;
  }
  expect(out).toContain('演练，未做任何修改');
  expect(out).toMatch(/门禁通行记录（access_events）保留 455 天，\d{4}-\d{2}-\d{2} 之前：将删除 delete 0 条/);
  expect(out).toContain('审计日志（audit_log）保留 1095 天');
  expect(err).toContain('SENTINEL_RETENTION_AUDIT_LOG_DAYS');
});
