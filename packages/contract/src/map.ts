// The battle map (作战图): areas as GeoJSON polygons (WGS-84) with the counts
// the map colours by, and the dwellings of one building.
import { Type, type Static } from '@sinclair/typebox';
import { lit, Nullable, Text } from './kit.ts';
import { MAX_LABEL } from './limits.ts';

/** Drill-down levels: 居民区 → 小区 → 楼栋. */
export const MAP_LEVELS = ['neighborhood', 'community', 'building'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** lon, lat (WGS-84). */
const Position = Type.Tuple([Type.Number(), Type.Number()]);

export const AreaProperties = Type.Object({
  level: lit(MAP_LEVELS),
  key: Type.String({ description: '本级唯一：居民区、居民区/小区、居民区/小区/楼' }),
  name: Type.String(),
  neighborhood: Type.String(),
  community: Nullable(Type.String()),
  building: Nullable(Type.String()),
  houses: Type.Integer({ description: '房屋数' }),
  openCases: Type.Integer({ description: '在办案件数' }),
  groupRentals: Type.Integer({ description: '未整改群租数' }),
  center: Position,
});
export type AreaProperties = Static<typeof AreaProperties>;

export const AreaFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  properties: AreaProperties,
  geometry: Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position)) }),
});
export type AreaFeature = Static<typeof AreaFeature>;

export const AreaCollection = Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(AreaFeature) });
export type AreaCollection = Static<typeof AreaCollection>;

export const Dwelling = Type.Object({
  houseId: Type.String(),
  unit: Nullable(Type.String({ description: '单元' })),
  room: Type.String({ description: '室号' }),
  address: Type.String(),
  lon: Type.Number(),
  lat: Type.Number(),
  openCase: Type.Boolean({ description: '有在办案件' }),
  groupRental: Type.Boolean({ description: '已认定群租、尚未整改' }),
});
export type Dwelling = Static<typeof Dwelling>;

/** A road of the offline base map, sketched from the houses' addresses and points (no internet needed). */
export const StreetLine = Type.Object({
  name: Type.String({ description: '道路名（取自门牌地址）' }),
  houses: Type.Integer({ description: '门牌在该路的房屋数' }),
  line: Type.Array(Position, { description: '两点（WGS-84），沿房屋主轴、位于房屋外侧' }),
});
export type StreetLine = Static<typeof StreetLine>;

export const AreaQuery = Type.Object({
  level: lit(MAP_LEVELS, 'neighborhood 居民区 / community 小区 / building 楼栋', { default: 'neighborhood' }),
  neighborhood: Type.Optional(Text(MAX_LABEL, { description: '只取该居民区内' })),
  community: Type.Optional(Text(MAX_LABEL, { description: '只取该小区内' })),
});
export const DwellingQuery = Type.Object({ neighborhood: Text(MAX_LABEL), community: Text(MAX_LABEL), building: Text(MAX_LABEL) });
