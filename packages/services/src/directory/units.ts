// The organisation directory: units by jurisdiction (listed for dispatch and
// user creation, managed by the administrator) and the people of a unit.
import {
  addKnownOrgUnits, getOrgUnit, getHouse, listRegisterPlaces, insertOrgUnit, listOrgUnits, listUnitMembers, updateOrgUnit, type OrgUnitRow, type SqlSession,
  scopeSubdistricts,
} from '@sentinel/db';
import { ASSIGNABLE_ROLES, ROLE_LABELS, type Role } from '@sentinel/domain';
import type { DirectoryPlace, NewOrgUnitBody, OrgUnit, OrgUnitPatchBody, OrgUnitQuery, UnitMember } from '@sentinel/contract';
import { recordAudit } from '../audit.ts';
import { can, requirePermission } from '../auth/permissions.ts';
import { ownSubdistrict, inJurisdiction, type Place, type ServiceContext } from '../context.ts';
import { conflict, invalidInput, notFound, permissionDenied } from '../errors.ts';
import { newId } from '../ids.ts';

const newUnitId = () => newId('unit');

/** Dispatchers and every case unit read the directory (dispatch, contacts); the administrator manages it. */
function requireDirectoryView(ctx: ServiceContext): void {
  if (!can(ctx.user.role, 'case.view') && !can(ctx.user.role, 'user.manage')) throw permissionDenied('查看组织机构');
}

/** Whether a unit's area covers the place (a whole-subdistrict unit covers all of it). */
export function unitCovers(u: Pick<OrgUnitRow, 'subdistrict' | 'neighborhood' | 'communities'>, place: Place): boolean {
  return inJurisdiction({ subdistrict: u.subdistrict, neighborhood: u.neighborhood, communities: u.communities }, place);
}

async function memberCounts(s: SqlSession, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const res = await s.query<{ unit_name: string; n: number }>(
    'SELECT unit_name, count(*)::int AS n FROM users WHERE active AND unit_name = ANY($1::text[]) GROUP BY unit_name', [[...names]]);
  return new Map(res.rows.map((r) => [r.unit_name, r.n]));
}

function toView(u: OrgUnitRow, members: number): OrgUnit {
  return {
    id: u.id, name: u.name, role: u.role as OrgUnit['role'], roleLabel: ROLE_LABELS[u.role], subdistrict: u.subdistrict,
    neighborhood: u.neighborhood, communities: u.communities, phone: u.phone, active: u.active, memberCount: members,
  };
}

/**
 * Units of the user's subdistrict. The directory starts from what the system
 * knows (each neighbourhood's committee, every unit a user account names), so
 * default dispatch and existing accounts find their unit without typing.
 */
export async function listOrgUnitsFor({ ctx, input }: { ctx: ServiceContext; input: OrgUnitQuery }): Promise<OrgUnit[]> {
  requireDirectoryView(ctx);
  // A district user (区) reads the units of each of its subdistricts (who handles its cases).
  let rows: Awaited<ReturnType<typeof listOrgUnits>> = [];
  for (const sub of scopeSubdistricts(ctx.user.jurisdiction)) {
    await addKnownOrgUnits(ctx.db, sub, newUnitId);
    rows = rows.concat(await listOrgUnits(ctx.db, sub));
  }
  if (!(input.includeInactive && can(ctx.user.role, 'user.manage'))) rows = rows.filter((u) => u.active);
  if (input.assignable) rows = rows.filter((u) => ASSIGNABLE_ROLES.includes(u.role));
  if (input.houseId) {
    const house = await getHouse(ctx.db, input.houseId);
    if (!house) throw notFound(`房屋 ${input.houseId}`);
    rows = rows.filter((u) => unitCovers(u, house));
  }
  const counts = await memberCounts(ctx.db, rows.map((u) => u.name));
  return rows.map((u) => toView(u, counts.get(u.name) ?? 0));
}

function checkScope(role: Role, neighborhood: string | null, communities: readonly string[] | null): void {
  if ((role === 'committee' || role === 'grid_worker') && !neighborhood) throw invalidInput('居委会、网格须选择所辖居民区。');
  if (role === 'property' && (!communities || communities.length === 0)) throw invalidInput('物业须选择所管小区。');
}

export async function createOrgUnit({ ctx, input }: { ctx: ServiceContext; input: NewOrgUnitBody }): Promise<OrgUnit> {
  requirePermission(ctx, 'user.manage');
  const name = input.name.trim();
  const neighborhood = input.neighborhood?.trim() || null;
  const communities = input.communities && input.communities.length > 0 ? input.communities.map((c) => c.trim()) : null;
  checkScope(input.role, neighborhood, communities);
  return ctx.db.transaction(async (tx) => {
    const id = newUnitId();
    const ok = await insertOrgUnit(tx, { id, name, role: input.role, subdistrict: ownSubdistrict(ctx), neighborhood, communities, phone: input.phone?.trim() || null });
    if (!ok) throw conflict('directory.unit_exists', `单位“${name}”已存在。`);
    await recordAudit(tx, ctx, { action: 'org_unit.create', targetKind: 'org_unit', targetId: id, detail: { name, role: input.role, neighborhood, communities } });
    const row = await getOrgUnit(tx, id);
    return toView(row as OrgUnitRow, 0);
  });
}

/**
 * Changes a unit. A rename keeps the old name on past cases and events; the
 * accounts of the unit are renamed with it so their 签收 keeps matching.
 */
export async function updateOrgUnitFor({ ctx, input }: { ctx: ServiceContext; input: { unitId: string; patch: OrgUnitPatchBody } }): Promise<OrgUnit> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction(async (tx) => {
    const before = await getOrgUnit(tx, input.unitId);
    if (!before || before.subdistrict !== ctx.user.jurisdiction.subdistrict) throw notFound(`单位 ${input.unitId}`);
    const p = input.patch;
    const patch = {
      ...(p.name !== undefined ? { name: p.name.trim() } : {}),
      ...(p.neighborhood !== undefined ? { neighborhood: p.neighborhood?.trim() || null } : {}),
      ...(p.communities !== undefined ? { communities: p.communities && p.communities.length > 0 ? p.communities : null } : {}),
      ...(p.phone !== undefined ? { phone: p.phone?.trim() || null } : {}),
      ...(p.active !== undefined ? { active: p.active } : {}),
    };
    const merged = { ...before, ...patch };
    checkScope(merged.role, merged.neighborhood, merged.communities);
    if (patch.name && patch.name !== before.name) {
      const clash = await tx.query('SELECT 1 FROM org_units WHERE subdistrict = $1 AND name = $2 AND id <> $3', [before.subdistrict, patch.name, before.id]);
      if (clash.rows.length > 0) throw conflict('directory.unit_exists', `单位“${patch.name}”已存在。`);
      await tx.query('UPDATE users SET unit_name = $1 WHERE unit_name = $2 AND scope_subdistrict = $3', [patch.name, before.name, before.subdistrict]);
    }
    const after = await updateOrgUnit(tx, before.id, patch);
    await recordAudit(tx, ctx, { action: 'org_unit.update', targetKind: 'org_unit', targetId: before.id, detail: { before: { name: before.name, active: before.active }, patch } });
    const counts = await memberCounts(tx, [merged.name]);
    return toView(after as OrgUnitRow, counts.get(merged.name) ?? 0);
  });
}

export async function listOrgUnitMembers({ ctx, input }: { ctx: ServiceContext; input: { unitId: string } }): Promise<UnitMember[]> {
  requireDirectoryView(ctx);
  const unit = await getOrgUnit(ctx.db, input.unitId);
  if (!unit || unit.subdistrict !== ctx.user.jurisdiction.subdistrict) throw notFound(`单位 ${input.unitId}`);
  return (await listUnitMembers(ctx.db, unit.name)).map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] }));
}

/** 居民区 → 小区 of the user's subdistrict (the administrator has no map, so the forms read them here). */
export async function listDirectoryPlaces({ ctx }: { ctx: ServiceContext; input?: undefined }): Promise<DirectoryPlace[]> {
  requireDirectoryView(ctx);
  return listRegisterPlaces(ctx.db, ownSubdistrict(ctx));
}
