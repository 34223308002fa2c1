// A survey visit (摸排走访), on the phone at the door: how the flat is divided
// and used, the people met (registered in the house file, masked there and
// revealed only with a purpose), and the 《群租法律风险告知书》 served with its
// photo (uploaded first through the house's attachments).
import { getAttachment, insertParty, insertSurveyVisit, type SurveyVisitRow } from '@sentinel/db';
import type { SurveyVisit, SurveyVisitBody } from '@sentinel/contract';
import { dayToIso, isoToDay, shanghaiDay, surveyVisitProblems } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { houseInScope } from '../cases/house-access.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, notFound } from '../errors.ts';
import { checkedPartyRow } from '../household/parties.ts';
import { newId } from '../ids.ts';
import { campaignInScope } from './scope.ts';
import { targetsWithVisits, visitView } from './views.ts';

export async function recordSurveyVisit({ ctx, input }: { ctx: ServiceContext; input: SurveyVisitBody & { campaignId: string } }): Promise<SurveyVisit> {
  requirePermission(ctx, 'survey.visit');
  const facts = {
    outcome: input.outcome, use: input.use ?? null, originalRooms: input.originalRooms ?? null, currentRooms: input.currentRooms ?? null,
    occupants: input.occupants ?? null, noticeServed: input.noticeServed, noticePhotoId: input.noticePhotoId ?? null,
  };
  const [problem] = surveyVisitProblems(facts);
  if (problem) throw invalidInput(`${problem.message}（字段 ${problem.field}）`);
  if (input.outcome === 'no_access' && input.parties.length > 0) throw invalidInput('未能入户时不登记人员信息。（字段 parties）');
  const partyRows = input.parties.map((p) => checkedPartyRow(ctx, { ...p, houseId: input.houseId }));
  const note = input.note?.trim() || null;

  return ctx.db.transaction(async (tx) => {
    const campaign = await campaignInScope(tx, ctx, input.campaignId);
    const today = shanghaiDay(ctx.now());
    if (today < isoToDay(campaign.startDay)) throw invalidInput(`摸排自 ${campaign.startDay} 开始，今天（${dayToIso(today)}）还不能登记走访。（字段 campaign）`);
    const house = await houseInScope(tx, ctx, input.houseId);
    const [listed] = await targetsWithVisits(tx, ctx, campaign, house.houseId);
    if (!listed) throw notFound(`摸底名单中的房屋 ${input.houseId}`);
    if (facts.noticePhotoId !== null) {
      const photo = await getAttachment(tx, facts.noticePhotoId);
      if (!photo || photo.houseId !== house.houseId) throw notFound(`本房屋的送达照片 ${facts.noticePhotoId}`);
    }
    const row: SurveyVisitRow = {
      id: newId('svv'), campaignId: campaign.id, houseId: house.houseId, visitedAt: new Date(ctx.now()), visitedBy: ctx.user.id, visitorUnit: ctx.user.unitName,
      outcome: facts.outcome, dwellingUse: facts.use, originalRooms: facts.originalRooms, currentRooms: facts.currentRooms, occupants: facts.occupants,
      relapseWatch: input.relapseWatch, noticeServed: facts.noticeServed, noticePhotoId: facts.noticePhotoId, note,
    };
    await insertSurveyVisit(tx, row);
    for (const p of partyRows) {
      await insertParty(tx, p);
      await recordAudit(tx, ctx, { action: 'party.create', targetKind: 'house', targetId: house.houseId, detail: { partyId: p.id, kind: p.kind, surveyVisitId: row.id } });
    }
    await recordAudit(tx, ctx, {
      action: 'survey.visit', targetKind: 'house', targetId: house.houseId,
      detail: { campaignId: campaign.id, visitId: row.id, outcome: row.outcome, noticeServed: row.noticeServed, noticePhotoId: row.noticePhotoId, partyIds: partyRows.map((p) => p.id) },
    });
    return visitView(row, house.areaM2);
  });
}
