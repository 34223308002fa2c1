// Typed rows of the dataset tables (docs/data-formats.md). Timestamps
// are UTC milliseconds (the reader applies Asia/Shanghai to values without an
// offset); dates are Shanghai day numbers (see @sentinel/domain time.ts).
import type {
  AccessMethod, ComplaintChannel, InspectionResult, MeterKind, MeterUnit,
} from '@sentinel/domain';

export { TABLE_NAMES, type TableName } from '@sentinel/domain';

export interface HouseRow {
  house_id: string;
  /** 区 the subdistrict belongs to; optional (a one-subdistrict file may leave it out). */
  district: string | null;
  subdistrict: string;
  neighborhood: string;
  community: string;
  building: string;
  unit: string | null;
  room: string;
  address: string;
  area_m2: number;
  bedrooms: number;
  living_rooms: number | null;
  registered_residents: number | null;
  is_rental: boolean | null;
  rental_filed: boolean | null;
  lat: number | null;
  lon: number | null;
}

export interface MeterRow {
  meter_id: string;
  house_id: string;
  kind: MeterKind;
  unit: MeterUnit;
  installed_at: number | null; // Shanghai day number
  removed_at: number | null;   // Shanghai day number
  rollover_at: number | null;
}

export interface ReadingRow {
  meter_id: string;
  read_at: number; // UTC ms
  value: number;
  estimated: boolean | null;
}

export interface AccessEventRow {
  event_at: number; // UTC ms
  door_id: string;
  credential_id: string;
  house_id: string | null;
  method: AccessMethod | null;
}

export interface ComplaintRow {
  ticket_id: string;
  received_at: number; // UTC ms
  channel: ComplaintChannel;
  address: string;
  house_id: string | null;
  category: string | null;
  content: string | null;
}

export interface InspectionRow {
  house_id: string;
  inspected_at: number; // UTC ms
  result: InspectionResult;
  occupants: number | null;
  partitioned: boolean | null;
  notes: string | null;
}

/**
 * One problem with one row (or the file), as the user must see it: the file,
 * the 1-based physical line the row starts on, the column, and why.
 * `severity: 'error'` rows are rejected; 'warning' rows are kept.
 */
export interface RowIssue {
  file: string;
  line: number;          // 0 = concerns the whole file (e.g. unknown column)
  column: string | null;
  reason: string;        // Chinese first, e.g. "不是有效的数字: \"abc\""
  severity: 'error' | 'warning';
  raw: string | null;    // the raw row text as read (for the rejected-rows table)
}
