// Group-rental cases (群租案件): the current snapshot of each case. The full
// history lives in case_events (append-only); this row is what lists,
// deadlines and the one-open-case rule read.
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ALERT_LEVELS, CASE_SOURCES, CASE_STATES, DEADLINE_KINDS, type ChecklistAnswers } from '@sentinel/domain';
import { houses } from './houses.ts';
import { userRole } from './users.ts';

export const caseState = pgEnum('case_state', CASE_STATES);
export const caseSource = pgEnum('case_source', CASE_SOURCES);
export const deadlineKind = pgEnum('deadline_kind', DEADLINE_KINDS);
export const alertLevel = pgEnum('alert_level', ALERT_LEVELS);

/** The whistle's facts at the time the case was opened from an alert. */
export interface CaseAlertFacts {
  readonly score: number;
  readonly level: (typeof ALERT_LEVELS)[number];
  readonly reasons: readonly string[];
  readonly runId: string | null;
}

export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  /** The official number people see, e.g. `临汾群租〔2026〕0001号` (@sentinel/domain case-number.ts). */
  caseNumber: text('case_number').notNull(),
  /** Its parts: prefix per subdistrict, year, sequence without gaps (taken when the case is opened). */
  numberPrefix: text('number_prefix').notNull(),
  numberYear: integer('number_year').notNull(),
  numberSeq: integer('number_seq').notNull(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  source: caseSource('source').notNull(),
  state: caseState('state').notNull(),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
  openedById: text('opened_by_id').notNull(),
  openedByRole: userRole('opened_by_role').notNull(),
  openedByUnit: text('opened_by_unit'),
  relapseOf: text('relapse_of'),
  assigneeRole: userRole('assignee_role'),
  assigneeUnit: text('assignee_unit'),
  deadlineKind: deadlineKind('deadline_kind'),
  /** Shanghai day numbers (see @sentinel/domain time.ts). */
  deadlineFromDay: integer('deadline_from_day'),
  deadlineDueDay: integer('deadline_due_day'),
  checklist: jsonb('checklist').$type<ChecklistAnswers>(),
  cleanRevisits: integer('clean_revisits').notNull().default(0),
  stateSince: timestamp('state_since', { withTimezone: true }).notNull(),
  /** Alert that opened it (source whistle); null otherwise. */
  alertScore: real('alert_score'),
  alertLevel: alertLevel('alert_level'),
  alertReasons: jsonb('alert_reasons').$type<string[]>(),
  alertRunId: text('alert_run_id'),
  /** Number of transitions so far; the next event's domain seq is version + 1. */
  version: bigint('version', { mode: 'number' }).notNull().default(0),
}, (t) => [
  // THE rule "one open case per house": new reports attach to the open case.
  uniqueIndex('cases_one_open_per_house_uq').on(t.houseId)
    .where(sql`${t.state} NOT IN ('not_group_rental', 'closed', 'relapsed')`),
  // Case lists by state, and the overdue list (state + due day).
  index('cases_state_due_idx').on(t.state, t.deadlineDueDay),
  // Cases assigned to a unit (the committee's inbox).
  index('cases_assignee_idx').on(t.assigneeUnit, t.state),
  // A number is never issued twice; the next sequence is max + 1 of a prefix and year.
  uniqueIndex('cases_case_number_uq').on(t.caseNumber),
  uniqueIndex('cases_number_prefix_year_seq_uq').on(t.numberPrefix, t.numberYear, t.numberSeq),
  // Cases of a house (house file, relapse links).
  index('cases_house_idx').on(t.houseId, t.openedAt),
  // The case list's default order (newest first, then id): a page off the index, not a sort of every case.
  index('cases_opened_idx').on(t.openedAt, t.id),
]);
