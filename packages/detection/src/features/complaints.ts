// Complaints as corroboration: a 12345 ticket or a patrol report about a
// group rental at the address is strong but not proof (neighbours complain
// about noise, tenants, anything), so each counts with a weight that decays
// with age, and an address matched only fuzzily counts less.
import { GROUP_RENTAL_CATEGORY, type ComplaintChannel } from '@sentinel/domain';
import type { ComplaintFact } from '../types.ts';

/** Words in a ticket that point at group renting even when the category is something else. */
const GROUP_RENTAL_WORDS = /群租|隔断|隔间|床位|上下铺|二房东|住了很多人|住很多人|人员杂|多人居住|群居/;

export interface ComplaintSummary {
  /** Decayed weight of group-rental complaints. */
  groupRental: number;
  /** Decayed weight of other complaints (noise, fire safety...), weak evidence. */
  other: number;
  /** Group-rental complaints in the last year, by channel (for reasons). */
  byChannel: Map<ComplaintChannel, number>;
  lastDay: number;
}

export function isGroupRentalComplaint(c: ComplaintFact): boolean {
  if (c.category === GROUP_RENTAL_CATEGORY) return true;
  return GROUP_RENTAL_WORDS.test(c.category ?? '') || GROUP_RENTAL_WORDS.test(c.content ?? '');
}

export function summariseComplaints(
  complaints: ComplaintFact[], asOfDay: number, halfLifeDays: number, fuzzyWeight: number,
): Map<number, ComplaintSummary> {
  const out = new Map<number, ComplaintSummary>();
  const decay = Math.LN2 / halfLifeDays;
  for (const c of complaints) {
    if (c.houseIdx < 0 || c.match === 'none' || c.day > asOfDay || c.day < asOfDay - 365) continue;
    let s = out.get(c.houseIdx);
    if (!s) {
      s = { groupRental: 0, other: 0, byChannel: new Map(), lastDay: c.day };
      out.set(c.houseIdx, s);
    }
    const w = Math.exp(-decay * (asOfDay - c.day)) * (c.match === 'fuzzy' ? fuzzyWeight : 1);
    if (isGroupRentalComplaint(c)) {
      s.groupRental += w;
      s.byChannel.set(c.channel, (s.byChannel.get(c.channel) ?? 0) + 1);
    } else {
      s.other += w;
    }
    if (c.day > s.lastDay) s.lastDay = c.day;
  }
  return out;
}
