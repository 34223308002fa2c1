// `sentinel district assign --district 静安区 --subdistrict 临汾路街道,芷江西路街道`:
// puts subdistricts of the register under a district (区), for a register
// whose houses file has no `district` column; `sentinel district list` shows
// each subdistrict with its district. A district user's scope follows at the
// next request (it is read at every session load).
import { assignSubdistrictsToDistrict, listSubdistrictDistricts } from '@sentinel/db';
import { openConfiguredDatabase } from '../configured.ts';
import { parseOptions, runCommand, UsageError } from '../args.ts';
import { parseList } from '../user/field-options.ts';
import { databaseLine } from '../user/describe.ts';

const USAGE =
  '用法 usage: sentinel district assign --district <区> --subdistrict <街道,街道>\n' +
  '            sentinel district list';

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const [sub, ...rest] = args;
    if (sub === 'list') return list(rest);
    if (sub === 'assign') return assign(rest);
    throw new UsageError(USAGE);
  });
}

async function assign(args: string[]): Promise<number> {
  const opts = parseOptions(args, { district: { type: 'string' }, subdistrict: { type: 'string' } });
  const district = opts.district?.trim();
  const subdistricts = parseList(opts.subdistrict);
  if (!district) throw new UsageError(`--district: 请指定区，如 静安区。\n${USAGE}`);
  if (!subdistricts) throw new UsageError(`--subdistrict: 请指定至少一个街道（逗号分隔）。\n${USAGE}`);
  const db = await openConfiguredDatabase();
  try {
    process.stdout.write(`${databaseLine(db)}\n`);
    const { unknown } = await db.transaction((tx) => assignSubdistrictsToDistrict(tx, district, subdistricts));
    if (unknown.length > 0) throw new UsageError(`--subdistrict: 街道「${unknown.join('、')}」不在房屋登记中（先导入其房屋表）；未作任何更改。 (Unknown subdistricts; nothing changed.)`);
    process.stdout.write(`已归入 assigned: ${subdistricts.join('、')} → ${district}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

async function list(args: string[]): Promise<number> {
  parseOptions(args, {});
  const db = await openConfiguredDatabase();
  try {
    for (const r of await listSubdistrictDistricts(db)) process.stdout.write(`${r.district ?? '（未归区 no district）'}\t${r.subdistrict}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
