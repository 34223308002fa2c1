// 三级动态管理: the patrol visits of grid workers (定期上门核查) and the log of
// dwelling grade changes with their explanation. The grade itself is computed
// (domain gradeDwelling); dwelling_grades keeps the last one logged, so a
// change is noticed and explained once.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { ALERT_LEVELS, PATROL_FINDINGS } from '@sentinel/domain';
import { houses } from './houses.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const patrolVisits = pgTable('patrol_visits', {
  /** `ptv_<random>`. */
  id: text('id').primaryKey(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  visitedBy: text('visited_by').notNull(),
  visitorUnit: text('visitor_unit').notNull(),
  visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
  finding: text('finding').notNull(),
  occupants: integer('occupants'),
  note: text('note'),
}, (t) => [
  check('patrol_visits_finding_ck', sql`${t.finding} IN (${inList(PATROL_FINDINGS)})`),
  check('patrol_visits_occupants_ck', sql`${t.occupants} IS NULL OR ${t.occupants} >= 0`),
  // The latest visit of a house (plan, grade).
  index('patrol_visits_house_idx').on(t.houseId, t.visitedAt),
]);

export const dwellingGrades = pgTable('dwelling_grades', {
  houseId: text('house_id').primaryKey().references(() => houses.houseId),
  grade: text('grade').notNull(),
  reasons: text('reasons').array().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('dwelling_grades_grade_ck', sql`${t.grade} IN (${inList(ALERT_LEVELS)})`),
]);

export const dwellingGradeLog = pgTable('dwelling_grade_log', {
  /** `grl_<random>`. */
  id: text('id').primaryKey(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  /** null = first grade logged. */
  fromGrade: text('from_grade'),
  toGrade: text('to_grade').notNull(),
  reasons: text('reasons').array().notNull(),
  /** Chinese: which way and why (domain explainGradeChange). */
  explanation: text('explanation').notNull(),
  /** The visit that fed the grade back, when one did. */
  visitId: text('visit_id').references(() => patrolVisits.id),
  actorId: text('actor_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [
  index('dwelling_grade_log_house_idx').on(t.houseId, t.at),
]);
