// 疏堵结合: referral housing (projects with beds, rent, eligibility and the
// employer-application route) and, on a case, the tenants offered a bed —
// counts per employer only, with how many were placed or declined.
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { REFERRAL_APPLICANTS, REFERRAL_HOUSING_KINDS } from '@sentinel/domain';
import { cases } from './cases.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const referralHousing = pgTable('referral_housing', {
  /** `rfh_<random>`. */
  id: text('id').primaryKey(),
  subdistrict: text('subdistrict').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  address: text('address').notNull(),
  bedsTotal: integer('beds_total').notNull(),
  bedsAvailable: integer('beds_available').notNull(),
  /** Yuan per bed and month; null = not yet set. */
  monthlyRentPerBed: doublePrecision('monthly_rent_per_bed'),
  /** Who may apply, e.g. 公共服务类行业一线职工. */
  eligibility: text('eligibility').notNull(),
  applicant: text('applicant').notNull(),
  /** How to apply (用人单位向区住房保障中心申请 …) and whom to call. */
  applicationRoute: text('application_route').notNull(),
  active: boolean('active').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('referral_housing_kind_ck', sql`${t.kind} IN (${inList(REFERRAL_HOUSING_KINDS)})`),
  check('referral_housing_applicant_ck', sql`${t.applicant} IN (${inList(REFERRAL_APPLICANTS)})`),
  check('referral_housing_beds_ck', sql`${t.bedsTotal} >= 0 AND ${t.bedsAvailable} >= 0 AND ${t.bedsAvailable} <= ${t.bedsTotal}`),
]);

export const caseReferrals = pgTable('case_referrals', {
  /** `rfo_<random>`. */
  id: text('id').primaryKey(),
  caseId: text('case_id').notNull().references(() => cases.id),
  housingId: text('housing_id').references(() => referralHousing.id),
  /** The employer the tenants work for (it applies for the beds); no personal names. */
  employer: text('employer').notNull(),
  offered: integer('offered').notNull(),
  placed: integer('placed').notNull(),
  declined: integer('declined').notNull(),
  note: text('note'),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('case_referrals_counts_ck', sql`${t.offered} >= 1 AND ${t.placed} >= 0 AND ${t.declined} >= 0 AND ${t.placed} + ${t.declined} <= ${t.offered}`),
  index('case_referrals_case_idx').on(t.caseId),
]);
