// A small demo district split into several subdistricts (街道): the demo
// generator writes one subdistrict, so houses.csv is rewritten to give each
// contiguous block of houses (whole buildings mostly) its own subdistrict.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '@sentinel/demo';

/** Subdistricts and towns of 静安区 (the seeds' district). */
export const JINGAN_SUBDISTRICTS = [
  '临汾路街道', '芷江西路街道', '石门二路街道', '彭浦镇', '静安寺街道', '南京西路街道', '江宁路街道', '曹家渡街道', '天目西路街道', '北站街道',
] as const;

export async function writeSubdistrictDataset(o: { subdistricts: readonly string[]; houses: number; days: number; seed: number }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sentinel-subdistricts-'));
  await generateDemo({ outDir: dir, truthPath: join(dir, 'truth.csv'), houses: o.houses, seed: o.seed, days: o.days, end: '2026-11-15', messy: false });
  const file = join(dir, 'houses.csv');
  const [header, ...rows] = (await readFile(file, 'utf8')).trimEnd().split('\n');
  if (header.split(',')[1] !== 'subdistrict') throw new Error(`houses.csv: expected subdistrict as column 2, got ${header}`);
  const out = rows.map((line, i) => {
    if (line.includes('"')) throw new Error(`houses.csv line ${i + 2}: quoted field, not split by this fixture`);
    const cells = line.split(',');
    cells[1] = o.subdistricts[Math.floor((i * o.subdistricts.length) / rows.length)];
    return cells.join(',');
  });
  await writeFile(file, `${[header, ...out].join('\n')}\n`);
  return dir;
}
