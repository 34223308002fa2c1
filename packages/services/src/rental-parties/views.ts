// How a party and its dwellings are shown: a person masked unless revealed
// (an organisation's name is not personal data), the dwellings inside the
// user's jurisdiction with today's whistle and latest case, and the credit
// record computed by the domain from the case timelines of every dwelling.
import { caseStatesOfHouses, leadFactsOfHouses, listLinksOfParties, type LinkedHouse, type RentalPartyRow, type SqlSession } from '@sentinel/db';
import type { CreditEntryT, PartyDwelling, RentalPartySummary } from '@sentinel/contract';
import {
  CASE_STATE_LABELS, DEFAULT_CREDIT_RULES, PARTY_LINK_ROLE_LABELS, RENTAL_PARTY_KIND_LABELS, creditRecord, dayToIso, isPersonalParty, isTerminal, isoToDay, offencesOfCase, shanghaiDay,
  type CaseTimeline, type CreditRecord, type CreditRules, type PartyLinkRole, type RentalPartyKind,
} from '@sentinel/domain';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { maskName, maskPhone } from '../household/masking.ts';

/** The rules the credit record is computed with (the domain's defaults; docs/parties.md). */
export const CREDIT_RULES: CreditRules = DEFAULT_CREDIT_RULES;

export interface PartyFacts {
  readonly links: LinkedHouse[];
  /** Credit record per party id. */
  readonly credit: Map<string, CreditRecord>;
}

/** Every link of the parties and their credit records as of today (all dwellings count, in the jurisdiction or not). */
export async function partyFacts(s: SqlSession, ctx: ServiceContext, partyIds: readonly string[]): Promise<PartyFacts> {
  const links = await listLinksOfParties(s, partyIds);
  const states = await caseStatesOfHouses(s, [...new Set(links.map((l) => l.house.houseId))]);
  const timelines = new Map<string, CaseTimeline & { entered: CaseTimeline['entered'][number][] }>();
  for (const e of states) {
    let t = timelines.get(e.caseId);
    if (!t) { t = { caseId: e.caseId, caseNumber: e.caseNumber, houseId: e.houseId, entered: [] }; timelines.set(e.caseId, t); }
    t.entered.push({ state: e.state, day: shanghaiDay(e.at.getTime()), action: e.action });
  }
  const today = shanghaiDay(ctx.now());
  const credit = new Map<string, CreditRecord>();
  for (const id of partyIds) {
    const own = links.filter((l) => l.link.partyId === id);
    const events = own.flatMap((l) => [...timelines.values()].filter((t) => t.houseId === l.house.houseId)
      .flatMap((t) => offencesOfCase(t, l.link.role as PartyLinkRole, l.link.fromDay === null ? null : isoToDay(l.link.fromDay))));
    credit.set(id, creditRecord(events, today, CREDIT_RULES));
  }
  return { links, credit };
}

export function summaryOf(ctx: ServiceContext, p: RentalPartyRow, facts: PartyFacts, reveal = false): RentalPartySummary {
  const kind = p.kind as RentalPartyKind;
  const clear = reveal || !isPersonalParty(kind);
  const own = facts.links.filter((l) => l.link.partyId === p.id);
  const inside = own.filter((l) => inJurisdiction(ctx.user.jurisdiction, l.house));
  const record = facts.credit.get(p.id);
  return {
    id: p.id, kind, kindLabel: RENTAL_PARTY_KIND_LABELS[kind],
    name: clear ? p.name : maskName(p.name),
    phone: p.phone === null ? null : clear ? p.phone : maskPhone(p.phone),
    idLast4: p.idLast4 === null ? null : clear ? p.idLast4 : '****',
    creditCode: p.creditCode, note: p.note, revealed: clear,
    roles: [...new Set(inside.map((l) => l.link.role as PartyLinkRole))],
    dwellings: new Set(inside.map((l) => l.house.houseId)).size,
    dwellingsOutside: new Set(own.filter((l) => !inside.includes(l)).map((l) => l.house.houseId)).size,
    credit: { score: record?.score ?? CREDIT_RULES.baseScore, band: record?.band ?? '', inForce: record?.inForceCount ?? 0 },
  };
}

/** The dwellings of these links inside the jurisdiction, with today's whistle and latest case; leads (no open case) first. */
export async function dwellingsOf(s: SqlSession, ctx: ServiceContext, links: readonly LinkedHouse[]): Promise<PartyDwelling[]> {
  const inside = links.filter((l) => inJurisdiction(ctx.user.jurisdiction, l.house));
  const facts = new Map((await leadFactsOfHouses(s, [...new Set(inside.map((l) => l.house.houseId))])).map((f) => [f.houseId, f]));
  const rows = inside.map((l): PartyDwelling => {
    const f = facts.get(l.house.houseId);
    const state = f?.caseState ?? null;
    const open = state !== null && !isTerminal(state);
    return {
      houseId: l.house.houseId, address: l.house.address, neighborhood: l.house.neighborhood, community: l.house.community,
      role: l.link.role as PartyLinkRole, roleLabel: PARTY_LINK_ROLE_LABELS[l.link.role as PartyLinkRole], fromDay: l.link.fromDay,
      level: f?.level ?? null, score: f?.score ?? null,
      caseId: f?.caseId ?? null, caseNumber: f?.caseNumber ?? null, caseState: state, caseStateLabel: state === null ? null : CASE_STATE_LABELS[state],
      lead: !open,
    };
  });
  return rows.sort((a, b) => Number(b.lead) - Number(a.lead) || (b.score ?? -1) - (a.score ?? -1) || a.address.localeCompare(b.address));
}

/** The entries of a record; the dwelling of an entry outside the jurisdiction is named by its case number only. */
export function creditEntriesOf(ctx: ServiceContext, record: CreditRecord, links: readonly LinkedHouse[]): CreditEntryT[] {
  return record.entries.map((e) => {
    const house = links.find((l) => l.house.houseId === e.evidence.houseId)?.house;
    const visible = house !== undefined && inJurisdiction(ctx.user.jurisdiction, house);
    return {
      offence: e.offence, label: e.label, points: e.points, day: dayToIso(e.day), expiresDay: dayToIso(e.expiresDay), inForce: e.inForce,
      role: e.evidence.role, roleLabel: PARTY_LINK_ROLE_LABELS[e.evidence.role], caseNumber: e.evidence.caseNumber,
      caseId: visible ? e.evidence.caseId : null, houseId: visible ? e.evidence.houseId : null, address: visible ? house.address : null,
    };
  });
}
