// Addresses as Shanghai callers and registries write them, reduced to one
// canonical form so the same dwelling compares equal:
//   上海市静安区汾西路２６１弄１２号楼３０１室  ->  汾西路261弄12号301
// Pure string functions, no IO.

const DISTRICTS = [
  '黄浦', '徐汇', '长宁', '静安', '普陀', '虹口', '杨浦', '闵行', '宝山', '嘉定',
  '浦东新', '浦东', '金山', '松江', '青浦', '奉贤', '崇明', '闸北', '卢湾', '南汇',
];
const CITY_RE = /^(中国)?上海(市)?/;
const DISTRICT_RE = new RegExp(`^(${DISTRICTS.join('|')})区`);
// A subdistrict or town name: 2-5 Han characters then 街道 or 镇 (临汾路街道, 七宝镇).
const SUBDISTRICT_RE = /^[\u4e00-\u9fff]{2,5}?(街道|镇)/;
// 居委 / 居民区 names sometimes lead a ticket's address (临汾居委).
const COMMITTEE_RE = /^[\u4e00-\u9fff]{2,6}?(居委会|居委|居民区)/;

/**
 * Canonical text of an address: NFKC (full-width digits and letters to
 * half-width), upper case, `#`/号楼/栋/幢 -> 号, no spaces or punctuation,
 * city / district / subdistrict prefixes dropped, a trailing 室 dropped.
 */
export function normaliseAddress(text: string): string {
  let s = text.normalize('NFKC').toUpperCase();
  s = s.replace(/[\s\p{P}\p{S}]+/gu, (m) => (m.includes('#') ? '号' : m.includes('-') ? '-' : ''));
  s = s.replace(/号楼|栋|幢/g, '号');
  // `12-301` (building-room) as exports write it.
  s = s.replace(/(\d+[A-Z]?)-(\d+)室?$/, '$1号$2');
  s = s.replace(/-/g, '');
  s = s.replace(CITY_RE, '');
  s = s.replace(DISTRICT_RE, '');
  s = s.replace(SUBDISTRICT_RE, '');
  s = s.replace(COMMITTEE_RE, '');
  s = s.replace(/(\d)室/g, '$1');
  return s;
}

/** 楼号 as registries hold it (`12`, `12号`, `12号楼`, `12栋`) -> `12`. */
export function normaliseBuilding(text: string): string {
  return normaliseAddress(text).replace(/号$/, '');
}

/** 室号 (`301`, `301室`) -> `301`. */
export function normaliseRoom(text: string): string {
  return normaliseAddress(text).replace(/室$/, '');
}

/** 单元 (`1`, `1单元`, `一单元` is not handled) -> `1`. */
export function normaliseUnit(text: string): string {
  return normaliseAddress(text).replace(/单元$/, '');
}

/** Common compound-name suffixes; the core name (`临汾`) is a looser key than the full one (`临汾小区`). */
const COMPOUND_SUFFIX_RE = /(小区|新村|花园|公寓|家园|苑|村)$/;

export function compoundCore(normalisedCommunity: string): string {
  const core = normalisedCommunity.replace(COMPOUND_SUFFIX_RE, '');
  return core.length >= 2 ? core : normalisedCommunity;
}

export interface ParsedAddress {
  /** What precedes the building: road and lane (汾西路261弄) or a compound name (临汾小区). */
  area: string;
  building: string;
  unit: string | null;
  room: string;
}

// Greedy area: the LAST `<building>号[<unit>单元]<room>` wins, so a road number
// (汾西路261号12号301) stays in the area. Anything after the room is ignored.
const PARSE_RE = /^(.*)?(?<![0-9A-Z])([0-9]+[A-Z]?|[A-Z])号(?:([0-9]+)单元)?([0-9]{1,5}[A-Z]?)/;

/** Splits a normalised address into area, building, unit and room; null when it has no building-room part. */
export function parseAddress(normalised: string): ParsedAddress | null {
  const m = PARSE_RE.exec(normalised);
  if (!m) return null;
  return { area: m[1] ?? '', building: m[2], unit: m[3] ?? null, room: m[4] };
}

export function canonicalKey(area: string, building: string, unit: string | null, room: string): string {
  return `${area}|${building}号|${unit === null ? '' : `${unit}单元`}|${room}`;
}
