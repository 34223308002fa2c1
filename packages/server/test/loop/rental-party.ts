// A sublessor standing behind H1 for the role matrix, registered once per
// harness by the own committee.
import { createRentalParty } from '@sentinel/services';
import { userOf } from '../../../services/test/closed-loop/fixtures.ts';
import type { Harness } from './harness.ts';

const parties = new WeakMap<Harness, Promise<string>>();

export function rentalPartyFor(h: Harness): Promise<string> {
  let id = parties.get(h);
  if (!id) {
    const ctx = { db: h.db, user: userOf('committee', 'own'), now: () => h.clock.t };
    id = createRentalParty({ ctx, input: { kind: 'person', name: '矩阵二房东', phone: '13900009999', houseId: 'H1', role: 'sublessor' } }).then((p) => p.id);
    parties.set(h, id);
  }
  return id;
}
