// Row counts of the data tables (dashboard, import summaries, tests).
import type { SqlSession } from '../session.ts';

export const COUNTED_TABLES = [
  'subdistricts', 'neighbourhoods', 'communities', 'buildings', 'houses', 'meters', 'readings',
  'meter_daily_consumption', 'access_events', 'complaints', 'inspections', 'import_batches', 'rejected_rows',
] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** Exact counts (count(*)); the names come from the constant list above, never from input. */
export async function countRows(s: SqlSession): Promise<Record<CountedTable, number>> {
  const select = COUNTED_TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ');
  const res = await s.query<Record<CountedTable, number>>(`SELECT ${select}`);
  return res.rows[0];
}
