// Matching a report's address to a house of the user's jurisdiction, with the
// ingest package's matcher (exact key, then a cautious fuzzy pass; ties are
// never guessed).
import { houseScopeCondition, houses, type House, type SqlSession } from '@sentinel/db';
import { buildAddressIndex, matchAddress } from '@sentinel/ingest';
import type { Jurisdiction } from '../context.ts';

export interface AddressHit {
  readonly house: House;
  readonly kind: 'exact' | 'fuzzy';
  readonly confidence: number;
}

export async function matchAddressInScope(s: SqlSession, scope: Jurisdiction, address: string): Promise<AddressHit | null> {
  const candidates = await s.db.select().from(houses).where(houseScopeCondition(scope));
  if (candidates.length === 0) return null;
  const index = buildAddressIndex(candidates);
  const hit = matchAddress(index, address);
  if (hit.match === 'none' || hit.houseIdx < 0) return null;
  return { house: candidates[hit.houseIdx], kind: hit.match, confidence: hit.confidence };
}
