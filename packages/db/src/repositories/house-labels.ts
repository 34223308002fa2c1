// Labels on dwellings (疑似群租, 群租, 回潮点).
import { and, asc, eq, isNull } from 'drizzle-orm';
import { houseLabels, type HouseLabel } from '../schema/house-labels.ts';
import type { SqlSession } from '../session.ts';

export type HouseLabelRow = typeof houseLabels.$inferSelect;

/** Puts a label on unless it is already on (idempotent). */
export async function putHouseLabel(s: SqlSession, row: { houseId: string; label: HouseLabel; caseId: string | null; setAt: Date; setById: string }): Promise<void> {
  await s.db.insert(houseLabels).values(row).onConflictDoNothing({ target: [houseLabels.houseId, houseLabels.label], where: isNull(houseLabels.removedAt) });
}

export async function removeHouseLabel(s: SqlSession, houseId: string, label: HouseLabel, at: Date): Promise<void> {
  await s.db.update(houseLabels).set({ removedAt: at }).where(and(eq(houseLabels.houseId, houseId), eq(houseLabels.label, label), isNull(houseLabels.removedAt)));
}

/** Every label the house ever carried, current ones with removedAt null. */
export async function listHouseLabels(s: SqlSession, houseId: string): Promise<HouseLabelRow[]> {
  return s.db.select().from(houseLabels).where(eq(houseLabels.houseId, houseId)).orderBy(asc(houseLabels.setAt), asc(houseLabels.id));
}
