// Houses (房屋): the register's facts of one dwelling.
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Text } from './kit.ts';
import { MAX_LABEL } from './limits.ts';

export const House = Type.Object({
  houseId: Type.String(),
  subdistrict: Type.String({ description: '街道' }),
  neighborhood: Type.String({ description: '居民区' }),
  community: Type.String({ description: '小区' }),
  building: Type.String({ description: '楼号' }),
  unit: Nullable(Type.String()),
  room: Type.String({ description: '室号' }),
  address: Type.String(),
  areaM2: Type.Number({ description: '建筑面积（㎡）' }),
  bedrooms: Type.Integer({ description: '原始设计居室数' }),
  livingRooms: Nullable(Type.Integer()),
  registeredResidents: Nullable(Type.Integer({ description: '实有人口登记人数' })),
  isRental: Nullable(Type.Boolean()),
  rentalFiled: Nullable(Type.Boolean()),
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
});
export type House = Static<typeof House>;

/** The register's filters (the list and its XLSX export). */
export const HouseFilter = Type.Object({
  neighborhood: Type.Optional(Text(MAX_LABEL, { description: '居民区' })),
  community: Type.Optional(Text(MAX_LABEL, { description: '小区' })),
  q: Type.Optional(Text(MAX_LABEL, { description: '按房屋编号或地址搜索' })),
});
export type HouseFilter = Static<typeof HouseFilter>;
