// People connected to a dwelling (owner, sublessor 二房东, tenants) with the
// minimum personal data a notice needs: a name, a phone number, the last four
// characters of an ID document. Shown masked by default; every unmasked view
// is written to audit_log with its purpose.
import { index, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { INTERVIEW_PARTIES } from '@sentinel/domain';
import { houses } from './houses.ts';

export const partyKind = pgEnum('party_kind', INTERVIEW_PARTIES);

export const parties = pgTable('parties', {
  id: text('id').primaryKey(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  kind: partyKind('kind').notNull(),
  name: text('name').notNull(),
  phone: text('phone'),
  /** Last 4 characters of an ID document, never the whole number. */
  idLast4: text('id_last4'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdById: text('created_by_id').notNull(),
}, (t) => [
  // Parties of a house (house file, notices).
  index('parties_house_idx').on(t.houseId),
]);
