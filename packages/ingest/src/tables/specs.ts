// The six tables of docs/data-formats.md: every column, its type and
// whether it is required, plus the per-table rules (unique key, references to
// other tables). The mapped types make the compiler check that each spec has
// exactly the fields of its row type.
import {
  ACCESS_METHODS, COMPLAINT_CHANNELS, INSPECTION_RESULTS, METER_KINDS, METER_UNITS,
} from '@sentinel/domain';
import type {
  AccessEventRow, ComplaintRow, HouseRow, InspectionRow, MeterRow, ReadingRow, TableName,
} from '../types.ts';
import { bool, date, dec, int, oneOf, str, time, type ColumnDef } from './columns.ts';

export type RowOf<N extends TableName> =
  N extends 'houses' ? HouseRow :
  N extends 'meters' ? MeterRow :
  N extends 'readings' ? ReadingRow :
  N extends 'access_events' ? AccessEventRow :
  N extends 'complaints' ? ComplaintRow :
  N extends 'inspections' ? InspectionRow : never;

/**
 * A reference to another table. `reject`: the row makes no sense without the
 * target (a meter of no known house). `nullify`: the reference is optional
 * information that may point outside the registry (see README), so an unknown
 * id becomes a warning and null.
 */
export interface RefRule {
  column: string;
  set: 'houseIds' | 'meterIds';
  onUnknown: 'reject' | 'nullify';
}

export interface TableSpec<R> {
  name: TableName;
  columns: { readonly [K in keyof R & string]: ColumnDef };
  /** Column that must be unique within the file. */
  key: (keyof R & string) | null;
  refs: readonly RefRule[];
}

const houses: TableSpec<HouseRow> = {
  name: 'houses',
  columns: {
    house_id: str('房屋编号', true),
    district: str('区', false),
    subdistrict: str('街道', true),
    neighborhood: str('居民区', true),
    community: str('小区', true),
    building: str('楼号', true),
    unit: str('单元', false),
    room: str('室号', true),
    address: str('地址', true),
    area_m2: dec('面积', true, 'positive'),
    bedrooms: int('卧室数', true),
    living_rooms: int('厅数', false),
    registered_residents: int('登记人口数', false),
    is_rental: bool('是否出租', false),
    rental_filed: bool('是否租赁备案', false),
    lat: dec('纬度', false, undefined, [-90, 90]),
    lon: dec('经度', false, undefined, [-180, 180]),
  },
  key: 'house_id',
  refs: [],
};

const meters: TableSpec<MeterRow> = {
  name: 'meters',
  columns: {
    meter_id: str('表号', true),
    house_id: str('房屋编号', true),
    kind: oneOf('表类型', true, METER_KINDS),
    unit: oneOf('计量单位', true, METER_UNITS),
    installed_at: date('安装日期', false),
    removed_at: date('拆除日期', false),
    rollover_at: dec('翻转值', false, 'positive'),
  },
  key: 'meter_id',
  refs: [{ column: 'house_id', set: 'houseIds', onUnknown: 'reject' }],
};

const readings: TableSpec<ReadingRow> = {
  name: 'readings',
  columns: {
    meter_id: str('表号', true),
    read_at: time('抄表时间', true),
    value: dec('读数', true, 'nonnegative'),
    estimated: bool('是否估算', false),
  },
  key: null,
  refs: [{ column: 'meter_id', set: 'meterIds', onUnknown: 'reject' }],
};

const accessEvents: TableSpec<AccessEventRow> = {
  name: 'access_events',
  columns: {
    event_at: time('通行时间', true),
    door_id: str('门编号', true),
    credential_id: str('凭证编号', true),
    house_id: str('房屋编号', false),
    method: oneOf('开门方式', false, ACCESS_METHODS),
  },
  key: null,
  refs: [{ column: 'house_id', set: 'houseIds', onUnknown: 'nullify' }],
};

const complaints: TableSpec<ComplaintRow> = {
  name: 'complaints',
  columns: {
    ticket_id: str('工单号', true),
    received_at: time('受理时间', true),
    channel: oneOf('来源渠道', true, COMPLAINT_CHANNELS),
    address: str('地址', true),
    house_id: str('房屋编号', false),
    category: str('类别', false),
    content: str('内容', false),
  },
  key: 'ticket_id',
  refs: [{ column: 'house_id', set: 'houseIds', onUnknown: 'nullify' }],
};

const inspections: TableSpec<InspectionRow> = {
  name: 'inspections',
  columns: {
    house_id: str('房屋编号', true),
    inspected_at: time('核查时间', true),
    result: oneOf('核查结果', true, INSPECTION_RESULTS),
    occupants: int('实住人数', false),
    partitioned: bool('是否隔断', false),
    notes: str('备注', false),
  },
  key: null,
  refs: [{ column: 'house_id', set: 'houseIds', onUnknown: 'reject' }],
};

const SPECS: { readonly [N in TableName]: TableSpec<RowOf<N>> } = {
  houses, meters, readings, access_events: accessEvents, complaints, inspections,
};

export function tableSpec<N extends TableName>(name: N): TableSpec<RowOf<N>> {
  return SPECS[name];
}

/** A spec with its row type erased, for the generic machinery. */
export type AnySpec = TableSpec<Record<string, unknown>>;

export function anySpec(name: TableName): AnySpec {
  return SPECS[name] as unknown as AnySpec;
}
