// Dispatch names a unit of the directory and, optionally, one of its people:
// an explicitly named unit must be an active unit of the subdistrict (a typo
// would otherwise leave the case with nobody able to sign for it), and a
// person must be an active account of that unit; their name is taken from the
// account, never from the request.
import { addKnownOrgUnits, findOrgUnitByName, findUserById, type SqlSession } from '@sentinel/db';
import type { Assignee } from '@sentinel/domain';
import { ServiceError } from '../errors.ts';
import { newId } from '../ids.ts';

export async function checkedAssignee(tx: SqlSession, subdistrict: string, assignee: Assignee | undefined): Promise<Assignee | undefined> {
  if (!assignee) return undefined;
  const { personId: _id, personName: _name, ...unitOnly } = assignee;
  let unit = await findOrgUnitByName(tx, subdistrict, assignee.unitName);
  if (!unit) {
    await addKnownOrgUnits(tx, subdistrict, () => newId('unit'));
    unit = await findOrgUnitByName(tx, subdistrict, assignee.unitName);
  }
  if (!unit || !unit.active) {
    throw new ServiceError('directory.unknown_unit', `承办单位“${assignee.unitName}”不在组织机构目录中或已停用，请从目录中选择。`);
  }
  if (!assignee.personId) return unitOnly;
  const person = await findUserById(tx, assignee.personId);
  if (!person || !person.active || person.unitName !== unit.name) {
    throw new ServiceError('directory.unknown_unit', `承办人不是“${unit.name}”的在用账号，请重新选择。`);
  }
  return { ...unitOnly, personId: person.id, personName: person.displayName };
}
