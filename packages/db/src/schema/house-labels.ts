// Labels on a dwelling that every unit sees at once: 疑似群租 (put on in one
// click from an alert or a report), 群租 (confirmed on site), 回潮点 (it
// relapsed once). A label is current while removed_at is null.
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, bigint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { houses } from './houses.ts';

export const HOUSE_LABELS = ['suspected_group_rental', 'group_rental', 'relapse_point'] as const;
export type HouseLabel = (typeof HOUSE_LABELS)[number];
export const HOUSE_LABEL_LABELS: Record<HouseLabel, string> = {
  suspected_group_rental: '疑似群租',
  group_rental: '群租',
  relapse_point: '回潮点',
};
export const houseLabel = pgEnum('house_label', HOUSE_LABELS);

export const houseLabels = pgTable('house_labels', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  label: houseLabel('label').notNull(),
  caseId: text('case_id'),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  setById: text('set_by_id').notNull(),
  removedAt: timestamp('removed_at', { withTimezone: true }),
}, (t) => [
  // At most one current label of each kind per house; old ones stay as history.
  uniqueIndex('house_labels_current_uq').on(t.houseId, t.label).where(sql`${t.removedAt} IS NULL`),
  // The map and lists ask "which houses carry this label now".
  index('house_labels_label_idx').on(t.label),
]);
