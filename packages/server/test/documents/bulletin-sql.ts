// The bulletin formulas of docs/documents.md as SQL over the real tables
// (cases, case_events, alerts of detection runs, verification_outcomes,
// complaints), written independently of the services' loaders, so the API's
// figures can be checked against them.
import type { Database } from '@sentinel/db';

const DAY = (col: string) => `floor((extract(epoch FROM ${col}) + 28800) / 86400)::int`;
const milestone = (state: string) =>
  `(SELECT min(${DAY('e.at')}) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'transition' AND e.to_state = '${state}')`;

const MILESTONES = `
  SELECT c.id, c.source::text AS source, h.neighborhood, ${DAY('c.opened_at')} AS discovered_day,
         ${milestone('confirmed')} AS confirmed_day, ${milestone('rectified')} AS rectified_day,
         ${milestone('closed')} AS closed_day, ${milestone('relapsed')} AS relapsed_day,
         (SELECT min(${DAY('e.at')}) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'transition'
             AND (jsonb_array_length(coalesce(e.evidence->'photoIds', '[]'::jsonb)) > 0
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(e.evidence->'notices', '[]'::jsonb)) n WHERE jsonb_array_length(n->'photoIds') > 0))) AS first_media_day,
         (SELECT a.onset_day - DATE '1970-01-01' FROM alerts a WHERE a.run_id = c.alert_run_id AND a.house_id = c.house_id) AS onset_day
    FROM cases c JOIN houses h ON h.house_id = c.house_id WHERE h.subdistrict = $3`;

export interface SqlFigures {
  discovered: number; confirmed: number;
  proactive: [number, number]; disposal: [number, number]; visibility: [number, number]; relapse: [number, number];
  onsetMedian: number | null; onsetCount: number; rectifyMedian: number | null; rectifyCount: number;
  alertsRaised: number; alertConfirmation: [number, number]; complaints12345: number;
}

/** Figures of the subdistrict (neighborhood null) or of one neighbourhood. */
export async function sqlFigures(db: Database, subdistrict: string, fromDay: number, toDay: number, neighborhood: string | null): Promise<SqlFigures> {
  const nb = neighborhood === null ? 'true' : 'm.neighborhood = $4';
  const params: unknown[] = [fromDay, toDay, subdistrict, ...(neighborhood === null ? [] : [neighborhood])];
  const c = await db.query<Record<string, number | null>>(`
    WITH m AS (${MILESTONES})
    SELECT count(*) FILTER (WHERE discovered_day BETWEEN $1 AND $2)::int AS discovered,
           count(*) FILTER (WHERE confirmed_day BETWEEN $1 AND $2)::int AS confirmed,
           count(*) FILTER (WHERE confirmed_day BETWEEN $1 AND $2 AND source <> '12345')::int AS proactive,
           count(*) FILTER (WHERE confirmed_day BETWEEN $1 AND $2 AND rectified_day <= $2)::int AS disposed,
           count(*) FILTER (WHERE discovered_day BETWEEN $1 AND $2 AND first_media_day <= $2)::int AS visible,
           count(*) FILTER (WHERE rectified_day <= $2 AND coalesce(least(closed_day, relapsed_day), $1) >= $1)::int AS watched,
           count(*) FILTER (WHERE rectified_day <= $2 AND coalesce(least(closed_day, relapsed_day), $1) >= $1 AND relapsed_day BETWEEN $1 AND $2)::int AS relapsed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, discovered_day - onset_day)) FILTER (WHERE confirmed_day BETWEEN $1 AND $2 AND onset_day IS NOT NULL) AS onset_median,
           count(*) FILTER (WHERE confirmed_day BETWEEN $1 AND $2 AND onset_day IS NOT NULL)::int AS onset_count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY rectified_day - discovered_day) FILTER (WHERE rectified_day BETWEEN $1 AND $2) AS rectify_median,
           count(*) FILTER (WHERE rectified_day BETWEEN $1 AND $2)::int AS rectify_count
      FROM m WHERE ${nb}`, params);
  // Whistles: houses rated red/yellow by a succeeded run dated in the period, first such day; first verdict on or after it.
  const a = await db.query<{ raised: number; verified: number; confirmed: number }>(`
    WITH w AS (
      SELECT DISTINCT ON (a.house_id) a.house_id, h.neighborhood AS neighborhood, r.as_of_day - DATE '1970-01-01' AS day
        FROM alerts a JOIN detection_runs r ON r.id = a.run_id JOIN houses h ON h.house_id = a.house_id
       WHERE r.status = 'succeeded' AND a.level <> 'green' AND h.subdistrict = $3
         AND r.as_of_day BETWEEN DATE '1970-01-01' + $1::int AND DATE '1970-01-01' + $2::int
       ORDER BY a.house_id, r.as_of_day),
    v AS (
      SELECT DISTINCT ON (w.house_id) w.house_id, o.result::text AS result, ${DAY('o.verified_at')} AS day
        FROM w JOIN verification_outcomes o ON o.house_id = w.house_id AND o.alert_run_id IS NOT NULL AND o.result <> 'no_access' AND ${DAY('o.verified_at')} >= w.day
       ORDER BY w.house_id, o.verified_at, o.id)
    SELECT count(*)::int AS raised,
           count(v.house_id) FILTER (WHERE v.day BETWEEN $1 AND $2)::int AS verified,
           count(v.house_id) FILTER (WHERE v.day BETWEEN $1 AND $2 AND v.result = 'confirmed')::int AS confirmed
      FROM w m LEFT JOIN v ON v.house_id = m.house_id WHERE ${nb}`, params);
  const t = await db.query<{ n: number }>(`
    SELECT count(*)::int AS n FROM complaints t LEFT JOIN houses m ON m.house_id = t.house_id
     WHERE t.channel = '12345' AND t.category = '群租' AND ${DAY('t.received_at')} BETWEEN $1 AND $2
       AND (m.subdistrict = $3 ${neighborhood === null ? 'OR t.house_id IS NULL' : ''}) AND ${nb}`, params);
  const r = c.rows[0];
  const n = (v: number | null) => Number(v ?? 0);
  const med = (v: number | null) => (v === null ? null : Number(v));
  return {
    discovered: n(r.discovered), confirmed: n(r.confirmed),
    proactive: [n(r.proactive), n(r.confirmed)], disposal: [n(r.disposed), n(r.confirmed)], visibility: [n(r.visible), n(r.discovered)],
    relapse: [n(r.relapsed), n(r.watched)],
    onsetMedian: med(r.onset_median), onsetCount: n(r.onset_count), rectifyMedian: med(r.rectify_median), rectifyCount: n(r.rectify_count),
    alertsRaised: a.rows[0].raised, alertConfirmation: [a.rows[0].confirmed, a.rows[0].verified], complaints12345: t.rows[0].n,
  };
}
