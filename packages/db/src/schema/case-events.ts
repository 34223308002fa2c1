// The timeline of each case, append-only: opening, every report attached,
// every transition with its evidence and the deadline it set. Written in the
// same transaction as the change to the case row; a trigger refuses UPDATE
// and DELETE so history cannot be rewritten.
import { bigint, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CaseDeadline, TransitionEvidence } from '@sentinel/domain';
import { cases, caseState } from './cases.ts';
import { userRole } from './users.ts';

export const CASE_EVENT_KINDS = ['opened', 'report_attached', 'transition'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
export const caseEventKind = pgEnum('case_event_kind', CASE_EVENT_KINDS);

export const caseEvents = pgTable('case_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  caseId: text('case_id').notNull().references(() => cases.id),
  /** 1, 2, 3 … over every kind of event of the case. */
  seq: integer('seq').notNull(),
  kind: caseEventKind('kind').notNull(),
  /** A CaseAction for transitions; null otherwise. */
  action: text('action'),
  fromState: caseState('from_state'),
  toState: caseState('to_state').notNull(),
  actorId: text('actor_id').notNull(),
  actorRole: userRole('actor_role').notNull(),
  actorUnit: text('actor_unit'),
  at: timestamp('at', { withTimezone: true }).notNull(),
  evidence: jsonb('evidence').$type<TransitionEvidence>().notNull().default({}),
  deadline: jsonb('deadline').$type<CaseDeadline | null>(),
  /** For report_attached: the intake report. */
  reportId: text('report_id'),
}, (t) => [
  // Order of the timeline; also makes a lost concurrent append fail loudly.
  uniqueIndex('case_events_case_seq_uq').on(t.caseId, t.seq),
]);
