// Peer groups: houses that should use about the same — same compound (小区)
// and same layout (居室数). Small groups fall back to the neighbourhood (居民区)
// with the same layout, then the district with the same layout, then the
// whole district, so every house gets a robust reference.
import type { HouseFacts } from '../types.ts';
import { medianInPlace } from '../stats/robust.ts';

export const PEER_LEVELS = ['community', 'neighborhood', 'district-layout', 'district'] as const;
export type PeerLevel = (typeof PEER_LEVELS)[number];

/** Chinese label of each peer level, as used in reasons. */
export const PEER_LABELS: Record<PeerLevel, string> = {
  community: '同小区同户型',
  neighborhood: '同居民区同户型',
  'district-layout': '全街道同户型',
  district: '全街道',
};

export interface PeerGroups {
  /** group[level][h] = group index of house h at that level. */
  group: Int32Array[];
  groupCount: number[];
}

/** Layouts above 4 bedrooms are rare: pooled with 4 so they still have peers. */
function layoutKey(h: HouseFacts): number {
  return Math.min(4, Math.max(0, Math.round(h.bedrooms)));
}

export function buildPeerGroups(houses: HouseFacts[]): PeerGroups {
  const keyers: ((h: HouseFacts) => string)[] = [
    (h) => `${h.neighborhood}\u0000${h.community}\u0000${layoutKey(h)}`,
    (h) => `${h.neighborhood}\u0000${layoutKey(h)}`,
    (h) => `${layoutKey(h)}`,
    () => '',
  ];
  const group: Int32Array[] = [];
  const groupCount: number[] = [];
  for (const keyOf of keyers) {
    const ids = new Map<string, number>();
    const g = new Int32Array(houses.length);
    for (let i = 0; i < houses.length; i++) {
      const k = keyOf(houses[i]);
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
      }
      g[i] = id;
    }
    group.push(g);
    groupCount.push(ids.size);
  }
  return { group, groupCount };
}

export interface PeerStats {
  center: Float64Array;
  spread: Float64Array;
  level: Uint8Array; // index into PEER_LEVELS
}

/**
 * Median and (shrunk) MAD of `value` among each house's peers. Groups with
 * fewer than `minSize` known values defer to the next level. A small group's
 * MAD is noisy, so it is shrunk toward the district's; `floor` keeps a
 * uniform group from turning tiny differences into huge z-scores.
 */
export function peerStats(pg: PeerGroups, value: Float64Array, minSize: number, floor: number): PeerStats {
  const n = value.length;
  const center = new Float64Array(n).fill(Number.NaN);
  const spread = new Float64Array(n).fill(Number.NaN);
  const level = new Uint8Array(n).fill(PEER_LEVELS.length - 1);
  const done = new Uint8Array(n);
  const last = PEER_LEVELS.length - 1;
  const district = groupStats(pg.group[last], pg.groupCount[last], value);
  const districtSpread = Number.isFinite(district.spread[0]) ? Math.max(floor, district.spread[0]) : floor;
  for (let lv = 0; lv < PEER_LEVELS.length; lv++) {
    const g = pg.group[lv];
    const stats = groupStats(g, pg.groupCount[lv], value);
    for (let h = 0; h < n; h++) {
      if (done[h]) continue;
      const k = g[h];
      const c = stats.count[k];
      if (c < minSize && lv < last) continue;
      if (c === 0) continue;
      center[h] = stats.center[k];
      const s = stats.spread[k];
      const shrunk = Math.sqrt((c * s * s + 10 * districtSpread * districtSpread) / (c + 10));
      spread[h] = Math.max(floor, shrunk);
      level[h] = lv;
      done[h] = 1;
    }
  }
  return { center, spread, level };
}

function groupStats(g: Int32Array, count: number, value: Float64Array) {
  const n = value.length;
  const cnt = new Int32Array(count);
  for (let h = 0; h < n; h++) if (Number.isFinite(value[h])) cnt[g[h]]++;
  const offset = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) offset[k + 1] = offset[k] + cnt[k];
  const buf = new Float64Array(offset[count]);
  const pos = offset.slice(0, count);
  for (let h = 0; h < n; h++) if (Number.isFinite(value[h])) buf[pos[g[h]]++] = value[h];
  const center = new Float64Array(count).fill(Number.NaN);
  const spread = new Float64Array(count).fill(Number.NaN);
  for (let k = 0; k < count; k++) {
    const a = offset[k];
    const m = cnt[k];
    if (m === 0) continue;
    const sub = buf.subarray(a, a + m);
    const med = medianInPlace(sub, m);
    center[k] = med;
    for (let i = 0; i < m; i++) sub[i] = Math.abs(sub[i] - med);
    spread[k] = 1.4826 * medianInPlace(sub, m);
  }
  return { count: cnt, center, spread };
}
