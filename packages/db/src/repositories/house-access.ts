// Door access of one house for the house file (一户一档), counted the way the
// detector counts it (packages/detection/src/features/access.ts), so the page
// shows the figures its reasons quote: events and distinct credentials
// registered to the house, night entries, unregistered credentials at the
// doors the house uses shared out over the houses using each door, and the
// distinct-credential median of the same compound and layout.
//
// Every query starts from an index: the house's events from
// access_events_house_time_idx (house_id, event_at), a door's events from
// access_events_door_house_time_idx (door_id, house_id, event_at), a
// compound's houses from houses_neighborhood_community_idx. Windows are half-open instants
// [fromMs, untilMs) on Asia/Shanghai day boundaries.
import { SHANGHAI_OFFSET_MS } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';

export interface AccessWindow {
  /** UTC ms of the first instant counted (00:00 Asia/Shanghai of the first day). */
  fromMs: number;
  /** UTC ms of the first instant NOT counted (00:00 Asia/Shanghai after the last day). */
  untilMs: number;
}

/** Night as minutes of the day: from `fromMinute` up to (not including) `toMinute`, across midnight. */
export interface NightMinutes {
  fromMinute: number;
  toMinute: number;
}

// Shanghai day number and minute of the day of event_at, as shanghaiDay() and
// shanghaiMinuteOfDay() of @sentinel/domain compute them (fixed UTC+08:00).
const LOCAL_SECONDS = `(extract(epoch FROM a.event_at) + ${SHANGHAI_OFFSET_MS / 1000})`;
const DAY_SQL = `floor(${LOCAL_SECONDS} / 86400)::int`;
const MINUTE_SQL = `(floor(${LOCAL_SECONDS} / 60)::bigint % 1440)::int`;
const at = (param: number) => `to_timestamp($${param}::float8 / 1000)`;

/**
 * Latest event before `untilMs` by a credential registered to a house of the
 * compound (UTC ms); null = the compound has no door-access data (most
 * compounds are not in the pilot). One backward index probe per house.
 */
export async function compoundLatestAccessMs(s: SqlSession, neighborhood: string, community: string, untilMs: number): Promise<number | null> {
  const res = await s.query<{ t: number | null }>(`
    SELECT (extract(epoch FROM max(l.event_at)) * 1000)::float8 AS t
      FROM houses h
      CROSS JOIN LATERAL (SELECT a.event_at FROM access_events a
                           WHERE a.house_id = h.house_id AND a.event_at < ${at(3)}
                           ORDER BY a.event_at DESC LIMIT 1) l
     WHERE h.neighborhood = $1 AND h.community = $2`, [neighborhood, community, untilMs]);
  const t = res.rows[0]?.t;
  return t === null || t === undefined ? null : Number(t);
}

export interface HouseAccessDay {
  /** Shanghai day number. */
  day: number;
  /** Events by credentials registered to the house. */
  events: number;
  /** Distinct credentials registered to the house seen that day. */
  credentials: number;
  /** Of `events`, those at night. */
  nightEvents: number;
}

/** Per day of the window with at least one event: the house's registered credentials' use. */
export async function houseAccessDays(s: SqlSession, houseId: string, w: AccessWindow, night: NightMinutes): Promise<HouseAccessDay[]> {
  const res = await s.query<HouseAccessDay>(`
    SELECT e.day, count(*)::int AS events, count(DISTINCT e.credential_id)::int AS credentials,
           (count(*) FILTER (WHERE e.minute >= $4 OR e.minute < $5))::int AS "nightEvents"
      FROM (SELECT ${DAY_SQL} AS day, ${MINUTE_SQL} AS minute, a.credential_id
              FROM access_events a
             WHERE a.house_id = $1 AND a.event_at >= ${at(2)} AND a.event_at < ${at(3)}) e
     GROUP BY e.day ORDER BY e.day`, [houseId, w.fromMs, w.untilMs, night.fromMinute, night.toMinute]);
  return res.rows;
}

export interface CredentialUse {
  /** The pseudonymous id as imported: callers show it shortened, never raw. */
  credentialId: string;
  events: number;
  nightEvents: number;
  firstMs: number;
  lastMs: number;
}

/** Each credential registered to the house seen in the window, most used first. */
export async function houseCredentialUse(s: SqlSession, houseId: string, w: AccessWindow, night: NightMinutes): Promise<CredentialUse[]> {
  const res = await s.query<CredentialUse>(`
    SELECT e.credential_id AS "credentialId", count(*)::int AS events,
           (count(*) FILTER (WHERE e.minute >= $4 OR e.minute < $5))::int AS "nightEvents",
           (extract(epoch FROM min(e.event_at)) * 1000)::float8 AS "firstMs",
           (extract(epoch FROM max(e.event_at)) * 1000)::float8 AS "lastMs"
      FROM (SELECT a.credential_id, a.event_at, ${MINUTE_SQL} AS minute
              FROM access_events a
             WHERE a.house_id = $1 AND a.event_at >= ${at(2)} AND a.event_at < ${at(3)}) e
     GROUP BY e.credential_id ORDER BY events DESC, e.credential_id`, [houseId, w.fromMs, w.untilMs, night.fromMinute, night.toMinute]);
  return res.rows.map((r) => ({ ...r, firstMs: Number(r.firstMs), lastMs: Number(r.lastMs) }));
}

// The doors the house's registered credentials used up to the window's end,
// each with how many houses' registered credentials used it by then — the
// detector's door → houses sharing (all history up to the as-of day).
// MATERIALIZED: computed once per door, not again for every (door, day) row
// the lateral join below produces.
const SHARED_DOORS = `
  doors AS (SELECT DISTINCT a.door_id FROM access_events a WHERE a.house_id = $1 AND a.event_at < ${at(3)}),
  shared AS MATERIALIZED (
    SELECT d.door_id,
           (SELECT count(DISTINCT a.house_id) FROM access_events a
             WHERE a.door_id = d.door_id AND a.house_id IS NOT NULL AND a.event_at < ${at(3)})::float8 AS houses
      FROM doors d)`;

/**
 * Per day of the window: distinct unregistered credentials at each door the
 * house uses, divided by the houses using that door, summed over the doors.
 * Days without any unregistered credential are left out.
 */
export async function unregisteredShareByDay(s: SqlSession, houseId: string, w: AccessWindow): Promise<{ day: number; share: number }[]> {
  const res = await s.query<{ day: number; share: number }>(`
    WITH ${SHARED_DOORS}
    SELECT u.day, sum(u.n / sh.houses)::float8 AS share
      FROM shared sh
      CROSS JOIN LATERAL (SELECT ${DAY_SQL} AS day, count(DISTINCT a.credential_id)::float8 AS n
                            FROM access_events a
                           WHERE a.door_id = sh.door_id AND a.house_id IS NULL
                             AND a.event_at >= ${at(2)} AND a.event_at < ${at(3)}
                           GROUP BY 1) u
     GROUP BY u.day ORDER BY u.day`, [houseId, w.fromMs, w.untilMs]);
  return res.rows.map((r) => ({ day: r.day, share: Number(r.share) }));
}

/** The same over the whole window (distinct over the window, not summed per day), and the number of doors. */
export async function unregisteredShare(s: SqlSession, houseId: string, w: AccessWindow): Promise<{ share: number; doors: number }> {
  const res = await s.query<{ share: number | null; doors: number }>(`
    WITH ${SHARED_DOORS}
    SELECT coalesce(sum(u.n / sh.houses), 0)::float8 AS share, count(*)::int AS doors
      FROM shared sh
      CROSS JOIN LATERAL (SELECT count(DISTINCT a.credential_id)::float8 AS n
                            FROM access_events a
                           WHERE a.door_id = sh.door_id AND a.house_id IS NULL
                             AND a.event_at >= ${at(2)} AND a.event_at < ${at(3)}) u`, [houseId, w.fromMs, w.untilMs]);
  const r = res.rows[0];
  return { share: Number(r?.share ?? 0), doors: r?.doors ?? 0 };
}

export interface PeerCredentialMedian {
  /** Median of the distinct registered credentials in the window; null when no house of the group has access data. */
  median: number | null;
  /** Houses of the group with access data (the house itself included, as in the detector). */
  houses: number;
}

/**
 * Distinct registered credentials in the window, median over the houses of
 * the same compound and layout that have any registered event before the
 * window's end (a house with none is "not covered" to the detector and is
 * no peer). Layout = bedrooms, five and more pooled with four, as the
 * detector's peer groups do. The detector widens the group when fewer than
 * its minimum of peers have data; this figure never does (see `houses`).
 */
export async function peerCredentialMedian(s: SqlSession, house: { neighborhood: string; community: string; bedrooms: number }, w: AccessWindow): Promise<PeerCredentialMedian> {
  const res = await s.query<{ median: number | null; houses: number }>(`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.n) AS median, count(*)::int AS houses
      FROM houses h
      CROSS JOIN LATERAL (SELECT count(DISTINCT a.credential_id) AS n FROM access_events a
                           WHERE a.house_id = h.house_id AND a.event_at >= ${at(4)} AND a.event_at < ${at(5)}) c
     WHERE h.neighborhood = $1 AND h.community = $2 AND least(4, greatest(0, h.bedrooms)) = least(4, greatest(0, $3::int))
       AND EXISTS (SELECT 1 FROM access_events a WHERE a.house_id = h.house_id AND a.event_at < ${at(5)})`,
  [house.neighborhood, house.community, house.bedrooms, w.fromMs, w.untilMs]);
  const r = res.rows[0];
  return { median: r?.median === null || r?.median === undefined ? null : Number(r.median), houses: r?.houses ?? 0 };
}
