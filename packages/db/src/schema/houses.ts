// Dwellings (房屋): every column of houses.csv, plus the building they sit in and
// where the current version came from.
import { boolean, doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { buildings } from './jurisdiction.ts';
import { importBatches } from './import-batches.ts';

export const houses = pgTable('houses', {
  houseId: text('house_id').primaryKey(),
  buildingId: integer('building_id').notNull().references(() => buildings.id),
  subdistrict: text('subdistrict').notNull(),
  neighborhood: text('neighborhood').notNull(),
  community: text('community').notNull(),
  building: text('building').notNull(),
  unit: text('unit'),
  room: text('room').notNull(),
  address: text('address').notNull(),
  areaM2: doublePrecision('area_m2').notNull(),
  bedrooms: integer('bedrooms').notNull(),
  livingRooms: integer('living_rooms'),
  registeredResidents: integer('registered_residents'),
  isRental: boolean('is_rental'),
  rentalFiled: boolean('rental_filed'),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
  importBatchId: integer('import_batch_id').notNull().references(() => importBatches.id),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // House lists are filtered by neighbourhood and community and paged by house_id.
  index('houses_neighborhood_community_idx').on(t.neighborhood, t.community, t.houseId),
  // Foreign key lookups and "houses of a building" (map, building view).
  index('houses_building_idx').on(t.buildingId),
  // A detection job per subdistrict loads only its houses (and their meters and events through them).
  index('houses_subdistrict_idx').on(t.subdistrict, t.houseId),
  // max(import_batch_id) = the register's version (housesVersion): cached map outlines and counts check it per request.
  index('houses_import_batch_idx').on(t.importBatchId),
]);
