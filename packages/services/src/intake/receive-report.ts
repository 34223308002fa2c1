// A report from any channel: 12345 ticket, patrol, resident, property company,
// police. Reporters who know the house name it; otherwise the address is
// matched against the register. Unmatched reports wait in a queue for staff.
import { findIntakeByTicket, insertIntakeReport } from '@sentinel/db';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { newId } from '../ids.ts';
import { houseInScope } from '../cases/house-access.ts';
import { matchAddressInScope } from './address-match.ts';
import { openOrAttach, type ReportFacts } from './open-or-attach.ts';

export interface ReceiveReportInput {
  readonly channel: ComplaintChannel;
  readonly houseId?: string | null;
  readonly address?: string | null;
  readonly ticketId?: string | null;
  /** UTC ms; default now. */
  readonly receivedAt?: number;
  readonly category?: string | null;
  readonly content?: string | null;
}

export type ReceiveReportStatus = 'opened' | 'attached' | 'queued' | 'duplicate';

export interface ReceiveReportResult {
  readonly status: ReceiveReportStatus;
  readonly reportId: string;
  readonly caseId: string | null;
  readonly houseId: string | null;
  readonly match: 'given' | 'exact' | 'fuzzy' | null;
}

export async function receiveReport({ ctx, input }: { ctx: ServiceContext; input: ReceiveReportInput }): Promise<ReceiveReportResult> {
  requirePermission(ctx, 'case.open');
  if (!COMPLAINT_CHANNELS.includes(input.channel)) throw invalidInput(`未知来源渠道 "${String(input.channel)}"。`);
  const address = input.address?.trim() ?? '';
  if (!input.houseId && address === '') throw invalidInput('请填写房屋编号或地址。');
  const receivedAt = input.receivedAt ?? ctx.now();
  if (!Number.isFinite(receivedAt) || receivedAt > ctx.now()) throw invalidInput('接报时间无效或晚于当前时间。');

  return ctx.db.transaction(async (tx) => {
    const ticketId = input.ticketId?.trim() || null;
    if (ticketId) {
      const seen = await findIntakeByTicket(tx, input.channel, ticketId);
      if (seen) return { status: 'duplicate', reportId: seen.id, caseId: seen.caseId, houseId: seen.houseId, match: null };
    }
    const facts: ReportFacts = { channel: input.channel, ticketId, address: address || null, receivedAt, category: input.category ?? null, content: input.content ?? null };

    if (input.houseId) {
      const house = await houseInScope(tx, ctx, input.houseId);
      const out = await openOrAttach(tx, ctx, house, facts, { kind: 'given', confidence: null }, null);
      return { status: out.created ? 'opened' : 'attached', reportId: out.reportId, caseId: out.caseId, houseId: house.houseId, match: 'given' };
    }
    const hit = await matchAddressInScope(tx, ctx.user.jurisdiction, address);
    if (hit) {
      const out = await openOrAttach(tx, ctx, hit.house, facts, { kind: hit.kind, confidence: hit.confidence }, null);
      return { status: out.created ? 'opened' : 'attached', reportId: out.reportId, caseId: out.caseId, houseId: hit.house.houseId, match: hit.kind };
    }
    const reportId = newId('rep');
    await insertIntakeReport(tx, {
      id: reportId, channel: input.channel, ticketId, address, subdistrict: ownSubdistrict(ctx), houseId: null,
      matchKind: null, matchConfidence: null, status: 'unmatched', caseId: null, receivedAt: new Date(receivedAt),
      category: facts.category ?? null, content: facts.content ?? null, reportedById: ctx.user.id, createdAt: new Date(ctx.now()),
    });
    return { status: 'queued', reportId, caseId: null, houseId: null, match: null };
  });
}
