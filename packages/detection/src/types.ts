// The detection engine's input and output. Pure data: the CLI builds it from
// files (via @sentinel/ingest), the server from the database; detection never
// does IO. Per-reading data is columnar (typed arrays); per-house data may be
// objects (tens of thousands, not tens of millions).
import type { AlertLevel, ComplaintChannel, InspectionResult, MeterKind } from '@sentinel/domain';

export interface HouseFacts {
  houseId: string;
  neighborhood: string;
  community: string;
  building: string;
  unit: string | null;
  room: string;
  address: string;
  areaM2: number;
  bedrooms: number;
  livingRooms: number | null;
  registeredResidents: number | null;
  isRental: boolean | null;
  rentalFiled: boolean | null;
}

/**
 * Daily consumption of one kind for every house on one day axis:
 * values[h * days + d] is house h's use on day startDay + d (m3 or kWh, summed
 * over the house's meters of that kind). NaN = unknown (no meter, no reading
 * covering that day, or the interval was flagged as a reading error).
 */
export interface DailyMatrix {
  kind: MeterKind;
  startDay: number; // Shanghai day number of column 0
  days: number;
  values: Float32Array;
  /** Per cell bit flags, see DAY_FLAGS in consumption/flags.ts. */
  flags: Uint8Array;
}

/** Door-access events, columnar, sorted by time. */
export interface AccessColumns {
  count: number;
  day: Int32Array;          // Shanghai day number
  minute: Int16Array;       // minute of the day, Asia/Shanghai
  houseIdx: Int32Array;     // index into houses, -1 = unregistered / visitor
  doorIdx: Int32Array;      // index into doors
  credentialIdx: Int32Array; // index into a credential dictionary
  doors: string[];
  /** For each door, the houses whose registered credentials use it (derived from the data). */
}

export interface ComplaintFact {
  houseIdx: number;      // matched house (by house_id or by address), -1 = unmatched
  day: number;
  channel: ComplaintChannel;
  category: string | null;
  content: string | null;
  /** How the house was matched: given id, exact normalised address, or fuzzy. */
  match: 'id' | 'exact' | 'fuzzy' | 'none';
}

export interface InspectionFact {
  houseIdx: number;
  day: number;
  result: InspectionResult;
  occupants: number | null;
  partitioned: boolean | null;
}

export interface DetectionInput {
  asOfDay: number;
  houses: HouseFacts[];
  water: DailyMatrix;
  electricity: DailyMatrix;
  gas: DailyMatrix | null;
  access: AccessColumns | null;
  complaints: ComplaintFact[];
  inspections: InspectionFact[];
}

export interface HouseAlert {
  houseId: string;
  rank: number;               // 1 = most suspicious, no ties
  score: number;              // calibrated probability 0..1 (hand model blended with the learned one)
  handScore: number;          // the hand model alone, calibrated the same way (reported beside it)
  level: AlertLevel;
  onsetDay: number | null;    // Shanghai day number
  estimatedOccupants: number | null;
  reasons: string[];          // Chinese, most important first
}
