import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, locateDataset } from '../src/index.ts';
import { put, tempDir } from './helpers.ts';

describe('locateDataset', () => {
  it('finds csv or xlsx per table, and the readings/access_events folders sorted by name', async () => {
    const d = tempDir();
    for (const f of ['Houses.CSV', 'meters.xlsx', 'readings/b.csv', 'readings/a.xlsx', 'readings/~$a.xlsx', 'readings/notes.txt', 'access_events/2026.csv', 'complaints.csv']) put(d, f, 'x');
    expect(await locateDataset(d)).toEqual({
      dir: d,
      houses: join(d, 'Houses.CSV'),
      meters: join(d, 'meters.xlsx'),
      readings: [join(d, 'readings/a.xlsx'), join(d, 'readings/b.csv')],
      access_events: [join(d, 'access_events/2026.csv')],
      complaints: join(d, 'complaints.csv'),
      inspections: null,
    });
  });

  it('names the missing required table', async () => {
    const d = tempDir();
    put(d, 'houses.csv', 'x');
    await expect(locateDataset(d)).rejects.toThrow(/^meters\.csv：缺少必需的表/);
    put(d, 'meters.csv', 'x');
    put(d, 'readings/readme.md', 'x');
    const err = await locateDataset(d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileProblem);
    expect((err as FileProblem).file).toBe('readings/');
    await expect(locateDataset(join(d, 'nowhere'))).rejects.toThrow('无法读取数据目录');
  });

  it('refuses a table given twice', async () => {
    const d = tempDir();
    for (const f of ['houses.csv', 'houses.xlsx', 'meters.csv', 'readings/a.csv']) put(d, f, 'x');
    await expect(locateDataset(d)).rejects.toThrow('同一张表有多个文件');
  });
});
