// Registering the people of a dwelling, and seeing them unmasked.
import { insertParty, listParties, type PartyRow } from '@sentinel/db';
import { INTERVIEW_PARTIES, INTERVIEW_PARTY_LABELS, ROLE_LABELS, type InterviewParty } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { REVEALABLE_PARTIES, requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, permissionDenied } from '../errors.ts';
import { newId } from '../ids.ts';
import { houseInScope } from '../cases/house-access.ts';
import { partyView, type PartyView } from './masking.ts';

export interface AddPartyInput {
  readonly houseId: string;
  readonly kind: InterviewParty;
  readonly name: string;
  readonly phone?: string | null;
  /** Last 4 characters of an ID document; a whole ID number is refused. */
  readonly idLast4?: string | null;
}

/**
 * The party row to store, after the checks every registration makes (kind the
 * role may handle, name, phone, only the last 4 characters of an ID); shared
 * by the house file and the survey visit, which stores it in its own transaction.
 */
export function checkedPartyRow(ctx: ServiceContext, input: AddPartyInput): PartyRow {
  if (!INTERVIEW_PARTIES.includes(input.kind)) throw invalidInput(`未知人员类别 "${String(input.kind)}"。`);
  if (!REVEALABLE_PARTIES[ctx.user.role].includes(input.kind)) throw permissionDenied(`登记${INTERVIEW_PARTY_LABELS[input.kind]}信息（${ROLE_LABELS[ctx.user.role]}）`);
  const name = input.name.trim();
  if (name === '' || name.length > 40) throw invalidInput('姓名不能为空，且不超过 40 字。（字段 name）');
  const phone = input.phone?.replace(/\s+/g, '') || null;
  if (phone !== null && !/^\+?\d{7,15}$/.test(phone)) throw invalidInput('电话号码格式不正确。（字段 phone）');
  const idLast4 = input.idLast4?.trim() || null;
  if (idLast4 !== null && !/^[0-9Xx]{4}$/.test(idLast4)) throw invalidInput('证件号只登记末 4 位（数字或 X）。');
  return { id: newId('pty'), houseId: input.houseId, kind: input.kind, name, phone, idLast4, createdAt: new Date(ctx.now()), createdById: ctx.user.id };
}

export async function addParty({ ctx, input }: { ctx: ServiceContext; input: AddPartyInput }): Promise<PartyView> {
  requirePermission(ctx, 'party.manage');
  const row = checkedPartyRow(ctx, input);
  return ctx.db.transaction(async (tx) => {
    await houseInScope(tx, ctx, input.houseId);
    await insertParty(tx, row);
    await recordAudit(tx, ctx, { action: 'party.create', targetKind: 'house', targetId: input.houseId, detail: { partyId: row.id, kind: row.kind } });
    return partyView(row, true);
  });
}

/**
 * The people of a dwelling unmasked, as far as the role may see them (a
 * property company: owner and sublessor only). Needs a purpose; logged.
 */
export async function revealParties({ ctx, input }: { ctx: ServiceContext; input: { houseId: string; purpose: string } }): Promise<PartyView[]> {
  requirePermission(ctx, 'party.reveal');
  const purpose = input.purpose.trim();
  if (purpose.length < 2) throw invalidInput('查看个人信息须填写目的（如：送达限期整改告知书）。');
  return ctx.db.transaction(async (tx) => {
    await houseInScope(tx, ctx, input.houseId);
    const allowed = REVEALABLE_PARTIES[ctx.user.role];
    const rows = await listParties(tx, input.houseId);
    const views = rows.map((p) => partyView(p, allowed.includes(p.kind)));
    await recordAudit(tx, ctx, {
      action: 'personal_data.reveal', targetKind: 'house', targetId: input.houseId, purpose,
      detail: { partyIds: views.filter((v) => v.revealed).map((v) => v.id) },
    });
    return views;
  });
}
