// Opening a case (发现): from the whistle, a complaint channel, a patrol, or a
// relapse found on a 回头看 visit.
import { InvalidCaseOpeningError } from './errors.ts';
import { CASE_OPENER_ROLES } from './lifecycle.ts';
import { CASE_SOURCES, type Actor, type CaseSnapshot, type CaseSource } from './snapshot.ts';
import type { ChecklistAnswers } from '../criteria/checklist.ts';
import { ROLE_LABELS } from '../roles/roles.ts';

export interface OpenCaseInput {
  readonly id: string;
  readonly houseId: string;
  readonly source: CaseSource;
  readonly actor: Actor;
  /** UTC ms. */
  readonly at: number;
  /** The earlier case on the same dwelling this one is a relapse of. */
  readonly relapseOf?: string | null;
  readonly checklist?: ChecklistAnswers | null;
}

export type OpenCaseResult = { readonly ok: true; readonly snapshot: CaseSnapshot } | { readonly ok: false; readonly error: InvalidCaseOpeningError };

export function openCase(input: OpenCaseInput): OpenCaseResult {
  const refuse = (reason: string): OpenCaseResult => ({ ok: false, error: new InvalidCaseOpeningError(reason) });
  if (!CASE_OPENER_ROLES.includes(input.actor.role)) return refuse(`${ROLE_LABELS[input.actor.role] ?? input.actor.role}不能登记案件。`);
  if (input.id.trim() === '') return refuse('案件编号不能为空。');
  if (input.houseId.trim() === '') return refuse('房屋编号不能为空。');
  if (!CASE_SOURCES.includes(input.source)) return refuse(`未知的线索来源 "${String(input.source)}"。`);
  if (input.source === 'relapse' && !input.relapseOf) return refuse('回潮案件必须关联原案件。');
  if (input.relapseOf === input.id) return refuse('案件不能关联自身。');
  if (!Number.isFinite(input.at)) return refuse('登记时间无效。');
  return {
    ok: true,
    snapshot: {
      id: input.id,
      houseId: input.houseId,
      source: input.source,
      state: 'discovered',
      openedAt: input.at,
      openedBy: input.actor,
      relapseOf: input.relapseOf ?? null,
      assignee: null,
      deadline: null,
      checklist: input.checklist ?? null,
      cleanRevisits: 0,
      stateSince: input.at,
      history: [],
    },
  };
}
