// 疏堵结合 on a case: the tenants of a cleared group rental offered a bed,
// recorded as counts per employer (the employer applies for its workers; no
// names are needed, so none are taken), then how many were placed or
// declined. Placing tenants in a project takes its free beds, so the
// inventory stays true; the checks are the domain's (placed + declined ≤ offered).
import {
  insertCaseReferral, listCaseReferralRows, lockCaseReferral, lockReferralHousing, updateCaseReferralCounts, updateReferralHousing,
  type CaseReferralListRow, type CaseReferralRow, type SqlSession,
} from '@sentinel/db';
import type { CaseReferral, NewCaseReferralBody } from '@sentinel/contract';
import { pendingOf, referralOfferProblems } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { caseInScope } from '../cooperation/case-units.ts';
import { invalidInput, notFound } from '../errors.ts';
import { newId } from '../ids.ts';

function referralView(r: CaseReferralListRow): CaseReferral {
  const x = r.referral;
  return {
    id: x.id, caseId: x.caseId, caseNumber: r.caseNumber, housingId: x.housingId, housingName: r.housingName, employer: x.employer,
    offered: x.offered, placed: x.placed, declined: x.declined, pending: pendingOf(x), note: x.note,
    recordedAt: x.recordedAt.toISOString(), updatedAt: x.updatedAt.toISOString(),
  };
}

function checkCounts(c: { offered: number; placed: number; declined: number }): void {
  const [problem] = referralOfferProblems(c);
  if (problem) throw invalidInput(`${problem.message}（字段 ${problem.field}）`);
}

/** Takes `delta` beds of the project (gives them back when negative); refuses more than are free. */
async function takeBeds(s: SqlSession, ctx: ServiceContext, housingId: string | null, delta: number): Promise<void> {
  if (housingId === null || delta === 0) return;
  const h = await lockReferralHousing(s, housingId);
  if (!h || h.subdistrict !== ctx.user.jurisdiction.subdistrict) throw notFound(`疏导房源 ${housingId}`);
  const left = h.bedsAvailable - delta;
  if (left < 0) throw invalidInput(`「${h.name}」只剩 ${h.bedsAvailable} 张空床位，不能再安排 ${delta} 人入住。（字段 placed）`);
  await updateReferralHousing(s, housingId, { bedsAvailable: Math.min(left, h.bedsTotal) });
}

async function viewOf(s: SqlSession, ctx: ServiceContext, caseId: string, id: string): Promise<CaseReferral> {
  const row = (await listCaseReferralRows(s, { scope: ctx.user.jurisdiction, caseId })).find((r) => r.referral.id === id);
  if (!row) throw notFound(`疏导记录 ${id}`);
  return referralView(row);
}

export async function listCaseReferrals({ ctx, input }: { ctx: ServiceContext; input: { caseId: string } }): Promise<{ items: CaseReferral[] }> {
  requirePermission(ctx, 'referral.view');
  await caseInScope(ctx.db, ctx, input.caseId);
  return { items: (await listCaseReferralRows(ctx.db, { scope: ctx.user.jurisdiction, caseId: input.caseId })).map(referralView) };
}

export async function recordCaseReferral({ ctx, input }: { ctx: ServiceContext; input: NewCaseReferralBody & { caseId: string } }): Promise<CaseReferral> {
  requirePermission(ctx, 'referral.record');
  const employer = input.employer.trim();
  if (employer === '') throw invalidInput('用人单位不能为空。（字段 employer）');
  checkCounts(input);
  return ctx.db.transaction(async (tx) => {
    const { row: c } = await caseInScope(tx, ctx, input.caseId);
    if (input.housingId !== null) {
      const h = await lockReferralHousing(tx, input.housingId);
      if (!h || h.subdistrict !== ctx.user.jurisdiction.subdistrict) throw notFound(`疏导房源 ${input.housingId}`);
      if (!h.active) throw invalidInput(`疏导房源「${h.name}」已停用。（字段 housingId）`);
    }
    await takeBeds(tx, ctx, input.housingId, input.placed);
    const at = new Date(ctx.now());
    const row: CaseReferralRow = {
      id: newId('rfo'), caseId: c.id, housingId: input.housingId, employer, offered: input.offered, placed: input.placed, declined: input.declined,
      note: input.note?.trim() || null, recordedBy: ctx.user.id, recordedAt: at, updatedAt: at,
    };
    await insertCaseReferral(tx, row);
    await recordAudit(tx, ctx, { action: 'referral.record', targetKind: 'case', targetId: c.id, detail: { referralId: row.id, housingId: row.housingId, employer, offered: row.offered, placed: row.placed, declined: row.declined } });
    return viewOf(tx, ctx, c.id, row.id);
  });
}

export async function recordReferralOutcome({ ctx, input }: { ctx: ServiceContext; input: { referralId: string; placed: number; declined: number; note?: string | null } }): Promise<CaseReferral> {
  requirePermission(ctx, 'referral.record');
  return ctx.db.transaction(async (tx) => {
    const r = await lockCaseReferral(tx, input.referralId);
    if (!r) throw notFound(`疏导记录 ${input.referralId}`);
    await caseInScope(tx, ctx, r.caseId);
    checkCounts({ offered: r.offered, placed: input.placed, declined: input.declined });
    await takeBeds(tx, ctx, r.housingId, input.placed - r.placed);
    const note = input.note === undefined ? r.note : input.note?.trim() || null;
    await updateCaseReferralCounts(tx, r.id, { placed: input.placed, declined: input.declined, note, updatedAt: new Date(ctx.now()) });
    await recordAudit(tx, ctx, { action: 'referral.outcome', targetKind: 'case', targetId: r.caseId, detail: { referralId: r.id, placed: input.placed, declined: input.declined, before: { placed: r.placed, declined: r.declined } } });
    return viewOf(tx, ctx, r.caseId, r.id);
  });
}
