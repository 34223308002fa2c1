// Complaints → ComplaintFact: a complaint names its house by id when the source
// system matched it, otherwise by the address the caller gave, matched against
// the register (exact normalised address, else fuzzy). Complaints received
// after the end of the as-of day are not yet known and are left out.
import { shanghaiDay } from '@sentinel/domain';
import { buildAddressIndex, matchAddress, type ComplaintRow } from '@sentinel/ingest';
import type { ComplaintFact, HouseFacts } from '@sentinel/detection';

export type ComplaintRecord = Pick<ComplaintRow, 'received_at' | 'channel' | 'address' | 'house_id' | 'category' | 'content'>;

export function complaintFacts(rows: readonly ComplaintRecord[], houses: readonly HouseFacts[], houseIndex: ReadonlyMap<string, number>, untilMs: number): ComplaintFact[] {
  // The address index costs a pass over the register: only built when some complaint needs it.
  let addressIndex: ReturnType<typeof buildAddressIndex> | null = null;
  const out: ComplaintFact[] = [];
  for (const c of rows) {
    if (c.received_at > untilMs) continue;
    const day = shanghaiDay(c.received_at);
    const known = c.house_id !== null ? houseIndex.get(c.house_id) : undefined;
    if (known !== undefined) {
      out.push({ houseIdx: known, day, channel: c.channel, category: c.category, content: c.content, match: 'id' });
      continue;
    }
    addressIndex ??= buildAddressIndex(houses);
    const m = matchAddress(addressIndex, c.address);
    out.push({ houseIdx: m.houseIdx, day, channel: c.channel, category: c.category, content: c.content, match: m.match });
  }
  return out;
}
