// A campaign as a user may see it: of the user's subdistrict, and covering
// the user's 居民区 when the user has one.
import { getSurveyCampaign, type SqlSession, type SurveyCampaignRow } from '@sentinel/db';
import type { ServiceContext } from '../context.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';

export function campaignVisibleTo(ctx: ServiceContext, c: Pick<SurveyCampaignRow, 'subdistrict' | 'neighborhoods'>): boolean {
  const j = ctx.user.jurisdiction;
  if (c.subdistrict !== j.subdistrict) return false;
  return j.neighborhood === null || c.neighborhoods.length === 0 || c.neighborhoods.includes(j.neighborhood);
}

export async function campaignInScope(s: SqlSession, ctx: ServiceContext, campaignId: string): Promise<SurveyCampaignRow> {
  const c = await getSurveyCampaign(s, campaignId);
  if (!c) throw notFound(`摸底专项 ${campaignId}`);
  if (!campaignVisibleTo(ctx, c)) throw outOfJurisdiction(`摸底专项 ${campaignId}`);
  return c;
}
