// Starting a survey campaign (宣传摸底专项) and keeping its visit list up to
// date: every rented dwelling of its area (register, filings) plus what the
// latest whistle run and the hotline point to. A refresh only adds or
// re-labels; a listed dwelling is never dropped (its visits stay counted).
import { countSurveyTargets, insertSurveyCampaign, latestSucceededRun, listSurveyCampaignRows, surveyCandidates, upsertSurveyTargets, type SqlSession, type SurveyCampaignRow } from '@sentinel/db';
import type { NewSurveyCampaignBody, SurveyCampaign } from '@sentinel/contract';
import { dayStartUtcMs, isoToDay, SURVEY_COMPLAINT_LOOKBACK_DAYS, surveyCampaignProblems, surveyTargetReasons } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { invalidInput, outOfJurisdiction } from '../errors.ts';
import { newId } from '../ids.ts';
import { campaignInScope, campaignVisibleTo } from './scope.ts';
import { campaignView } from './views.ts';

async function listTargets(s: SqlSession, c: SurveyCampaignRow, at: Date): Promise<{ added: number; targets: number }> {
  const run = await latestSucceededRun(s, c.subdistrict);
  const since = new Date(dayStartUtcMs(isoToDay(c.startDay) - SURVEY_COMPLAINT_LOOKBACK_DAYS));
  const candidates = await surveyCandidates(s, c, run?.id ?? null, since);
  const listed = candidates.map((f) => ({ houseId: f.houseId, reasons: surveyTargetReasons(f) })).filter((t) => t.reasons.length > 0);
  const added = await upsertSurveyTargets(s, c.id, listed, at);
  return { added, targets: await countSurveyTargets(s, c.id, { subdistrict: c.subdistrict, neighborhood: null, communities: null }) };
}

export async function createSurveyCampaign({ ctx, input }: { ctx: ServiceContext; input: NewSurveyCampaignBody }): Promise<SurveyCampaign> {
  requirePermission(ctx, 'survey.manage');
  const neighborhoods = input.neighborhoods.map((n) => n.trim());
  const facts = { name: input.name.trim(), startDay: isoToDay(input.startDay), endDay: isoToDay(input.endDay), neighborhoods };
  const [problem] = surveyCampaignProblems(facts);
  if (problem) throw invalidInput(`${problem.message}（字段 ${problem.field}）`);
  const j = { ...ctx.user.jurisdiction, subdistrict: ownSubdistrict(ctx) };
  if (j.neighborhood !== null) {
    const outside = neighborhoods.length === 0 ? '全街道' : neighborhoods.find((n) => n !== j.neighborhood);
    if (outside !== undefined) throw outOfJurisdiction(`居民区 ${outside}`);
  }
  return ctx.db.transaction(async (tx) => {
    if (neighborhoods.length > 0) {
      const known = await tx.query<{ name: string }>('SELECT DISTINCT neighborhood AS name FROM houses WHERE subdistrict = $1 AND neighborhood = ANY($2::text[])', [j.subdistrict, neighborhoods]);
      const missing = neighborhoods.filter((n) => !known.rows.some((r) => r.name === n));
      if (missing.length > 0) throw invalidInput(`居民区「${missing.join('、')}」不在${j.subdistrict}的房屋登记中。（字段 neighborhoods）`);
    }
    const row: SurveyCampaignRow = {
      id: newId('svy'), name: facts.name, subdistrict: j.subdistrict, neighborhoods, startDay: input.startDay, endDay: input.endDay,
      createdBy: ctx.user.id, createdAt: new Date(ctx.now()),
    };
    await insertSurveyCampaign(tx, row);
    const { targets } = await listTargets(tx, row, row.createdAt);
    await recordAudit(tx, ctx, { action: 'survey.campaign_create', targetKind: 'survey_campaign', targetId: row.id, detail: { name: row.name, neighborhoods, startDay: row.startDay, endDay: row.endDay, targets } });
    return campaignView(row, await countSurveyTargets(tx, row.id, j));
  });
}

export async function refreshSurveyTargets({ ctx, input }: { ctx: ServiceContext; input: { campaignId: string } }): Promise<{ added: number; targets: number }> {
  requirePermission(ctx, 'survey.manage');
  return ctx.db.transaction(async (tx) => {
    const c = await campaignInScope(tx, ctx, input.campaignId);
    const result = await listTargets(tx, c, new Date(ctx.now()));
    await recordAudit(tx, ctx, { action: 'survey.targets_refresh', targetKind: 'survey_campaign', targetId: c.id, detail: result });
    return result;
  });
}

/** Campaigns of the user's subdistrict that cover the user's 居民区, newest first; target counts inside the jurisdiction. */
export async function listSurveyCampaigns({ ctx }: { ctx: ServiceContext; input?: Record<string, never> }): Promise<{ items: SurveyCampaign[] }> {
  requirePermission(ctx, 'survey.view');
  const rows = (await listSurveyCampaignRows(ctx.db, ownSubdistrict(ctx))).filter((c) => campaignVisibleTo(ctx, c));
  const items: SurveyCampaign[] = [];
  for (const c of rows) items.push(campaignView(c, await countSurveyTargets(ctx.db, c.id, ctx.user.jurisdiction)));
  return { items };
}
