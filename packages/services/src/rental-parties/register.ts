// Registering a landlord, sublessor, rental company or broker with the first
// dwelling it stands behind, and linking it to more dwellings. Every
// dwelling must lie in the registering user's jurisdiction; a person keeps
// only a name, a phone and the last 4 characters of an ID document.
import { findRentalParty, findRentalPartyByContact, insertRentalParty, insertRentalPartyLink, type RentalPartyRow, type SqlSession } from '@sentinel/db';
import type { NewRentalPartyBody, RentalPartyLinkBody, RentalPartySummary } from '@sentinel/contract';
import { CREDIT_CODE_PATTERN, LINK_ROLES_OF_KIND, PARTY_LINK_ROLE_LABELS, RENTAL_PARTY_KIND_LABELS, isPersonalParty, isoToDay, type RentalPartyKind } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { houseInScope } from '../cases/house-access.ts';
import { invalidInput, notFound, outOfJurisdiction } from '../errors.ts';
import { newId } from '../ids.ts';
import { partyFacts, summaryOf, type PartyFacts } from './views.ts';

function checkedLink(kind: RentalPartyKind, link: RentalPartyLinkBody): void {
  if (!LINK_ROLES_OF_KIND[kind].includes(link.role)) {
    throw invalidInput(`${RENTAL_PARTY_KIND_LABELS[kind]}不能登记为「${PARTY_LINK_ROLE_LABELS[link.role]}」。（字段 role）`);
  }
  if (link.fromDay != null && Number.isNaN(isoToDay(link.fromDay))) throw invalidInput(`日期「${link.fromDay}」无效。（字段 fromDay）`);
}

function checkedParty(ctx: ServiceContext, input: NewRentalPartyBody): RentalPartyRow {
  const name = input.name.trim();
  if (name === '') throw invalidInput('名称不能为空。（字段 name）');
  const phone = input.phone?.replace(/[\s-]+/g, '') || null;
  if (phone !== null && !/^\+?\d{7,15}$/.test(phone)) throw invalidInput('电话号码格式不正确。（字段 phone）');
  const personal = isPersonalParty(input.kind);
  const idLast4 = input.idLast4?.trim() || null;
  if (idLast4 !== null && (!personal || !/^[0-9Xx]{4}$/.test(idLast4))) throw invalidInput('个人只登记证件号末 4 位（数字或 X）；单位不登记证件号。（字段 idLast4）');
  const creditCode = input.creditCode?.trim().toUpperCase() || null;
  if (creditCode !== null && (personal || !CREDIT_CODE_PATTERN.test(creditCode))) throw invalidInput('统一社会信用代码为 18 位（仅单位填写）。（字段 creditCode）');
  return {
    id: newId('rpt'), subdistrict: ownSubdistrict(ctx), kind: input.kind, name, phone, idLast4, creditCode,
    note: input.note?.trim() || null, createdBy: ctx.user.id, createdAt: new Date(ctx.now()),
  };
}

async function addLink(tx: SqlSession, ctx: ServiceContext, partyId: string, link: RentalPartyLinkBody): Promise<boolean> {
  await houseInScope(tx, ctx, link.houseId);
  return insertRentalPartyLink(tx, {
    id: newId('rpl'), partyId, houseId: link.houseId, role: link.role, fromDay: link.fromDay ?? null, createdBy: ctx.user.id, createdAt: new Date(ctx.now()),
  });
}

/** The new party, or the party already known by its phone or credit code (`existing`), linked to the dwelling. */
export async function createRentalParty({ ctx, input }: { ctx: ServiceContext; input: NewRentalPartyBody }): Promise<RentalPartySummary & { existing: boolean }> {
  requirePermission(ctx, 'rental_party.manage');
  checkedLink(input.kind, input);
  const row = checkedParty(ctx, input);
  return ctx.db.transaction(async (tx) => {
    // The same phone or credit code is the same party: one sublessor behind many flats is one record.
    const known = await findRentalPartyByContact(tx, { subdistrict: row.subdistrict, kind: row.kind, phone: row.phone, creditCode: row.creditCode });
    const party = known ?? row;
    if (!known) await insertRentalParty(tx, row);
    await addLink(tx, ctx, party.id, input);
    await recordAudit(tx, ctx, {
      action: known ? 'rental_party.link' : 'rental_party.create', targetKind: 'rental_party', targetId: party.id,
      detail: { kind: party.kind, houseId: input.houseId, role: input.role, ...(known ? { matchedBy: row.creditCode !== null ? 'creditCode' : 'phone' } : {}) },
    });
    return { ...summaryOf(ctx, party, await partyFacts(tx, ctx, [party.id])), existing: known !== null };
  });
}

/** The party of this subdistrict (any unit of the subdistrict may link it to a dwelling of its own jurisdiction). */
export async function partyOfSubdistrict(s: SqlSession, ctx: ServiceContext, partyId: string): Promise<RentalPartyRow> {
  const party = await findRentalParty(s, partyId);
  if (!party) throw notFound(`当事人 ${partyId}`);
  if (party.subdistrict !== ctx.user.jurisdiction.subdistrict) throw outOfJurisdiction(`当事人 ${partyId}`);
  return party;
}

/** The party, its links and credit, and its summary for this user: out of jurisdiction unless one of its dwellings lies inside. */
export async function visibleParty(s: SqlSession, ctx: ServiceContext, partyId: string): Promise<{ party: RentalPartyRow; facts: PartyFacts; summary: RentalPartySummary }> {
  const party = await partyOfSubdistrict(s, ctx, partyId);
  const facts = await partyFacts(s, ctx, [party.id]);
  const summary = summaryOf(ctx, party, facts);
  if (summary.dwellings === 0) throw outOfJurisdiction(`当事人 ${party.id}`);
  return { party, facts, summary };
}

export async function linkRentalParty({ ctx, input }: { ctx: ServiceContext; input: RentalPartyLinkBody & { partyId: string } }): Promise<RentalPartySummary> {
  requirePermission(ctx, 'rental_party.manage');
  return ctx.db.transaction(async (tx) => {
    const party = await partyOfSubdistrict(tx, ctx, input.partyId);
    checkedLink(party.kind as RentalPartyKind, input);
    const added = await addLink(tx, ctx, party.id, input);
    if (added) await recordAudit(tx, ctx, { action: 'rental_party.link', targetKind: 'rental_party', targetId: party.id, detail: { houseId: input.houseId, role: input.role } });
    return summaryOf(ctx, party, await partyFacts(tx, ctx, [party.id]));
  });
}
