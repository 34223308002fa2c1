// 宣传摸底 (双清 plan phase 1): survey campaigns, the dwellings each one must
// visit, and the visits made. A visit records how the flat is divided and
// used and whether the 《群租法律风险告知书》 was served (with the photo, an
// attachment of the house); the people met are registered as the house's
// parties (masked, reveal audited), not here.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { DWELLING_USES, SURVEY_OUTCOMES } from '@sentinel/domain';
import { attachments } from './attachments.ts';
import { houses } from './houses.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const surveyCampaigns = pgTable('survey_campaigns', {
  /** `svy_<random>`. */
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  subdistrict: text('subdistrict').notNull(),
  /** 居民区 covered; empty = the whole subdistrict. */
  neighborhoods: text('neighborhoods').array().notNull(),
  startDay: date('start_day', { mode: 'string' }).notNull(),
  endDay: date('end_day', { mode: 'string' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  check('survey_campaigns_period_ck', sql`${t.endDay} >= ${t.startDay}`),
]);

export const surveyTargets = pgTable('survey_targets', {
  campaignId: text('campaign_id').notNull().references(() => surveyCampaigns.id),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  /** SURVEY_TARGET_REASONS: why it is on the list (registry, filing, whistle, complaint). */
  reasons: text('reasons').array().notNull(),
  listedAt: timestamp('listed_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ name: 'survey_targets_pk', columns: [t.campaignId, t.houseId] }),
  // "Is this house on a survey list?" (house file, refresh).
  index('survey_targets_house_idx').on(t.houseId),
]);

export const surveyVisits = pgTable('survey_visits', {
  /** `svv_<random>`. */
  id: text('id').primaryKey(),
  campaignId: text('campaign_id').notNull().references(() => surveyCampaigns.id),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
  visitedBy: text('visited_by').notNull(),
  /** The visitor's unit (居委会, 物业 …), for progress per unit. */
  visitorUnit: text('visitor_unit').notNull(),
  outcome: text('outcome').notNull(),
  dwellingUse: text('dwelling_use'),
  originalRooms: integer('original_rooms'),
  currentRooms: integer('current_rooms'),
  occupants: integer('occupants'),
  /** 重点关注反复“回潮”点位. */
  relapseWatch: boolean('relapse_watch').notNull(),
  noticeServed: boolean('notice_served').notNull(),
  /**
   * The photo of the served notice. Set null when the retention job deletes
   * the photo (PIPL): the notice stays served, its proof expired with its term.
   */
  noticePhotoId: text('notice_photo_id').references(() => attachments.id, { onDelete: 'set null' }),
  note: text('note'),
}, (t) => [
  check('survey_visits_outcome_ck', sql`${t.outcome} IN (${inList(SURVEY_OUTCOMES)})`),
  check('survey_visits_use_ck', sql`${t.dwellingUse} IS NULL OR ${t.dwellingUse} IN (${inList(DWELLING_USES)})`),
  check('survey_visits_counts_ck', sql`coalesce(${t.originalRooms}, 0) >= 0 AND coalesce(${t.currentRooms}, 0) >= 0 AND coalesce(${t.occupants}, 0) >= 0`),
  // Visits of a campaign's house, in time order (target state, master list).
  index('survey_visits_campaign_house_idx').on(t.campaignId, t.houseId, t.visitedAt),
]);
