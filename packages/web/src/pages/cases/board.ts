// The columns of the case board: the life cycle's states grouped by what
// the subdistrict has to do next.
import type { CaseState } from '@sentinel/domain';

export interface BoardColumn {
  key: string;
  title: string;
  states: CaseState[];
}

export const BOARD_COLUMNS: readonly BoardColumn[] = [
  { key: 'new', title: '待派单', states: ['discovered'] },
  { key: 'verify', title: '核查中', states: ['dispatched', 'verifying', 'no_access', 'escalated'] },
  { key: 'rectify', title: '待整改', states: ['confirmed', 'notified', 'acceptance_failed', 'interviewed', 'joint_enforcement'] },
  { key: 'watch', title: '已整改 · 回头看', states: ['rectified', 'monitoring'] },
];

export const OPEN_STATES: CaseState[] = BOARD_COLUMNS.flatMap((c) => c.states);
