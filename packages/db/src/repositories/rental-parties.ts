// Landlords, sublessors, rental companies and brokers, their links to
// dwellings, and what the credit record and the lead list need about those
// dwellings (case timelines, today's whistle, the open case).
import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import type { AlertLevel, CaseAction, CaseState } from '@sentinel/domain';
import { houses } from '../schema/houses.ts';
import { rentalParties, rentalPartyLinks } from '../schema/rental-parties.ts';
import type { SqlSession } from '../session.ts';
import { houseScopeCondition, scopeSubdistricts, type HouseScope } from './house-scope.ts';

export type RentalPartyRow = typeof rentalParties.$inferSelect;
export type RentalPartyLinkRow = typeof rentalPartyLinks.$inferSelect;

export async function insertRentalParty(s: SqlSession, row: RentalPartyRow): Promise<void> {
  await s.db.insert(rentalParties).values(row);
}

export async function findRentalParty(s: SqlSession, id: string): Promise<RentalPartyRow | null> {
  const rows = await s.db.select().from(rentalParties).where(eq(rentalParties.id, id));
  return rows[0] ?? null;
}

/** Inserts the link unless the same party already stands behind the house in that role; true when inserted. */
export async function insertRentalPartyLink(s: SqlSession, row: RentalPartyLinkRow): Promise<boolean> {
  const inserted = await s.db.insert(rentalPartyLinks).values(row).onConflictDoNothing().returning({ id: rentalPartyLinks.id });
  return inserted.length > 0;
}

export interface LinkedHouse {
  link: RentalPartyLinkRow;
  house: { houseId: string; address: string; subdistrict: string; neighborhood: string; community: string };
}

const HOUSE_FIELDS = { houseId: houses.houseId, address: houses.address, subdistrict: houses.subdistrict, neighborhood: houses.neighborhood, community: houses.community };

/** Every dwelling of these parties (the services keep those inside the user's jurisdiction). */
export async function listLinksOfParties(s: SqlSession, partyIds: readonly string[]): Promise<LinkedHouse[]> {
  if (partyIds.length === 0) return [];
  return s.db.select({ link: rentalPartyLinks, house: HOUSE_FIELDS }).from(rentalPartyLinks)
    .innerJoin(houses, eq(houses.houseId, rentalPartyLinks.houseId))
    .where(inArray(rentalPartyLinks.partyId, [...partyIds]))
    .orderBy(asc(houses.neighborhood), asc(houses.address), asc(rentalPartyLinks.role));
}

/** The parties standing behind one dwelling (house file). */
export async function listPartiesOfHouse(s: SqlSession, houseId: string): Promise<{ link: RentalPartyLinkRow; party: RentalPartyRow }[]> {
  return s.db.select({ link: rentalPartyLinks, party: rentalParties }).from(rentalPartyLinks)
    .innerJoin(rentalParties, eq(rentalParties.id, rentalPartyLinks.partyId))
    .where(eq(rentalPartyLinks.houseId, houseId))
    .orderBy(asc(rentalPartyLinks.role), asc(rentalParties.id));
}

/**
 * The parties standing behind at least one dwelling inside the scope (the
 * user's jurisdiction), optionally of one kind or matching a name.
 */
export async function listRentalPartiesInScope(s: SqlSession, f: { scope: HouseScope; kind?: string; search?: string }): Promise<RentalPartyRow[]> {
  const linked = s.db.select({ id: rentalPartyLinks.partyId }).from(rentalPartyLinks)
    .innerJoin(houses, eq(houses.houseId, rentalPartyLinks.houseId)).where(houseScopeCondition(f.scope));
  return s.db.select().from(rentalParties).where(and(
    inArray(rentalParties.subdistrict, [...scopeSubdistricts(f.scope)]),
    inArray(rentalParties.id, linked),
    f.kind ? eq(rentalParties.kind, f.kind) : undefined,
    f.search ? ilike(rentalParties.name, `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  )).orderBy(asc(rentalParties.kind), asc(rentalParties.createdAt), asc(rentalParties.id));
}

export interface CaseStateEntry { caseId: string; caseNumber: string; houseId: string; state: CaseState; action: CaseAction | null; at: Date }

/** Every state each case of these houses entered (opening and transitions), oldest first: the credit record's input. */
export async function caseStatesOfHouses(s: SqlSession, houseIds: readonly string[]): Promise<CaseStateEntry[]> {
  if (houseIds.length === 0) return [];
  const res = await s.query<CaseStateEntry>(`
    SELECT c.id AS "caseId", c.case_number AS "caseNumber", c.house_id AS "houseId", e.to_state::text AS state, e.action, e.at
      FROM cases c JOIN case_events e ON e.case_id = c.id
     WHERE c.house_id = ANY($1::text[]) AND e.kind IN ('opened', 'transition')
     ORDER BY e.at, c.id, e.seq`, [[...houseIds]]);
  return res.rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

export interface HouseLeadFacts { houseId: string; level: AlertLevel | null; score: number | null; caseId: string | null; caseNumber: string | null; caseState: CaseState | null }

/** Today's whistle (latest succeeded run) and the latest case of each house: what a lead list shows. */
export async function leadFactsOfHouses(s: SqlSession, houseIds: readonly string[]): Promise<HouseLeadFacts[]> {
  if (houseIds.length === 0) return [];
  const res = await s.query<HouseLeadFacts>(`
    WITH run AS (SELECT id FROM detection_runs WHERE status = 'succeeded' ORDER BY started_at DESC, id DESC LIMIT 1)
    SELECT h.house_id AS "houseId", a.level::text AS level, a.score, lc.id AS "caseId", lc.case_number AS "caseNumber", lc.state::text AS "caseState"
      FROM unnest($1::text[]) AS h(house_id)
      LEFT JOIN alerts a ON a.house_id = h.house_id AND a.run_id = (SELECT id FROM run)
      LEFT JOIN LATERAL (SELECT c.id, c.case_number, c.state FROM cases c WHERE c.house_id = h.house_id ORDER BY c.opened_at DESC, c.id DESC LIMIT 1) lc ON true`, [[...houseIds]]);
  return res.rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
}

/**
 * The party of the subdistrict already registered with this phone number or
 * credit code (same kind): registering it again from another dwelling links
 * that dwelling to the same party instead of making a second one.
 */
export async function findRentalPartyByContact(s: SqlSession, f: { subdistrict: string; kind: string; phone: string | null; creditCode: string | null }): Promise<RentalPartyRow | null> {
  if (f.phone === null && f.creditCode === null) return null;
  const rows = await s.db.select().from(rentalParties).where(and(
    eq(rentalParties.subdistrict, f.subdistrict), eq(rentalParties.kind, f.kind),
    f.creditCode !== null ? eq(rentalParties.creditCode, f.creditCode) : eq(rentalParties.phone, f.phone as string),
  )).orderBy(asc(rentalParties.createdAt), asc(rentalParties.id)).limit(1);
  return rows[0] ?? null;
}
