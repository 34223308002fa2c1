// The visit list of a campaign and its progress per 居民区 (the committee's
// share) and per property company (the compounds it manages), inside the
// user's jurisdiction: a committee sees its 居民区, a property company its
// compounds' dwellings only — its tasks.
import { listUserRows } from '@sentinel/db';
import type { SurveyProgress, SurveyTarget } from '@sentinel/contract';
import { surveyProgress, type SurveyTargetState } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { committeeUnitName } from '../users/unit-names.ts';
import { campaignInScope } from './scope.ts';
import { campaignView, targetsWithVisits } from './views.ts';

export interface ListSurveyTargetsInput {
  readonly campaignId: string;
  readonly neighborhood?: string;
  readonly state?: SurveyTargetState;
}

export async function listSurveyTargets({ ctx, input }: { ctx: ServiceContext; input: ListSurveyTargetsInput }): Promise<{ items: SurveyTarget[] }> {
  requirePermission(ctx, 'survey.view');
  const campaign = await campaignInScope(ctx.db, ctx, input.campaignId);
  const all = await targetsWithVisits(ctx.db, ctx, campaign);
  return {
    items: all.map((t) => t.view).filter((t) => (input.neighborhood === undefined || t.neighborhood === input.neighborhood) && (input.state === undefined || t.state === input.state)),
  };
}

/** Property companies by compound, from the property accounts (a compound without one is listed as such). */
async function propertyUnitsByCommunity(ctx: ServiceContext): Promise<Map<string, string>> {
  const users = await listUserRows(ctx.db);
  const map = new Map<string, string[]>();
  for (const u of users) {
    if (u.role !== 'property' || u.scopeSubdistrict !== ctx.user.jurisdiction.subdistrict) continue;
    for (const c of u.scopeCommunities ?? []) map.set(c, [...new Set([...(map.get(c) ?? []), u.unitName])]);
  }
  return new Map([...map].map(([c, names]) => [c, names.sort((a, b) => a.localeCompare(b, 'zh-CN')).join('、')]));
}

export async function getSurveyProgress({ ctx, input }: { ctx: ServiceContext; input: { campaignId: string } }): Promise<SurveyProgress> {
  requirePermission(ctx, 'survey.view');
  const campaign = await campaignInScope(ctx.db, ctx, input.campaignId);
  const all = (await targetsWithVisits(ctx.db, ctx, campaign)).map((t) => t.view);
  const property = await propertyUnitsByCommunity(ctx);
  const byNeighborhood = surveyProgress(all.map((t) => ({ group: committeeUnitName(t.neighborhood), state: t.state, noticeServed: t.noticeServed })));
  const byUnit = surveyProgress(all.map((t) => ({ group: property.get(t.community) ?? `${t.community}（无物业账号）`, state: t.state, noticeServed: t.noticeServed })));
  return { campaign: campaignView(campaign, all.length), byNeighborhood: byNeighborhood.rows, byUnit: byUnit.rows, total: byNeighborhood.total };
}
