// Finds the files of a dataset folder (docs/data-formats.md): each
// table as `<table>.csv` or `<table>.xlsx`; readings/ and access_events/ as
// folders of such files. Names are matched case-insensitively; Excel's lock
// files (`~$x.xlsx`) and hidden files are skipped.
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { FileProblem } from './errors.ts';
import { ioReason } from './source/csv-file.ts';

export interface DatasetFiles {
  dir: string;
  houses: string;
  meters: string;
  readings: string[];
  access_events: string[];
  complaints: string | null;
  inspections: string | null;
}

const EXTENSIONS = new Set(['.csv', '.xlsx']);

interface Entry { name: string; isFile: boolean; isDir: boolean }

async function list(dir: string, shown: string): Promise<Entry[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .map((e) => ({ name: e.name, isFile: e.isFile() || e.isSymbolicLink(), isDir: e.isDirectory() }));
  } catch (err) {
    throw new FileProblem(shown, 0, null, `无法读取数据目录：${ioReason(err)}`);
  }
}

const isTableFile = (e: Entry): boolean => e.isFile && EXTENSIONS.has(extname(e.name).toLowerCase());

/** `<table>.csv` or `<table>.xlsx` at the top of the dataset; both present is ambiguous. */
function single(dir: string, entries: Entry[], table: string): string | null {
  const found = entries.filter((e) => isTableFile(e) && basename(e.name, extname(e.name)).toLowerCase() === table);
  if (found.length > 1) {
    throw new FileProblem(found.map((e) => e.name).join(' / '), 0, null, `同一张表有多个文件，无法确定使用哪一个：${found.map((e) => e.name).join('、')}`);
  }
  return found.length === 1 ? join(dir, found[0].name) : null;
}

async function folder(dir: string, entries: Entry[], table: string): Promise<string[]> {
  const sub = entries.find((e) => e.isDir && e.name.toLowerCase() === table);
  if (!sub) return [];
  const path = join(dir, sub.name);
  const files = (await list(path, `${table}/`)).filter(isTableFile).map((e) => e.name);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // by code unit: stable across locales
  return files.map((f) => join(path, f));
}

export async function locateDataset(dir: string): Promise<DatasetFiles> {
  const entries = await list(dir, dir);
  const houses = single(dir, entries, 'houses');
  const meters = single(dir, entries, 'meters');
  const readings = await folder(dir, entries, 'readings');
  if (houses === null) throw new FileProblem('houses.csv', 0, null, `缺少必需的表：数据目录 ${dir} 中没有 houses.csv 或 houses.xlsx`);
  if (meters === null) throw new FileProblem('meters.csv', 0, null, `缺少必需的表：数据目录 ${dir} 中没有 meters.csv 或 meters.xlsx`);
  if (readings.length === 0) {
    throw new FileProblem('readings/', 0, null, `缺少必需的表：数据目录 ${dir} 中没有 readings/ 文件夹，或其中没有 .csv / .xlsx 文件`);
  }
  return {
    dir,
    houses,
    meters,
    readings,
    access_events: await folder(dir, entries, 'access_events'),
    complaints: single(dir, entries, 'complaints'),
    inspections: single(dir, entries, 'inspections'),
  };
}
