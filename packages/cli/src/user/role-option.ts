// --role takes the role's code (admin, ops_center, …) or its Chinese label
// (系统管理员, 街道城运中心, …), as the web's role select shows it, or the
// short names the demo accounts use for the two long codes (ops, safety, grid).
import { isRole, ROLE_LABELS, ROLES, type Role } from '@sentinel/domain';
import { UsageError } from '../args.ts';

const SHORT_NAMES: Readonly<Record<string, Role>> = { ops: 'ops_center', safety: 'safety_office', grid: 'grid_worker' };

export function parseRole(value: string): Role {
  const v = value.trim();
  if (isRole(v)) return v;
  if (Object.hasOwn(SHORT_NAMES, v)) return SHORT_NAMES[v];
  const byLabel = ROLES.find((r) => ROLE_LABELS[r] === v);
  if (byLabel) return byLabel;
  const choices = ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、');
  throw new UsageError(`--role: 未知角色 "${value}"，可选 choose one of: ${choices}`);
}
