// Loading a house for an operation: it must exist and lie in the user's jurisdiction.
import { getHouse, type House, type SqlSession } from '@sentinel/db';
import { inJurisdiction, type ServiceContext } from '../context.ts';
import { notFound, outOfJurisdiction } from '../errors.ts';

export async function houseInScope(s: SqlSession, ctx: ServiceContext, houseId: string): Promise<House> {
  const house = await getHouse(s, houseId);
  if (!house) throw notFound(`房屋 ${houseId}`);
  if (!inJurisdiction(ctx.user.jurisdiction, house)) throw outOfJurisdiction(`房屋 ${houseId}`);
  return house;
}
