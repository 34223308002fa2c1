// The queue of reports whose address matched no house: staff pick the house.
import { listUnmatchedReports, lockIntakeReport, type IntakeReportRow } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { conflict, notFound, outOfJurisdiction } from '../errors.ts';
import { houseInScope } from '../cases/house-access.ts';
import { openOrAttach, type IntakeOutcome } from './open-or-attach.ts';

export interface QueuedReportView {
  readonly id: string;
  readonly channel: IntakeReportRow['channel'];
  readonly ticketId: string | null;
  readonly address: string | null;
  readonly receivedAt: string;
  readonly category: string | null;
  readonly content: string | null;
}

export async function listUnmatched({ ctx, input }: { ctx: ServiceContext; input: { limit: number; offset: number } }): Promise<{ total: number; items: QueuedReportView[] }> {
  requirePermission(ctx, 'intake.queue');
  const res = await listUnmatchedReports(ctx.db, ownSubdistrict(ctx), input);
  return {
    total: res.total,
    items: res.rows.map((r) => ({ id: r.id, channel: r.channel, ticketId: r.ticketId, address: r.address, receivedAt: r.receivedAt.toISOString(), category: r.category, content: r.content })),
  };
}

export async function matchQueuedReport({ ctx, input }: { ctx: ServiceContext; input: { reportId: string; houseId: string } }): Promise<IntakeOutcome> {
  requirePermission(ctx, 'intake.queue');
  return ctx.db.transaction(async (tx) => {
    const report = await lockIntakeReport(tx, input.reportId);
    if (!report) throw notFound(`工单 ${input.reportId}`);
    if (report.subdistrict !== ctx.user.jurisdiction.subdistrict) throw outOfJurisdiction(`工单 ${input.reportId}`);
    if (report.status !== 'unmatched') throw conflict('intake.already_matched', `工单 ${input.reportId} 已匹配到房屋 ${report.houseId ?? ''}。`);
    const house = await houseInScope(tx, ctx, input.houseId);
    return openOrAttach(tx, ctx, house, {
      channel: report.channel, ticketId: report.ticketId, address: report.address, receivedAt: report.receivedAt.getTime(),
      category: report.category, content: report.content, existingId: report.id,
    }, { kind: 'manual', confidence: null }, null);
  });
}
