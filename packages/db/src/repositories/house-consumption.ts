// Daily water / electricity / gas of one house, and the band of its peers
// (same layout in the same compound, else the same neighbourhood, else the
// district — the peer rule of docs/detection.md), for the house file charts.
import type { MeterKind } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';

export interface DailyPoint {
  /** `YYYY-MM-DD` (Asia/Shanghai day). */
  day: string;
  /** null = unknown (no reading covers the day). */
  amount: number | null;
}

/** Every meter kind the house has, its days summed over meters (a replaced meter and its successor). */
export async function houseDailySeries(s: SqlSession, houseId: string): Promise<Map<MeterKind, DailyPoint[]>> {
  const res = await s.query<{ kind: MeterKind; day: string; amount: number | null }>(`
    SELECT m.kind::text AS kind, (c.start_day + (t.i - 1)::int)::text AS day, sum(t.a) AS amount
      FROM meters m
      JOIN meter_daily_consumption c ON c.meter_ref = m.id
      CROSS JOIN LATERAL unnest(c.amounts) WITH ORDINALITY AS t(a, i)
     WHERE m.house_id = $1
     GROUP BY 1, 2 ORDER BY 1, 2`, [houseId]);
  const out = new Map<MeterKind, DailyPoint[]>();
  for (const r of res.rows) {
    const list = out.get(r.kind) ?? [];
    list.push({ day: r.day, amount: r.amount === null ? null : Number(r.amount) });
    out.set(r.kind, list);
  }
  return out;
}

export type PeerGroupLevel = 'community' | 'neighborhood' | 'district';

export interface PeerBandPoint {
  day: string;
  p25: number;
  median: number;
  p75: number;
  /** Peers with a known amount that day. */
  n: number;
}

export interface PeerBand {
  level: PeerGroupLevel;
  /** Houses in the peer group (the house itself excluded). */
  peers: number;
  points: PeerBandPoint[];
}

/** Fewer peers than this and the group widens (compound → neighbourhood → district). */
export const MIN_PEERS = 8;

interface HouseKey { community: string; neighborhood: string; bedrooms: number }

async function chooseGroup(s: SqlSession, houseId: string, h: HouseKey): Promise<{ level: PeerGroupLevel; where: string; params: unknown[]; peers: number }> {
  const candidates: { level: PeerGroupLevel; where: string; params: unknown[] }[] = [
    { level: 'community', where: 'neighborhood = $2 AND community = $3 AND bedrooms = $4', params: [h.neighborhood, h.community, h.bedrooms] },
    { level: 'neighborhood', where: 'neighborhood = $2 AND bedrooms = $3', params: [h.neighborhood, h.bedrooms] },
    { level: 'district', where: 'bedrooms = $2', params: [h.bedrooms] },
  ];
  let last = { ...candidates[2], peers: 0 };
  for (const c of candidates) {
    const res = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM houses WHERE house_id <> $1 AND ${c.where}`, [houseId, ...c.params]);
    last = { ...c, peers: res.rows[0].n };
    if (last.peers >= MIN_PEERS) return last;
  }
  return last;
}

/** Per-day quartiles of the peers' consumption of one kind; null when the house does not exist. */
export async function peerDailyBand(s: SqlSession, houseId: string, kind: MeterKind): Promise<PeerBand | null> {
  const house = await s.query<HouseKey>('SELECT community, neighborhood, bedrooms FROM houses WHERE house_id = $1', [houseId]);
  if (house.rows.length === 0) return null;
  const group = await chooseGroup(s, houseId, house.rows[0]);
  const kindParam = group.params.length + 2;
  const res = await s.query<{ day: string; p25: number; median: number; p75: number; n: number }>(`
    WITH per_house AS (
      SELECT m.house_id, c.start_day + (t.i - 1)::int AS day, sum(t.a) AS amount
        FROM meters m
        JOIN meter_daily_consumption c ON c.meter_ref = m.id
        CROSS JOIN LATERAL unnest(c.amounts) WITH ORDINALITY AS t(a, i)
       WHERE m.kind::text = $${kindParam}
         AND m.house_id IN (SELECT house_id FROM houses WHERE house_id <> $1 AND ${group.where})
       GROUP BY 1, 2
    )
    SELECT day::text AS day,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY amount) AS p25,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY amount) AS p75,
           count(*)::int AS n
      FROM per_house WHERE amount IS NOT NULL
     GROUP BY day ORDER BY day`, [houseId, ...group.params, kind]);
  return {
    level: group.level,
    peers: group.peers,
    points: res.rows.map((r) => ({ day: r.day, p25: Number(r.p25), median: Number(r.median), p75: Number(r.p75), n: r.n })),
  };
}
