// Renders the life-cycle table as markdown, for packages/domain/README.md.
// readme.test.ts fails when the README and the table drift apart.
import {
  CASE_ACTION_LABELS,
  CASE_GUARD_LABELS,
  CASE_LIFECYCLE,
  CASE_STATE_LABELS,
  DEADLINE_KIND_LABELS,
  DEADLINE_UNITS,
  DEFAULT_CASE_POLICY,
  EVIDENCE_REQUIREMENT_LABELS,
  type DeadlineEffect,
} from '../../src/cases/index.ts';
import { ROLE_LABELS } from '../../src/roles/index.ts';

function deadline(effect: DeadlineEffect): string {
  if (effect === 'keep') return '沿用原期限';
  if (effect === 'clear') return '—';
  const days = DEFAULT_CASE_POLICY.deadlineDays[effect.set];
  const unit = DEADLINE_UNITS[effect.set] === 'working_days' ? '个工作日' : '天';
  const from = effect.from === 'notices_served' ? '（自送达日起）' : '';
  return `${DEADLINE_KIND_LABELS[effect.set]} ${days} ${unit}${from}${effect.adjustable ? '，可调整' : ''}`;
}

export function renderLifecycleTable(): string {
  const rows = CASE_LIFECYCLE.map((r) => {
    const evidence = [...r.evidence.map((e) => EVIDENCE_REQUIREMENT_LABELS[e]), ...r.guards.map((g) => CASE_GUARD_LABELS[g])].join('；') || '—';
    return `| ${CASE_STATE_LABELS[r.from]} \`${r.from}\` | ${CASE_ACTION_LABELS[r.action]} \`${r.action}\` | ${CASE_STATE_LABELS[r.to]} \`${r.to}\` | ${r.roles.map((x) => ROLE_LABELS[x]).join('、')} | ${evidence} | ${deadline(r.deadline)} |`;
  });
  return ['| 当前状态 | 操作 | 下一状态 | 可办理单位 | 必须材料与条件 | 设定期限 |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
