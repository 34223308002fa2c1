// A domain case snapshot as a bulletin row: the day of each milestone is the
// first time the history entered that state.
import { shanghaiDay, type CaseEvent, type CaseSnapshot, type CaseState } from '@sentinel/domain';
import type { BulletinCase } from './types.ts';

function firstDayIn(history: readonly CaseEvent[], state: CaseState): number | null {
  const event = history.find((e) => e.to === state);
  return event ? shanghaiDay(event.at) : null;
}

function hasMedia(e: CaseEvent): boolean {
  const direct = (e.evidence.photoIds ?? []).some((id) => id.trim().length > 0);
  const notices = (e.evidence.notices ?? []).some((n) => n.photoIds.some((id) => id.trim().length > 0));
  return direct || notices;
}

export function bulletinCaseFromSnapshot(snapshot: CaseSnapshot, context: { readonly neighborhood: string; readonly onsetDay: number | null }): BulletinCase {
  const media = snapshot.history.find(hasMedia);
  return {
    id: snapshot.id,
    houseId: snapshot.houseId,
    neighborhood: context.neighborhood,
    source: snapshot.source,
    discoveredDay: shanghaiDay(snapshot.openedAt),
    onsetDay: context.onsetDay,
    confirmedDay: firstDayIn(snapshot.history, 'confirmed'),
    ruledOutDay: firstDayIn(snapshot.history, 'not_group_rental'),
    rectifiedDay: firstDayIn(snapshot.history, 'rectified'),
    closedDay: firstDayIn(snapshot.history, 'closed'),
    relapsedDay: firstDayIn(snapshot.history, 'relapsed'),
    firstMediaDay: media ? shanghaiDay(media.at) : null,
  };
}
