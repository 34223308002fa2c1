// Documents the platform issues: the admin's edited templates (one per kind,
// replacing the shipped default) and the register of document numbers (文号).
// A number is taken in the transaction that issues the document; the unique
// indexes make a number impossible to issue twice, even under a race.
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const documentTemplates = pgTable('document_templates', {
  /** One of the five DOCUMENT_KINDS of @sentinel/documents. */
  kind: text('kind').primaryKey(),
  /** The template JSON, already checked with validateTemplate. */
  template: jsonb('template').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const documentNumbers = pgTable('document_numbers', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** As printed, e.g. `临汾群整〔2026〕第0012号`. */
  number: text('number').notNull(),
  prefix: text('prefix').notNull(),
  year: integer('year').notNull(),
  sequence: integer('sequence').notNull(),
  /** Document kind (or `bulletin`). */
  kind: text('kind').notNull(),
  caseId: text('case_id'),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  issuedBy: text('issued_by').notNull(),
  /** What the issued document is about: the case id, or a bulletin's period and scope. NULL for numbers taken before documents were kept. */
  subject: text('subject'),
  /** The rendered DocumentContent as issued, names as the issuer's role may see them. */
  content: jsonb('content').$type<Record<string, unknown>>(),
  /** The same document with every person's name and phone masked, for readers who may not see them. */
  maskedContent: jsonb('masked_content').$type<Record<string, unknown>>(),
  /** Party kinds (owner, sublessor, tenant) printed unmasked in `content`. */
  revealedKinds: text('revealed_kinds').array(),
}, (t) => [
  // A document is issued once per kind and subject; later downloads read it back.
  uniqueIndex('document_numbers_kind_subject_uq').on(t.kind, t.subject).where(sql`${t.subject} IS NOT NULL`),
  uniqueIndex('document_numbers_number_uq').on(t.number),
  // The next number of a prefix and year = max(sequence) + 1; also refuses a duplicate sequence.
  uniqueIndex('document_numbers_prefix_year_seq_uq').on(t.prefix, t.year, t.sequence),
  // Documents of a case (house file).
  index('document_numbers_case_idx').on(t.caseId),
]);

/** Who issues each kind of document in a subdistrict (DOCUMENT_ISSUERS of @sentinel/domain); no row = the default. */
export const documentIssuers = pgTable('document_issuers', {
  subdistrict: text('subdistrict').notNull(),
  kind: text('kind').notNull(),
  issuer: text('issuer').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ name: 'document_issuers_pk', columns: [t.subdistrict, t.kind] })]);
