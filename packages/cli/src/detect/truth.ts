// truth.csv of the demo generator: house_id,profile,confounder,episodes where
// episodes are `start..end` ISO date ranges separated by `|` (an empty end =
// still going). Only `sentinel eval` reads it; detect never does.
import { readFile } from 'node:fs/promises';
import { isoToDay } from '@sentinel/domain';

export interface TruthHouse {
  profile: string;
  confounder: string | null;
  episodes: { start: number; end: number }[];
  /** Trap kind of truth.csv's `trap` column, or from the profile when the file has none (group rentals: see trapOn). */
  trap: string | null;
}

const PROFILE_TRAP: Record<string, string> = {
  new_tenant: 'move_in', leak: 'leak', shop: 'shop', home_business: 'home_business', multigen_family: 'big_family', shared_rental: 'shared_rental',
};

/** The trap a house sets on a day: an ended group rental after its last episode ended, else its own kind (null = none). */
export function trapOn(t: TruthHouse | undefined, day: number): string | null {
  if (!t) return null;
  if (t.episodes.length > 0 && activeOn(t, day) === 0 && t.episodes.some((e) => e.end < day)) return 'ended_group_rental';
  return t.trap === 'ended_group_rental' ? null : t.trap;
}

/** RFC 4180 records of a small text (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export async function readTruth(path: string): Promise<Map<string, TruthHouse>> {
  const rows = parseCsv(await readFile(path, 'utf8'));
  if (rows.length === 0) throw new Error(`${path}：文件为空 (empty truth file)`);
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path} 第1行：缺少列 ${name} (missing column)`);
    return i;
  };
  const [cId, cProfile, cConf, cEp] = [col('house_id'), col('profile'), col('confounder'), col('episodes')];
  const cTrap = header.indexOf('trap');
  const out = new Map<string, TruthHouse>();
  rows.slice(1).forEach((r, i) => {
    const episodes = (r[cEp] ?? '').split('|').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [a, b] = s.split('..');
      const start = isoToDay(a.trim());
      const end = b === undefined || b.trim() === '' ? Number.POSITIVE_INFINITY : isoToDay(b.trim());
      if (Number.isNaN(start) || Number.isNaN(end)) throw new Error(`${path} 第${i + 2}行 列 episodes：无法解析 "${s}"`);
      return { start, end };
    });
    const conf = (r[cConf] ?? '').trim();
    const profile = r[cProfile] ?? '';
    const trap = cTrap >= 0 ? (r[cTrap] ?? '').trim() || null : PROFILE_TRAP[profile] ?? null;
    out.set(r[cId], { trap, profile, confounder: ['', 'none', 'false', '0', 'no', 'n', '否'].includes(conf.toLowerCase()) ? null : r[cProfile] ?? conf, episodes });
  });
  return out;
}

/** 1 when the house is in a group-rental episode on the day. */
export function activeOn(t: TruthHouse | undefined, day: number): number {
  if (!t) return 0;
  for (const e of t.episodes) if (e.start <= day && day <= e.end) return 1;
  return 0;
}
