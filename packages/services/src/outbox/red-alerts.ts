// The notifications step after a detection run: every house red in this run
// that was not red in the run before it becomes one `alert.red` event for
// 一网统管, written to the outbox in one transaction. Running it again for the
// same run adds nothing (a retried job must not notify twice).
import type { Database } from '@sentinel/db';
import { enqueueOutboxEvent } from './enqueue.ts';

interface NewRed {
  house_id: string; rank: number; score: number; reasons: string[]; onset_day: string | null;
  address: string; subdistrict: string; neighborhood: string; community: string;
}

export async function notifyNewRedAlerts(db: Database, runId: string, now: () => number = Date.now): Promise<{ events: number; alreadyNotified: boolean }> {
  return db.transaction(async (tx) => {
    // Serialises concurrent notifiers of the same run (the check below then sees the other's rows).
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`notify:${runId}`]);
    const done = await tx.query(`SELECT 1 FROM webhook_outbox WHERE event_type = 'alert.red' AND payload->>'runId' = $1 LIMIT 1`, [runId]);
    if (done.rows.length > 0) return { events: 0, alreadyNotified: true };
    const reds = await tx.query<NewRed>(
      `WITH this_run AS (SELECT id, started_at, subdistrict FROM detection_runs WHERE id = $1),
            -- The run before that scored the same houses: its subdistrict's, or one over every house.
            previous AS (SELECT r.id FROM detection_runs r, this_run t
                          WHERE r.status = 'succeeded' AND r.id <> t.id AND r.started_at < t.started_at
                            AND (r.subdistrict IS NULL OR r.subdistrict = t.subdistrict)
                          ORDER BY r.started_at DESC LIMIT 1)
       SELECT a.house_id, a.rank, a.score, a.reasons, a.onset_day::text AS onset_day,
              h.address, h.subdistrict, h.neighborhood, h.community
         FROM alerts a JOIN houses h ON h.house_id = a.house_id
        WHERE a.run_id = $1 AND a.level = 'red'
          AND NOT EXISTS (SELECT 1 FROM alerts p, previous WHERE p.run_id = previous.id AND p.house_id = a.house_id AND p.level = 'red')
        ORDER BY a.rank`, [runId]);
    const at = now();
    for (const r of reds.rows) {
      await enqueueOutboxEvent(tx, 'alert.red', {
        runId, houseId: r.house_id, rank: r.rank, score: r.score, reasons: r.reasons, onsetDate: r.onset_day,
        address: r.address, subdistrict: r.subdistrict, neighborhood: r.neighborhood, community: r.community,
      }, at);
    }
    return { events: reds.rows.length, alreadyNotified: false };
  });
}
