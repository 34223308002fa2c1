// A survey campaign over the own 居民区 for the role matrix, created once per
// harness with H1 marked as let (so it is on the visit list).
import { createSurveyCampaign } from '@sentinel/services';
import { userOf } from '../../../services/test/closed-loop/fixtures.ts';
import type { Harness } from './harness.ts';

const campaigns = new WeakMap<Harness, Promise<string>>();

export function surveyCampaignFor(h: Harness): Promise<string> {
  let id = campaigns.get(h);
  if (!id) {
    const ctx = { db: h.db, user: userOf('safety_office', 'whole'), now: () => h.clock.t };
    id = h.db.exec("UPDATE houses SET is_rental = true WHERE house_id = 'H1'")
      .then(() => createSurveyCampaign({ ctx, input: { name: '角色矩阵摸底', startDay: '2026-03-01', endDay: '2026-04-30', neighborhoods: ['汾西居民区'] } }))
      .then((c) => c.id);
    campaigns.set(h, id);
  }
  return id;
}
