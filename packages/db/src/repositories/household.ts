// Read-only pieces of the one-household file (一户一档) that live in tables of
// the import: meters with a consumption summary, complaints, imported inspections.
import type { SqlSession } from '../session.ts';

export interface MeterSummaryRow {
  meterId: string;
  kind: string;
  unit: string;
  installedAt: string | null;
  removedAt: string | null;
  /** First day of the derived daily series, `YYYY-MM-DD`; null before consumption is computed. */
  startDay: string | null;
  days: number;
  measuredDays: number;
  total: number | null;
  /** Mean per measured day over the last 30 days of the series. */
  last30DailyMean: number | null;
  readingErrors: number;
}

export async function meterSummaries(s: SqlSession, houseId: string): Promise<MeterSummaryRow[]> {
  const res = await s.query<{
    meter_id: string; kind: string; unit: string; installed_at: string | null; removed_at: string | null; start_day: string | null;
    days: number | null; measured_days: number | null; total: number | null; last30: number | null; reading_errors: number | null;
  }>(
    `SELECT m.meter_id, m.kind::text, m.unit::text, m.installed_at::text, m.removed_at::text, c.start_day::text,
            cardinality(c.amounts) AS days,
            (SELECT count(*)::int FROM unnest(c.amounts) a WHERE a IS NOT NULL) AS measured_days,
            (SELECT sum(a) FROM unnest(c.amounts) a) AS total,
            (SELECT avg(a) FROM unnest(c.amounts[greatest(cardinality(c.amounts) - 29, 1):cardinality(c.amounts)]) a) AS last30,
            c.reading_errors
       FROM meters m LEFT JOIN meter_daily_consumption c ON c.meter_ref = m.id
      WHERE m.house_id = $1 ORDER BY m.kind, m.meter_id`, [houseId]);
  return res.rows.map((r) => ({
    meterId: r.meter_id, kind: r.kind, unit: r.unit, installedAt: r.installed_at, removedAt: r.removed_at, startDay: r.start_day,
    days: r.days ?? 0, measuredDays: r.measured_days ?? 0, total: r.total === null ? null : Number(r.total),
    last30DailyMean: r.last30 === null ? null : Number(r.last30), readingErrors: r.reading_errors ?? 0,
  }));
}

export interface ComplaintSummaryRow { ticketId: string; receivedAt: Date; channel: string; category: string | null; content: string | null }

export async function complaintsOfHouse(s: SqlSession, houseId: string): Promise<ComplaintSummaryRow[]> {
  const res = await s.query<{ ticket_id: string; received_at: Date | string; channel: string; category: string | null; content: string | null }>(
    'SELECT ticket_id, received_at, channel::text, category, content FROM complaints WHERE house_id = $1 ORDER BY received_at', [houseId]);
  return res.rows.map((r) => ({ ticketId: r.ticket_id, receivedAt: new Date(r.received_at), channel: r.channel, category: r.category, content: r.content }));
}

export interface ImportedInspectionRow { inspectedAt: Date; result: string; occupants: number | null; partitioned: boolean | null; notes: string | null }

export async function importedInspectionsOfHouse(s: SqlSession, houseId: string): Promise<ImportedInspectionRow[]> {
  const res = await s.query<{ inspected_at: Date | string; result: string; occupants: number | null; partitioned: boolean | null; notes: string | null }>(
    'SELECT inspected_at, result::text, occupants, partitioned, notes FROM inspections WHERE house_id = $1 ORDER BY inspected_at', [houseId]);
  return res.rows.map((r) => ({ inspectedAt: new Date(r.inspected_at), result: r.result, occupants: r.occupants, partitioned: r.partitioned, notes: r.notes }));
}
