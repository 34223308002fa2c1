// Client-side ordering of the loaded alert list. Empty values (no onset, no
// occupant estimate) always go last, whichever the direction, so the
// informative rows stay on top.
import type { SortState } from '../../components/VirtualTable.tsx';
import type { Alert } from './service.ts';

type SortValue = number | string | null;

const LEVEL_ORDER: Record<Alert['level'], number> = { red: 0, yellow: 1, green: 2 };

export const SORT_VALUES: Record<string, (a: Alert) => SortValue> = {
  rank: (a) => a.rank,
  score: (a) => a.score,
  level: (a) => LEVEL_ORDER[a.level],
  occupants: (a) => a.estimatedOccupants,
  onset: (a) => a.onsetDay,
  place: (a) => `${a.neighborhood}/${a.community}`,
  address: (a) => a.address,
};

export function sortAlerts(rows: readonly Alert[], sort: SortState): Alert[] {
  const value = SORT_VALUES[sort.key] ?? SORT_VALUES.rank;
  const dir = sort.order === 'ascend' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) return a === b ? x.rank - y.rank : a === null ? 1 : -1;
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
    return c !== 0 ? dir * c : x.rank - y.rank;
  });
}

/** Header click: a new column starts in its natural direction; the same column flips. */
export function nextSort(current: SortState, key: string): SortState {
  if (current.key === key) return { key, order: current.order === 'ascend' ? 'descend' : 'ascend' };
  const descFirst = key === 'score' || key === 'occupants' || key === 'onset';
  return { key, order: descFirst ? 'descend' : 'ascend' };
}
