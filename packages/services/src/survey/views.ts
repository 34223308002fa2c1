// Survey rows → the API's shapes (@sentinel/contract), and the list of a
// campaign's dwellings with where each one stands.
import { listSurveyTargetRows, listSurveyVisitRows, type SqlSession, type SurveyCampaignRow, type SurveyTargetRow, type SurveyVisitRow } from '@sentinel/db';
import type { SurveyCampaign, SurveyTarget, SurveyVisit } from '@sentinel/contract';
import { isPartitioned, surveySuggestsGroupRental, surveyTargetState, type DwellingUse, type SurveyOutcome, type SurveyTargetReason } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';

export function campaignView(c: SurveyCampaignRow, targets: number): SurveyCampaign {
  return { id: c.id, name: c.name, subdistrict: c.subdistrict, neighborhoods: c.neighborhoods, startDay: c.startDay, endDay: c.endDay, createdAt: c.createdAt.toISOString(), targets };
}

export function visitView(v: SurveyVisitRow, areaM2: number | null): SurveyVisit {
  const facts = {
    outcome: v.outcome as SurveyOutcome, use: v.dwellingUse as DwellingUse | null, originalRooms: v.originalRooms, currentRooms: v.currentRooms,
    occupants: v.occupants, noticeServed: v.noticeServed, noticePhotoId: v.noticePhotoId,
  };
  return {
    id: v.id, houseId: v.houseId, visitedAt: v.visitedAt.toISOString(), visitorUnit: v.visitorUnit, ...facts,
    partitioned: isPartitioned(facts), relapseWatch: v.relapseWatch, note: v.note, suspectedGroupRental: surveySuggestsGroupRental(facts, areaM2),
  };
}

export interface TargetWithVisits {
  readonly target: SurveyTargetRow;
  readonly visits: readonly SurveyVisitRow[];
  readonly view: SurveyTarget;
}

/** The campaign's dwellings inside the user's jurisdiction (optionally one), each with its visits and state. */
export async function targetsWithVisits(s: SqlSession, ctx: ServiceContext, campaign: SurveyCampaignRow, houseId?: string): Promise<TargetWithVisits[]> {
  const scope = ctx.user.jurisdiction;
  const targets = await listSurveyTargetRows(s, campaign.id, scope, houseId);
  const visits = await listSurveyVisitRows(s, campaign.id, scope, houseId);
  const byHouse = new Map<string, SurveyVisitRow[]>();
  for (const v of visits) byHouse.set(v.houseId, [...(byHouse.get(v.houseId) ?? []), v]);
  return targets.map((target) => {
    const own = byHouse.get(target.houseId) ?? [];
    const last = own.at(-1);
    const view: SurveyTarget = {
      houseId: target.houseId, address: target.address, neighborhood: target.neighborhood, community: target.community,
      reasons: target.reasons as SurveyTargetReason[],
      state: surveyTargetState(own.map((v) => ({ outcome: v.outcome as SurveyOutcome, noticeServed: v.noticeServed, visitedAt: v.visitedAt.getTime() }))),
      noticeServed: own.some((v) => v.noticeServed), visits: own.length,
      lastVisit: last ? visitView(last, target.areaM2) : null,
    };
    return { target, visits: own, view };
  });
}
