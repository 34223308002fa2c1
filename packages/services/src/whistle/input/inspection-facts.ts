// On-site verification outcomes → InspectionFact, the labels the detector
// calibrates on. Two sources share one shape: inspections.csv (the import) and,
// on the database path, the outcomes of the platform's own cases
// (verification_outcomes). Visits after the end of the as-of day, and visits of
// houses the register does not know, are left out.
import { shanghaiDay } from '@sentinel/domain';
import type { InspectionRow } from '@sentinel/ingest';
import type { InspectionFact } from '@sentinel/detection';

export type InspectionRecord = Pick<InspectionRow, 'house_id' | 'inspected_at' | 'result' | 'occupants' | 'partitioned'>;

export function inspectionFacts(rows: readonly InspectionRecord[], houseIndex: ReadonlyMap<string, number>, untilMs: number): InspectionFact[] {
  const out: InspectionFact[] = [];
  for (const i of rows) {
    if (i.inspected_at > untilMs) continue;
    const houseIdx = houseIndex.get(i.house_id);
    if (houseIdx === undefined) continue;
    out.push({ houseIdx, day: shanghaiDay(i.inspected_at), result: i.result, occupants: i.occupants, partitioned: i.partitioned });
  }
  return out;
}

/**
 * Case outcomes added to the imported inspections. The same visit can arrive
 * both ways (a case's verification later exported to inspections.csv): one
 * label per house and instant, the imported one first.
 */
export function withCaseOutcomes(imported: readonly InspectionRecord[], outcomes: readonly InspectionRecord[]): InspectionRecord[] {
  const seen = new Set(imported.map((i) => `${i.house_id}\u0000${i.inspected_at}`));
  const extra = outcomes.filter((o) => !seen.has(`${o.house_id}\u0000${o.inspected_at}`));
  return [...imported, ...extra];
}
