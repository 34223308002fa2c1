// The role × permission table as Markdown, for docs/roles.md (a test keeps
// the document equal to the code).
import { ROLE_LABELS, ROLES, INTERVIEW_PARTY_LABELS } from '@sentinel/domain';
import { can, PERMISSION_LABELS, PERMISSIONS, REVEALABLE_PARTIES } from './permissions.ts';

export function rolePermissionTable(): string {
  const head = `| 权限 | ${ROLES.map((r) => ROLE_LABELS[r]).join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = PERMISSIONS.map((p) => `| ${PERMISSION_LABELS[p]} \`${p}\` | ${ROLES.map((r) => (can(r, p) ? '✓' : '')).join(' | ')} |`);
  const reveal = `| 可查看未脱敏的人员 | ${ROLES.map((r) => REVEALABLE_PARTIES[r].map((k) => INTERVIEW_PARTY_LABELS[k]).join('、')).join(' | ')} |`;
  return [head, rule, ...rows, reveal].join('\n');
}
