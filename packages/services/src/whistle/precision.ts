// Outcomes feed the whistle: the share of alerts confirmed on site, month by
// month (the algorithm's precision, 吹哨准确率), and the labels the next
// detection run learns from.
import { listVerificationOutcomes, monthlyWhistleOutcomes, scopeSubdistricts, type VerificationOutcomeRow } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';

export interface PrecisionMonth {
  readonly month: string;
  readonly confirmed: number;
  readonly notConfirmed: number;
  readonly noAccess: number;
  /** confirmed / (confirmed + notConfirmed); no-access visits prove nothing either way. null without verdicts. */
  readonly confirmedShare: number | null;
}

export async function whistlePrecision({ ctx }: { ctx: ServiceContext; input?: undefined }): Promise<PrecisionMonth[]> {
  requirePermission(ctx, 'whistle.metrics');
  const rows = await monthlyWhistleOutcomes(ctx.db, scopeSubdistricts(ctx.user.jurisdiction));
  return rows.map((r) => ({ ...r, confirmedShare: r.confirmed + r.notConfirmed === 0 ? null : r.confirmed / (r.confirmed + r.notConfirmed) }));
}

/**
 * Verification outcomes as training labels for detection (no permission:
 * called by the detection job, not by a user). Same vocabulary as inspections.csv.
 */
export async function verificationLabels(db: ServiceContext['db'], since: Date | null = null): Promise<VerificationOutcomeRow[]> {
  return listVerificationOutcomes(db, since);
}
