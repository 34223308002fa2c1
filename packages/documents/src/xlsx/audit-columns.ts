// 审计日志 export columns (packages/services users/list-audit.ts fills them).
import { ROLE_LABELS } from '@sentinel/domain';
import type { XlsxColumn } from './to-xlsx.ts';

export const AUDIT_LOG_COLUMNS: readonly XlsxColumn[] = [
  { key: 'at', header: '时间', format: 'datetime', width: 17 },
  { key: 'actor', header: '操作人', width: 16 },
  { key: 'actor_role', header: '角色', labels: ROLE_LABELS, width: 12 },
  { key: 'action', header: '操作', width: 22 },
  { key: 'action_code', header: '操作代码', width: 22 },
  { key: 'target', header: '对象', width: 30 },
  { key: 'purpose', header: '目的', width: 24 },
  { key: 'detail', header: '详情', width: 60 },
];
