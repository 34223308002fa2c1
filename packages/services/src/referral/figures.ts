// The 疏堵结合 figures of a period inside the user's jurisdiction: how many
// tenants of cleared group rentals were offered a referral and how many were
// placed (records made in the period). The arithmetic is the domain's pure
// referralFigures, which the bulletin can call on the same rows.
import { listCaseReferralRows } from '@sentinel/db';
import { dayStartUtcMs, isoToDay, referralFigures, type ReferralFigures } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';

export async function getReferralFigures({ ctx, input }: { ctx: ServiceContext; input: { from: string; to: string } }): Promise<ReferralFigures> {
  requirePermission(ctx, 'referral.view');
  const from = isoToDay(input.from);
  const to = isoToDay(input.to);
  if (Number.isNaN(from)) throw invalidInput(`起始日期「${input.from}」无效。（字段 from）`);
  if (Number.isNaN(to) || to < from) throw invalidInput(`截止日期「${input.to}」无效或早于起始日期。（字段 to）`);
  const rows = await listCaseReferralRows(ctx.db, { scope: ctx.user.jurisdiction, from: new Date(dayStartUtcMs(from)), to: new Date(dayStartUtcMs(to + 1)) });
  return referralFigures(rows.map((r) => r.referral));
}
