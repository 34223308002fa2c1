// Reading parties: the list of those behind the dwellings of the user's
// jurisdiction, a party's own file (dwellings as a lead list, history of
// the cases on them, credit record with evidence and expiry), the parties of
// one dwelling for the house file, and the audited unmasked view.
import { caseStatesOfHouses, listPartiesOfHouse, listRentalPartiesInScope } from '@sentinel/db';
import type { HouseRentalParty, RentalPartyFile, RentalPartySummary } from '@sentinel/contract';
import { CASE_STATE_LABELS, PARTY_LINK_ROLE_LABELS, REVEALABLE_LINK_ROLES, dayToIso, isPersonalParty, shanghaiDay, type PartyLinkRole, type RentalPartyKind } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { REVEALABLE_PARTIES, requirePermission } from '../auth/permissions.ts';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { houseInScope } from '../cases/house-access.ts';
import { invalidInput, permissionDenied } from '../errors.ts';
import { visibleParty } from './register.ts';
import { CREDIT_RULES, creditEntriesOf, dwellingsOf, partyFacts, summaryOf } from './views.ts';

/** History states worth a line: the steps a landlord or sublessor answers for. */
const HISTORY_STATES = new Set(['discovered', 'confirmed', 'notified', 'acceptance_failed', 'interviewed', 'joint_enforcement', 'rectified', 'closed', 'relapsed']);

export async function listRentalParties({ ctx, input }: { ctx: ServiceContext; input: { kind?: RentalPartyKind; search?: string } }): Promise<{ items: RentalPartySummary[] }> {
  requirePermission(ctx, 'rental_party.view');
  const rows = await listRentalPartiesInScope(ctx.db, { scope: ctx.user.jurisdiction, kind: input.kind, search: input.search?.trim() || undefined });
  const facts = await partyFacts(ctx.db, ctx, rows.map((r) => r.id));
  // Worst credit first: the list is where the safety office picks whom to watch.
  return { items: rows.map((r) => summaryOf(ctx, r, facts)).sort((a, b) => a.credit.score - b.credit.score || b.dwellings - a.dwellings) };
}

export async function getRentalPartyFile({ ctx, input }: { ctx: ServiceContext; input: { partyId: string } }): Promise<RentalPartyFile> {
  requirePermission(ctx, 'rental_party.view');
  return ctx.db.transaction(async (tx) => {
    const { party, facts, summary } = await visibleParty(tx, ctx, input.partyId);
    const inside = facts.links.filter((l) => inJurisdiction(ctx.user.jurisdiction, l.house));
    const address = new Map(inside.map((l) => [l.house.houseId, l.house.address]));
    const history = (await caseStatesOfHouses(tx, [...address.keys()])).filter((e) => HISTORY_STATES.has(e.state)).reverse().map((e) => ({
      day: dayToIso(shanghaiDay(e.at.getTime())), caseId: e.caseId, caseNumber: e.caseNumber, houseId: e.houseId, address: address.get(e.houseId) ?? '',
      state: e.state, stateLabel: CASE_STATE_LABELS[e.state],
    }));
    const record = facts.credit.get(party.id);
    // Even masked, a person's file is about a person: the view is logged like the house file's.
    await recordAudit(tx, ctx, { action: 'rental_party.view', targetKind: 'rental_party', targetId: party.id, detail: { masked: !summary.revealed } });
    return {
      party: summary, dwellings: await dwellingsOf(tx, ctx, inside), history,
      credit: {
        score: summary.credit.score, band: summary.credit.band, baseScore: CREDIT_RULES.baseScore, asOf: dayToIso(shanghaiDay(ctx.now())),
        entries: record ? creditEntriesOf(ctx, record, facts.links) : [],
      },
    };
  });
}

/** The parties behind one dwelling, each with its other dwellings in the jurisdiction (该二房东的其他房屋). */
export async function rentalPartiesOfHouse({ ctx, input }: { ctx: ServiceContext; input: { houseId: string } }): Promise<{ items: HouseRentalParty[] }> {
  requirePermission(ctx, 'rental_party.view');
  return ctx.db.transaction(async (tx) => {
    await houseInScope(tx, ctx, input.houseId);
    const rows = await listPartiesOfHouse(tx, input.houseId);
    const facts = await partyFacts(tx, ctx, [...new Set(rows.map((r) => r.party.id))]);
    const items: HouseRentalParty[] = [];
    for (const { link, party } of rows) {
      const others = facts.links.filter((l) => l.link.partyId === party.id && l.house.houseId !== input.houseId);
      items.push({
        party: summaryOf(ctx, party, facts), role: link.role as PartyLinkRole, roleLabel: PARTY_LINK_ROLE_LABELS[link.role as PartyLinkRole],
        otherDwellings: await dwellingsOf(tx, ctx, others),
      });
    }
    return { items };
  });
}

/**
 * A person's name, phone and ID digits in clear, for a stated purpose
 * (logged). Allowed to roles that may see the party kinds it stands behind
 * dwellings as (a grid worker: owners only), inside the jurisdiction.
 */
export async function revealRentalParty({ ctx, input }: { ctx: ServiceContext; input: { partyId: string; purpose: string } }): Promise<{ id: string; name: string; phone: string | null; idLast4: string | null }> {
  requirePermission(ctx, 'party.reveal');
  const purpose = input.purpose.trim();
  if (purpose.length < 2) throw invalidInput('查看个人信息须填写目的（如：约谈二房东）。');
  return ctx.db.transaction(async (tx) => {
    const { party, summary } = await visibleParty(tx, ctx, input.partyId);
    const allowed = REVEALABLE_PARTIES[ctx.user.role];
    if (isPersonalParty(party.kind as RentalPartyKind) && !summary.roles.some((r) => REVEALABLE_LINK_ROLES[r].some((k) => allowed.includes(k)))) {
      throw permissionDenied('查看该当事人的未脱敏信息');
    }
    await recordAudit(tx, ctx, { action: 'personal_data.reveal', targetKind: 'rental_party', targetId: party.id, purpose, detail: { kind: party.kind } });
    return { id: party.id, name: party.name, phone: party.phone, idLast4: party.idLast4 };
  });
}
