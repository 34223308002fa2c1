// Outcomes feed the whistle: every on-site verification of a case becomes a
// label the next detection run learns from (same vocabulary as
// inspections.csv), with the alert that led there, so the share of alerts
// confirmed on site can be tracked over time.
import { bigint, index, integer, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { inspectionResult } from './enums.ts';
import { alertLevel, caseSource, cases } from './cases.ts';
import { houses } from './houses.ts';

export const verificationOutcomes = pgTable('verification_outcomes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  caseId: text('case_id').notNull().references(() => cases.id),
  /** Domain seq of the transition that recorded it. */
  caseSeq: integer('case_seq').notNull(),
  verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull(),
  result: inspectionResult('result').notNull(),
  occupants: integer('occupants'),
  /** Where the case came from; 'whistle' outcomes measure the algorithm's precision. */
  caseSource: caseSource('case_source').notNull(),
  alertScore: real('alert_score'),
  alertLevel: alertLevel('alert_level'),
  alertRunId: text('alert_run_id'),
}, (t) => [
  // One outcome per verification step (idempotent on retry).
  uniqueIndex('verification_outcomes_case_seq_uq').on(t.caseId, t.caseSeq),
  // The detector reads labels as of a date; precision is charted by month.
  index('verification_outcomes_time_idx').on(t.verifiedAt),
]);
