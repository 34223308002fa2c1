// A case's deadline as a coloured tag: overdue in red, due today in orange.
import { Tag } from 'antd';
import type { Deadline } from './service.ts';

const COLORS: Record<Deadline['status'], string> = { none: 'default', on_time: 'green', due_today: 'orange', overdue: 'red' };

export function DeadlineTag({ deadline }: { deadline: Deadline | null }) {
  if (!deadline || deadline.status === 'none') return <span>—</span>;
  return <Tag color={COLORS[deadline.status]}>{deadline.kindLabel} {deadline.dueDate} {deadline.statusLabel}</Tag>;
}
