// Every report that came in (12345 tickets, patrols, residents, property
// companies, the whistle): matched to a house and attached to its open case,
// or waiting in the queue for a person to match the address.
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, real } from 'drizzle-orm/pg-core';
import { houses } from './houses.ts';
import { cases, caseSource } from './cases.ts';

export const INTAKE_STATUSES = ['unmatched', 'attached'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];
export const intakeStatus = pgEnum('intake_status', INTAKE_STATUSES);

export const intakeReports = pgTable('intake_reports', {
  id: text('id').primaryKey(),
  channel: caseSource('channel').notNull(),
  /** The source system's id (12345 ticket number); unique when given so a ticket is taken in once. */
  ticketId: text('ticket_id'),
  address: text('address'),
  subdistrict: text('subdistrict').notNull(),
  houseId: text('house_id').references(() => houses.houseId),
  /** exact / fuzzy (address matcher), given (the reporter named the house), manual (matched by staff). */
  matchKind: text('match_kind'),
  matchConfidence: real('match_confidence'),
  status: intakeStatus('status').notNull(),
  caseId: text('case_id').references(() => cases.id),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  category: text('category'),
  content: text('content'),
  reportedById: text('reported_by_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  // A ticket is taken in once (re-sending it changes nothing).
  uniqueIndex('intake_reports_ticket_uq').on(t.channel, t.ticketId),
  // The unmatched queue of a subdistrict, oldest first.
  index('intake_reports_queue_idx').on(t.status, t.subdistrict, t.receivedAt),
  // Reports of a case (timeline).
  index('intake_reports_case_idx').on(t.caseId),
]);
