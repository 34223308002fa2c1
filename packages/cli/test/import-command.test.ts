import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../src/commands/import.ts';
import { writeTinyDataset } from '../../services/test/import/tiny-dataset.ts';

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  try {
    const code = await fn();
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('sentinel import', () => {
  let dataset: string;
  let dataDir: string;
  const env = { ...process.env };
  beforeAll(async () => {
    dataset = await writeTinyDataset();
    dataDir = await mkdtemp(join(tmpdir(), 'sentinel-cli-db-'));
    process.env.SENTINEL_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    process.env = env;
    await rm(dataset, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exits 0 when only some rows are rejected, and says where they are', async () => {
    const { code, out } = await capture(() => run(['--data', dataset]));
    expect(code).toBe(0);
    expect(out).toContain('houses.csv');
    expect(out).toContain('拒绝 2 行');
    expect(out).toContain('面积');
    expect(out).toContain('rejected_rows');
  });

  it('reports unchanged files on a second run', async () => {
    const { code, out } = await capture(() => run(['--data', dataset]));
    expect(code).toBe(0);
    expect(out).toContain('无变化 unchanged');
    expect(out).not.toContain('已导入 imported');
  });

  it('exits non-zero when a required file is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'sentinel-empty-'));
    try {
      const { code, err } = await capture(() => run(['--data', empty]));
      expect(code).toBe(1);
      expect(err).toContain('houses.csv');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('attempts every file when one fails, prints a summary naming it, and exits non-zero', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'sentinel-broken-'));
    const db = await mkdtemp(join(tmpdir(), 'sentinel-cli-db2-'));
    try {
      await cp(dataset, broken, { recursive: true });
      // Sorts first in readings/: a file without the required columns cannot be read at all.
      await writeFile(join(broken, 'readings', '0000-bad.csv'), 'foo,bar\n1,2\n');
      process.env.SENTINEL_DATA_DIR = db;
      const { code, out, err } = await capture(() => run(['--data', broken]));
      expect(code).toBe(1);
      expect(err).toMatch(/导入失败 import failed: readings\/0000-bad\.csv（批次 batch #\d+ 已回滚 rolled back）：readings\/0000-bad\.csv 第1行 列 meter_id：缺少必填列/);
      expect(err).toContain('1 个文件导入失败');
      expect(out).toMatch(/汇总 summary: 8 个文件 files，失败 failed 1/);
      // The files after it were still imported.
      expect(out).toMatch(/complaints\.csv\s+已导入 imported/);
      expect(out).toMatch(/inspections\.csv\s+已导入 imported/);
    } finally {
      process.env.SENTINEL_DATA_DIR = dataDir;
      await rm(broken, { recursive: true, force: true });
      await rm(db, { recursive: true, force: true });
    }
  });

  it('refuses a malformed date window before touching the database', async () => {
    const { code, err } = await capture(() => run(['--data', dataset, '--latest', '2026-13-01']));
    expect(code).toBe(2);
    expect(err).toContain('最晚日期无效');
  });

  it('prints nothing on stdout with --quiet', async () => {
    const { code, out } = await capture(() => run(['--data', dataset, '--quiet']));
    expect(code).toBe(0);
    expect(out).toBe('');
  });
});
