// Recorded refusals to cooperate (拒不配合): a neighbourhood committee or a
// property company that would not help on a case (refused to open a door,
// to serve a notice, to join a joint inspection …). Each one costs the unit
// points at the annual assessment (考核, rule `refused_cooperation`), so a
// row is never deleted: a mistaken or disputed one is withdrawn (revoked_*),
// and both the record and its withdrawal stay for anyone checking a score.
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { userRole } from './users.ts';

export const cooperationRefusals = pgTable('cooperation_refusals', {
  /** `coop_<random>`; quoted as the evidence of the deduction. */
  id: text('id').primaryKey(),
  /** The case the refusal happened on: the evidence of the deduction. */
  caseId: text('case_id').notNull().references(() => cases.id),
  /** committee or property only (the assessed units), see the check below. */
  unitRole: userRole('unit_role').notNull(),
  /** e.g. `汾西居民区居委会`, `汾西小区物业`. */
  unitName: text('unit_name').notNull(),
  /** The day of the refusal, Asia/Shanghai. */
  day: date('day', { mode: 'string' }).notNull(),
  /** What was refused, short Chinese text. */
  note: text('note').notNull(),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  /** Withdrawn (撤销) instead of deleted; null while it counts. */
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: text('revoked_by'),
  revokeReason: text('revoke_reason'),
}, (t) => [
  check('cooperation_refusals_unit_role_ck', sql`${t.unitRole} IN ('committee', 'property')`),
  // A withdrawal is complete (who, when, why) or absent.
  check('cooperation_refusals_revoked_ck', sql`(${t.revokedAt} IS NULL) = (${t.revokedBy} IS NULL) AND (${t.revokedAt} IS NULL) = (${t.revokeReason} IS NULL)`),
  // The assessment and the 考核 tab read one year's refusals (day range).
  index('cooperation_refusals_day_idx').on(t.day),
  // The case page lists the refusals recorded on its case.
  index('cooperation_refusals_case_idx').on(t.caseId),
]);
