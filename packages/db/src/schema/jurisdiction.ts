// Jurisdiction hierarchy: 区 district > 街道 subdistrict > 居民区 neighbourhood > 小区 community > 楼 building.
// Derived from houses.csv; each level is unique by name within its parent.
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const districts = pgTable('districts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
}, (t) => [
  // Natural key: the import and `sentinel district assign` upsert by name.
  uniqueIndex('districts_name_uq').on(t.name),
]);

export const subdistricts = pgTable('subdistricts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** NULL until the houses file (column `district`) or `sentinel district assign` names it. */
  districtId: integer('district_id').references(() => districts.id),
  name: text('name').notNull(),
}, (t) => [
  // Natural key: the import upserts levels by name.
  uniqueIndex('subdistricts_name_uq').on(t.name),
  // A district user's scope: "the subdistricts of district D", resolved at each session load.
  index('subdistricts_district_idx').on(t.districtId),
]);

export const neighbourhoods = pgTable('neighbourhoods', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  subdistrictId: integer('subdistrict_id').notNull().references(() => subdistricts.id),
  name: text('name').notNull(),
}, (t) => [
  // Natural key within the parent; also serves "neighbourhoods of a subdistrict".
  uniqueIndex('neighbourhoods_parent_name_uq').on(t.subdistrictId, t.name),
]);

export const communities = pgTable('communities', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  neighbourhoodId: integer('neighbourhood_id').notNull().references(() => neighbourhoods.id),
  name: text('name').notNull(),
}, (t) => [
  // Natural key within the parent; also serves "communities of a neighbourhood".
  uniqueIndex('communities_parent_name_uq').on(t.neighbourhoodId, t.name),
]);

export const buildings = pgTable('buildings', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  communityId: integer('community_id').notNull().references(() => communities.id),
  name: text('name').notNull(),
}, (t) => [
  // Natural key within the parent; also serves "buildings of a community".
  uniqueIndex('buildings_parent_name_uq').on(t.communityId, t.name),
]);
