// One case with its timeline and the reports attached to it.
import { getCaseRow, getHouse, listCaseEvents, listReportsOfCases } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';
import { toCaseView, type CaseView } from './case-view.ts';
import { requireOwnTask, withoutWhistle } from '../auth/property-view.ts';

export interface AttachedReportView {
  readonly id: string;
  readonly channel: string;
  readonly ticketId: string | null;
  readonly receivedAt: string;
  readonly category: string | null;
  readonly content: string | null;
  readonly matchKind: string | null;
}

/** What the housing registry says of the dwelling: prefills the checklist (the inspector corrects it on site). */
export interface RegistryFacts {
  readonly areaM2: number;
  readonly bedrooms: number;
}

export async function getCase({ ctx, input }: { ctx: ServiceContext; input: { caseId: string } }): Promise<CaseView & { reports: AttachedReportView[]; registry: RegistryFacts }> {
  requirePermission(ctx, 'case.view');
  const row = await getCaseRow(ctx.db, input.caseId);
  if (!row) throw notFound(`案件 ${input.caseId}`);
  const house = await getHouse(ctx.db, row.houseId);
  if (!house) throw notFound(`房屋 ${row.houseId}`);
  if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`案件 ${input.caseId}`);
  requireOwnTask(ctx, row);
  const [events, reports] = await Promise.all([listCaseEvents(ctx.db, [row.id]), listReportsOfCases(ctx.db, [row.id])]);
  return {
    ...withoutWhistle(ctx, toCaseView(row, events, house, ctx.user, ctx.now(), true)),
    reports: reports.map((r) => ({ id: r.id, channel: r.channel, ticketId: r.ticketId, receivedAt: r.receivedAt.toISOString(), category: r.category, content: r.content, matchKind: r.matchKind })),
    registry: { areaM2: house.areaM2, bedrooms: house.bedrooms },
  };
}
