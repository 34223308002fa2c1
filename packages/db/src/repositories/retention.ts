// What the retention job removes, kind by kind: each function counts (dry
// run) or acts on the rows past a cutoff, inside the caller's transaction.
// "Ended" cases are those in a final state (not_group_rental, closed,
// relapsed); a house's personal data is kept while it has an open case or
// any case moved since the cutoff.
import type { SqlSession } from '../session.ts';

const FINAL_STATES = `('not_group_rental', 'closed', 'relapsed')`;

/** Houses whose every case has ended, the last one before the cutoff ($1). */
const HOUSES_ENDED_BEFORE = `
  SELECT house_id FROM cases GROUP BY house_id
  HAVING bool_and(state IN ${FINAL_STATES}) AND max(state_since) < $1`;

export async function countAccessEventsBefore(s: SqlSession, cutoff: Date): Promise<number> {
  const res = await s.query<{ n: number }>('SELECT count(*)::int AS n FROM access_events WHERE event_at < $1', [cutoff]);
  return res.rows[0].n;
}

export async function deleteAccessEventsBefore(s: SqlSession, cutoff: Date): Promise<number> {
  return (await s.query('DELETE FROM access_events WHERE event_at < $1', [cutoff])).rowCount;
}

/** The mark an anonymised party's name is replaced with (its phone and ID digits become null). */
export const ANONYMISED_NAME = '（已匿名）';

const PARTIES_TO_ANONYMISE = `
  FROM parties p WHERE p.name <> '${ANONYMISED_NAME}' AND p.created_at < $1
  AND p.house_id IN (${HOUSES_ENDED_BEFORE})`;

export async function countPartiesToAnonymise(s: SqlSession, cutoff: Date): Promise<number> {
  return (await s.query<{ n: number }>(`SELECT count(*)::int AS n ${PARTIES_TO_ANONYMISE}`, [cutoff])).rows[0].n;
}

export async function anonymisePartiesOfEndedCases(s: SqlSession, cutoff: Date): Promise<number> {
  const res = await s.query(`
    UPDATE parties SET name = '${ANONYMISED_NAME}', phone = NULL, id_last4 = NULL
    WHERE id IN (SELECT p.id ${PARTIES_TO_ANONYMISE})`, [cutoff]);
  return res.rowCount;
}

/** Attachments of a case that ended before the cutoff, or of no case, uploaded before it, on a house whose cases all ended before it. */
const ATTACHMENTS_PAST = `
  FROM attachments a WHERE a.uploaded_at < $1 AND (
    a.case_id IN (SELECT id FROM cases WHERE state IN ${FINAL_STATES} AND state_since < $1)
    OR (a.case_id IS NULL AND (a.house_id IS NULL OR a.house_id NOT IN (SELECT house_id FROM cases) OR a.house_id IN (${HOUSES_ENDED_BEFORE}))))`;

export async function countAttachmentsPast(s: SqlSession, cutoff: Date): Promise<number> {
  return (await s.query<{ n: number }>(`SELECT count(*)::int AS n ${ATTACHMENTS_PAST}`, [cutoff])).rows[0].n;
}

/** Deletes the rows; returns how many, and the contents (sha256) no attachment row refers to any more (their files can go). */
export async function deleteAttachmentsPast(s: SqlSession, cutoff: Date): Promise<{ deleted: number; orphanSha256: string[] }> {
  const res = await s.query<{ sha256: string }>(`DELETE FROM attachments WHERE id IN (SELECT a.id ${ATTACHMENTS_PAST}) RETURNING sha256`, [cutoff]);
  const shas = [...new Set(res.rows.map((r) => r.sha256))];
  if (shas.length === 0) return { deleted: 0, orphanSha256: [] };
  const still = await s.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM attachments WHERE sha256 = ANY($1::text[])', [shas]);
  const kept = new Set(still.rows.map((r) => r.sha256));
  return { deleted: res.rowCount, orphanSha256: shas.filter((x) => !kept.has(x)) };
}

export async function countAuditRowsBefore(s: SqlSession, cutoff: Date): Promise<number> {
  return (await s.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE at < $1', [cutoff])).rows[0].n;
}

/** Through purge_audit_log(), the one path the append-only trigger lets delete (migration 0010). */
export async function purgeAuditRowsBefore(s: SqlSession, cutoff: Date): Promise<number> {
  return (await s.query<{ n: number }>('SELECT purge_audit_log($1) AS n', [cutoff])).rows[0].n;
}
