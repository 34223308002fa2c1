// 宣传摸底: campaigns, their visit lists and visits. Reads are always inside a
// scope of the house register (the caller's jurisdiction).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { houses } from '../schema/houses.ts';
import { parties } from '../schema/parties.ts';
import { surveyCampaigns, surveyTargets, surveyVisits } from '../schema/survey.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, type HouseScope } from './house-scope.ts';
import type { PartyRow } from './parties.ts';

export type SurveyCampaignRow = typeof surveyCampaigns.$inferSelect;
export type SurveyVisitRow = typeof surveyVisits.$inferSelect;
export type NewSurveyVisitRow = typeof surveyVisits.$inferInsert;

export async function insertSurveyCampaign(s: SqlSession, row: typeof surveyCampaigns.$inferInsert): Promise<void> {
  await s.db.insert(surveyCampaigns).values(row);
}

export async function getSurveyCampaign(s: SqlSession, id: string): Promise<SurveyCampaignRow | null> {
  const rows = await s.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id));
  return rows[0] ?? null;
}

export async function listSurveyCampaignRows(s: SqlSession, subdistrict: string): Promise<SurveyCampaignRow[]> {
  return s.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.subdistrict, subdistrict)).orderBy(desc(surveyCampaigns.startDay), desc(surveyCampaigns.createdAt));
}

/** What decides whether a house goes on the list (domain surveyTargetReasons). */
export interface SurveyCandidateRow {
  houseId: string;
  isRental: boolean | null;
  rentalFiled: boolean | null;
  alertLevel: 'red' | 'yellow' | 'green' | null;
  recentComplaints: number;
}

/**
 * Every house of the campaign's area with its register flags, its level in
 * the given detection run and its complaints received since `complaintsSince`.
 */
export async function surveyCandidates(s: SqlSession, area: { subdistrict: string; neighborhoods: readonly string[] }, runId: string | null, complaintsSince: Date): Promise<SurveyCandidateRow[]> {
  const res = await s.query<SurveyCandidateRow>(`
    SELECT h.house_id AS "houseId", h.is_rental AS "isRental", h.rental_filed AS "rentalFiled",
           a.level::text AS "alertLevel", coalesce(c.n, 0)::int AS "recentComplaints"
      FROM houses h
      LEFT JOIN alerts a ON a.house_id = h.house_id AND a.run_id = $3
      LEFT JOIN (SELECT house_id, count(*) AS n FROM complaints WHERE received_at >= $4 AND house_id IS NOT NULL GROUP BY house_id) c ON c.house_id = h.house_id
     WHERE h.subdistrict = $1 AND (cardinality($2::text[]) = 0 OR h.neighborhood = ANY($2::text[]))
     ORDER BY h.house_id`, [area.subdistrict, [...area.neighborhoods], runId, complaintsSince]);
  return res.rows;
}

/** Adds houses to a campaign's list; a house already listed keeps its row and gets the new reasons. Returns how many were new. */
export async function upsertSurveyTargets(s: SqlSession, campaignId: string, rows: readonly { houseId: string; reasons: readonly string[] }[], at: Date): Promise<number> {
  let added = 0;
  const CHUNK = 1000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const res = await s.db.insert(surveyTargets)
      .values(chunk.map((r) => ({ campaignId, houseId: r.houseId, reasons: [...r.reasons], listedAt: at })))
      .onConflictDoUpdate({ target: [surveyTargets.campaignId, surveyTargets.houseId], set: { reasons: sql`excluded.reasons` } })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    added += res.filter((r) => r.inserted).length;
  }
  return added;
}

export interface SurveyTargetRow {
  houseId: string;
  reasons: string[];
  address: string;
  neighborhood: string;
  community: string;
  areaM2: number;
  bedrooms: number;
}

/** The campaign's listed houses inside the scope, by 居民区, 小区 and address. */
export async function listSurveyTargetRows(s: SqlSession, campaignId: string, scope: HouseScope, houseId?: string): Promise<SurveyTargetRow[]> {
  return s.db.select({
    houseId: surveyTargets.houseId, reasons: surveyTargets.reasons, address: houses.address, neighborhood: houses.neighborhood,
    community: houses.community, areaM2: houses.areaM2, bedrooms: houses.bedrooms,
  })
    .from(surveyTargets).innerJoin(houses, eq(houses.houseId, surveyTargets.houseId))
    .where(and(eq(surveyTargets.campaignId, campaignId), houseScopeCondition(scope), houseId !== undefined ? eq(surveyTargets.houseId, houseId) : undefined))
    .orderBy(asc(houses.neighborhood), asc(houses.community), asc(houses.address), asc(houses.houseId));
}

export async function insertSurveyVisit(s: SqlSession, row: NewSurveyVisitRow): Promise<void> {
  await s.db.insert(surveyVisits).values(row);
}

/** The campaign's visits of houses inside the scope, oldest first. */
export async function listSurveyVisitRows(s: SqlSession, campaignId: string, scope: HouseScope, houseId?: string): Promise<SurveyVisitRow[]> {
  const rows = await s.db.select({ visit: surveyVisits })
    .from(surveyVisits).innerJoin(houses, eq(houses.houseId, surveyVisits.houseId))
    .where(and(eq(surveyVisits.campaignId, campaignId), houseScopeCondition(scope), houseId !== undefined ? eq(surveyVisits.houseId, houseId) : undefined))
    .orderBy(asc(surveyVisits.visitedAt), asc(surveyVisits.id));
  return rows.map((r) => r.visit);
}

/** Parties of many houses at once (the master list). */
export async function listPartiesOfHouses(s: SqlSession, houseIds: readonly string[]): Promise<PartyRow[]> {
  if (houseIds.length === 0) return [];
  return s.db.select().from(parties).where(inArray(parties.houseId, [...houseIds])).orderBy(asc(parties.houseId), asc(parties.kind), asc(parties.createdAt), asc(parties.id));
}

/** How many of the campaign's listed houses lie inside the scope. */
export async function countSurveyTargets(s: SqlSession, campaignId: string, scope: HouseScope): Promise<number> {
  const [{ n }] = await s.db.select({ n: sql<number>`count(*)::int` })
    .from(surveyTargets).innerJoin(houses, eq(houses.houseId, surveyTargets.houseId))
    .where(and(eq(surveyTargets.campaignId, campaignId), houseScopeCondition(scope)));
  return n;
}
