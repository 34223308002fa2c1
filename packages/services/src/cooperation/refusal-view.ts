// What a recorded refusal looks like to the API and the pages: the case and
// its address (the evidence), the unit, the day, and its withdrawal if any.
import type { CooperationRefusalListRow } from '@sentinel/db';
import type { AssessedRole } from '@sentinel/documents';

export interface CooperationRefusalView {
  readonly id: string;
  readonly caseId: string;
  /** Official case number people see. */
  readonly caseNumber: string;
  readonly address: string;
  readonly neighborhood: string;
  readonly community: string;
  readonly unit: { readonly role: AssessedRole; readonly name: string };
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  readonly day: string;
  /** What was refused. */
  readonly note: string;
  readonly recordedBy: string;
  readonly recordedByName: string | null;
  readonly recordedAt: string;
  /** null while the refusal counts at the assessment. */
  readonly withdrawn: { readonly at: string; readonly by: string; readonly byName: string | null; readonly reason: string } | null;
}

export function toRefusalView(r: CooperationRefusalListRow): CooperationRefusalView {
  const x = r.refusal;
  return {
    id: x.id, caseId: x.caseId, caseNumber: r.caseNumber, address: r.address, neighborhood: r.neighborhood, community: r.community,
    // The table's check constraint admits only the two assessed roles.
    unit: { role: x.unitRole as AssessedRole, name: x.unitName },
    day: x.day, note: x.note,
    recordedBy: x.recordedBy, recordedByName: r.recordedByName, recordedAt: x.recordedAt.toISOString(),
    withdrawn: x.revokedAt && x.revokedBy
      ? { at: x.revokedAt.toISOString(), by: x.revokedBy, byName: r.revokedByName, reason: x.revokeReason ?? '' }
      : null,
  };
}
