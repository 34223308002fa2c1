// 疏堵结合: the referral-housing inventory (公租房、宿舍型租赁住房 … with beds,
// rent, eligibility and the employer-application route), kept by the ops
// centre per subdistrict; every unit may read it to offer a bed on a case.
import { insertReferralHousing, listReferralHousingRows, lockReferralHousing, updateReferralHousing, type ReferralHousingRow } from '@sentinel/db';
import type { ReferralHousing, ReferralHousingBody } from '@sentinel/contract';
import { referralHousingProblems, type ReferralApplicant, type ReferralHousingKind } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, type ServiceContext } from '../context.ts';
import { invalidInput, notFound, outOfJurisdiction } from '../errors.ts';
import { newId } from '../ids.ts';

export function housingView(h: ReferralHousingRow): ReferralHousing {
  return {
    id: h.id, name: h.name, kind: h.kind as ReferralHousingKind, address: h.address, bedsTotal: h.bedsTotal, bedsAvailable: h.bedsAvailable,
    monthlyRentPerBed: h.monthlyRentPerBed, eligibility: h.eligibility, applicant: h.applicant as ReferralApplicant, applicationRoute: h.applicationRoute,
    active: h.active, updatedAt: h.updatedAt.toISOString(),
  };
}

function checked(input: ReferralHousingBody): ReferralHousingBody {
  const body = { ...input, name: input.name.trim(), address: input.address.trim(), eligibility: input.eligibility.trim(), applicationRoute: input.applicationRoute.trim() };
  const [problem] = referralHousingProblems(body);
  if (problem) throw invalidInput(`${problem.message}（字段 ${problem.field}）`);
  for (const field of ['address', 'eligibility', 'applicationRoute'] as const) {
    if (body[field] === '') throw invalidInput(`${{ address: '地址', eligibility: '申请条件', applicationRoute: '申请途径' }[field]}不能为空。（字段 ${field}）`);
  }
  return body;
}

export async function listReferralHousing({ ctx }: { ctx: ServiceContext; input?: Record<string, never> }): Promise<{ items: ReferralHousing[] }> {
  requirePermission(ctx, 'referral.view');
  return { items: (await listReferralHousingRows(ctx.db, ownSubdistrict(ctx))).map(housingView) };
}

export async function createReferralHousing({ ctx, input }: { ctx: ServiceContext; input: ReferralHousingBody }): Promise<ReferralHousing> {
  requirePermission(ctx, 'referral.manage');
  const body = checked(input);
  return ctx.db.transaction(async (tx) => {
    const row: ReferralHousingRow = { id: newId('rfh'), subdistrict: ownSubdistrict(ctx), ...body, updatedBy: ctx.user.id, updatedAt: new Date(ctx.now()) };
    await insertReferralHousing(tx, row);
    await recordAudit(tx, ctx, { action: 'referral.housing_create', targetKind: 'referral_housing', targetId: row.id, detail: { ...body } });
    return housingView(row);
  });
}

export async function updateReferralHousingEntry({ ctx, input }: { ctx: ServiceContext; input: ReferralHousingBody & { housingId: string } }): Promise<ReferralHousing> {
  requirePermission(ctx, 'referral.manage');
  const { housingId, ...rest } = input;
  const body = checked(rest);
  return ctx.db.transaction(async (tx) => {
    const before = await lockReferralHousing(tx, housingId);
    if (!before) throw notFound(`疏导房源 ${housingId}`);
    if (before.subdistrict !== ctx.user.jurisdiction.subdistrict) throw outOfJurisdiction(`疏导房源 ${housingId}`);
    const after: ReferralHousingRow = { ...before, ...body, updatedBy: ctx.user.id, updatedAt: new Date(ctx.now()) };
    await updateReferralHousing(tx, housingId, { ...body, updatedBy: after.updatedBy, updatedAt: after.updatedAt });
    await recordAudit(tx, ctx, { action: 'referral.housing_update', targetKind: 'referral_housing', targetId: housingId, detail: { before: housingView(before), after: { ...body } } });
    return housingView(after);
  });
}
