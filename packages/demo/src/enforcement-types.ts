// Reports and visits as the simulation decides them; complaints.ts and
// inspections.ts turn them into table rows (addresses, text, occupants).
import type { ComplaintChannel, InspectionResult } from '@sentinel/domain';

/** How well the caller pinned down the flat. */
export type AddressPrecision = 'exact' | 'building' | 'neighbour';

export interface ComplaintEvent {
  houseIndex: number;
  day: number;
  minute: number;
  channel: ComplaintChannel;
  category: string;
  /** What the complaint is about, for the text: group rental, leak from above, shop noise … */
  topic: 'group_rental' | 'noise' | 'fire' | 'rubbish' | 'leak' | 'shop' | 'other';
  precision: AddressPrecision;
}

export interface InspectionEvent {
  houseIndex: number;
  day: number;
  minute: number;
  result: InspectionResult;
  /** Why the visit happened, for the notes. */
  reason: 'complaint' | 'revisit' | 'acceptance' | 'survey' | 'recheck' | 'random' | 'targeted';
}
