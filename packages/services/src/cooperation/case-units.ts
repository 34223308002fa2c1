// The units a refusal on a case can be held against: the committee of the
// case's 居民区 and the property company (or companies) managing its 小区 —
// the same units the assessment derives for the case (getAssessment).
import { getCaseRow, getHouse, listUserRows, type CaseRow, type House, type SqlSession } from '@sentinel/db';
import type { AssessedUnit } from '@sentinel/documents';
import { requirePermission } from '../auth/permissions.ts';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';
import { committeeUnitName } from '../users/unit-names.ts';

/** A compound's property companies: the units of the property accounts that manage it. */
export async function propertyUnitsOf(s: SqlSession, house: Pick<House, 'subdistrict' | 'community'>): Promise<string[]> {
  const users = await listUserRows(s);
  const names = users
    .filter((u) => u.role === 'property' && u.scopeSubdistrict === house.subdistrict && (u.scopeCommunities ?? []).includes(house.community))
    .map((u) => u.unitName);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export async function unitsOfHouse(s: SqlSession, house: House): Promise<AssessedUnit[]> {
  return [
    { role: 'committee', name: committeeUnitName(house.neighborhood) },
    ...(await propertyUnitsOf(s, house)).map((name) => ({ role: 'property' as const, name })),
  ];
}

/** The case and its house, which must lie in the user's jurisdiction. */
export async function caseInScope(s: SqlSession, ctx: ServiceContext, caseId: string): Promise<{ row: CaseRow; house: House }> {
  const row = await getCaseRow(s, caseId);
  if (!row) throw notFound(`案件 ${caseId}`);
  const house = await getHouse(s, row.houseId);
  if (!house) throw notFound(`房屋 ${row.houseId}`);
  if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`案件 ${caseId}`);
  return { row, house };
}

/** For the record form: the units of the case a refusal may name. */
export async function listCooperationUnits({ ctx, input }: { ctx: ServiceContext; input: { caseId: string } }): Promise<AssessedUnit[]> {
  requirePermission(ctx, 'cooperation.record');
  const { house } = await caseInScope(ctx.db, ctx, input.caseId);
  return unitsOfHouse(ctx.db, house);
}
