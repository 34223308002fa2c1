// 人员分类 and 房东信用: the landlords, sublessors (二房东), rental companies and
// brokers behind rented dwellings, each once for the subdistrict, linked to
// every dwelling it stands behind. A person's name and phone are personal
// data (shown masked, every unmasked view audited); only the last 4
// characters of an ID document are kept. The credit record is not stored:
// it is computed from the case timelines of the linked dwellings.
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { PARTY_LINK_ROLES, RENTAL_PARTY_KINDS } from '@sentinel/domain';
import { houses } from './houses.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const rentalParties = pgTable('rental_parties', {
  /** `rpt_<random>`. */
  id: text('id').primaryKey(),
  subdistrict: text('subdistrict').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  phone: text('phone'),
  /** A person: last 4 characters of an ID document, never the whole number. */
  idLast4: text('id_last4'),
  /** An organisation: 统一社会信用代码. */
  creditCode: text('credit_code'),
  note: text('note'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('rental_parties_kind_ck', sql`${t.kind} IN (${inList(RENTAL_PARTY_KINDS)})`),
  index('rental_parties_subdistrict_idx').on(t.subdistrict, t.kind),
]);

export const rentalPartyLinks = pgTable('rental_party_links', {
  /** `rpl_<random>`. */
  id: text('id').primaryKey(),
  partyId: text('party_id').notNull().references(() => rentalParties.id),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  role: text('role').notNull(),
  /** Since when the party stands behind the dwelling (offences before do not count); null = unknown. */
  fromDay: date('from_day'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('rental_party_links_role_ck', sql`${t.role} IN (${inList(PARTY_LINK_ROLES)})`),
  uniqueIndex('rental_party_links_uq').on(t.partyId, t.houseId, t.role),
  // 本房屋的相关当事人 (house file).
  index('rental_party_links_house_idx').on(t.houseId),
]);
