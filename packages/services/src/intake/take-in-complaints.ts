// Imported 12345 / patrol / resident tickets about group rentals (category
// 群租, complaints.csv) become intake reports: pre-matched ones attach to or
// open the house's case, the rest are matched by address or queued. Each
// ticket is taken in once (ticket id), so running this after every import is safe.
import { pendingImportedComplaints } from '@sentinel/db';
import { COMPLAINT_CHANNELS, GROUP_RENTAL_CATEGORY, type ComplaintChannel } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { DomainError } from '../errors.ts';
import { receiveReport, type ReceiveReportStatus } from './receive-report.ts';

export interface TakeInSummary {
  readonly seen: number;
  readonly byStatus: Readonly<Record<ReceiveReportStatus, number>>;
  /** Tickets outside the user's jurisdiction (left for the right subdistrict). */
  readonly skipped: number;
}

const isChannel = (c: string): c is ComplaintChannel => (COMPLAINT_CHANNELS as readonly string[]).includes(c);

export async function takeInImportedComplaints({ ctx, input }: { ctx: ServiceContext; input: { limit: number } }): Promise<TakeInSummary> {
  requirePermission(ctx, 'intake.queue');
  const pending = await pendingImportedComplaints(ctx.db, GROUP_RENTAL_CATEGORY, input.limit);
  const byStatus: Record<ReceiveReportStatus, number> = { opened: 0, attached: 0, queued: 0, duplicate: 0 };
  let skipped = 0;
  for (const c of pending) {
    if (!isChannel(c.channel)) continue;
    try {
      const out = await receiveReport({
        ctx,
        input: { channel: c.channel, ticketId: c.ticketId, houseId: c.houseId, address: c.address, receivedAt: Math.min(c.receivedAt.getTime(), ctx.now()), category: c.category, content: c.content },
      });
      byStatus[out.status] += 1;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'auth.out_of_jurisdiction') skipped += 1;
      else throw error;
    }
  }
  return { seen: pending.length, byStatus, skipped };
}
