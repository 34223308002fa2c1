// Why a step on a case was refused. Plain domain errors with a code: the
// services layer maps them to HTTP in one place.
import { DomainError } from '../errors.ts';
import { ROLE_LABELS, type Role } from '../roles/roles.ts';
import { dayToIso } from '../time.ts';
import { CASE_ACTION_LABELS, type CaseAction } from './actions.ts';
import type { EvidenceProblem } from './evidence.ts';
import { CASE_STATE_LABELS, type CaseState } from './states.ts';

export class CaseTerminalError extends DomainError {
  readonly code = 'case.terminal';
  constructor(readonly state: CaseState) {
    super(`案件已${CASE_STATE_LABELS[state]}，不能再办理。`);
  }
}

export class ActionNotAvailableError extends DomainError {
  readonly code = 'case.action_not_available';
  constructor(readonly state: CaseState, readonly action: CaseAction) {
    super(`案件处于"${CASE_STATE_LABELS[state]}"，不能"${CASE_ACTION_LABELS[action]}"。`);
  }
}

export class RoleNotAllowedError extends DomainError {
  readonly code = 'case.role_not_allowed';
  constructor(readonly role: Role, readonly action: CaseAction, readonly allowed: readonly Role[]) {
    super(
      `${ROLE_LABELS[role] ?? role}无权"${CASE_ACTION_LABELS[action]}"，可办理单位：${allowed.map((r) => ROLE_LABELS[r]).join('、')}。`,
    );
  }
}

export class NotAssigneeError extends DomainError {
  readonly code = 'case.not_assignee';
  constructor(readonly assigneeUnit: string) {
    super(`只有承办单位（${assigneeUnit}）可以签收本案。`);
  }
}

export class NotRelapseOpeningError extends DomainError {
  readonly code = 'case.not_relapse_opening';
  constructor() {
    super('只有新登记的回潮案件可以直接转入集中联合整治。');
  }
}

export class EvidenceMissingError extends DomainError {
  readonly code = 'case.evidence_missing';
  constructor(readonly action: CaseAction, readonly problems: readonly EvidenceProblem[]) {
    super(`"${CASE_ACTION_LABELS[action]}"缺少必要材料：${problems.map((p) => p.message).join('；')}。`);
  }
}

export class DeadlineNotReachedError extends DomainError {
  readonly code = 'case.deadline_not_reached';
  constructor(readonly dueDay: number) {
    super(`整改期限 ${dayToIso(dueDay)} 尚未届满，暂不能判定验收不合格。`);
  }
}

export class NotEnoughRevisitsError extends DomainError {
  readonly code = 'case.not_enough_revisits';
  constructor(readonly done: number, readonly needed: number) {
    super(`回头看已完成 ${done} 次，销案需要至少 ${needed} 次未回潮。`);
  }
}

export class EventOutOfOrderError extends DomainError {
  readonly code = 'case.event_out_of_order';
  constructor(readonly at: number, readonly lastAt: number) {
    super(`登记时间早于上一步（${new Date(lastAt).toISOString()}），请核对时间。`);
  }
}

export class InvalidDeadlineChoiceError extends DomainError {
  readonly code = 'case.invalid_deadline';
  constructor(readonly days: number, readonly max: number) {
    super(`核查期限须为 1 到 ${max} 个工作日，收到 ${days}。`);
  }
}

export class InvalidCaseOpeningError extends DomainError {
  readonly code = 'case.invalid_opening';
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type CaseError =
  | CaseTerminalError
  | ActionNotAvailableError
  | RoleNotAllowedError
  | NotAssigneeError
  | NotRelapseOpeningError
  | EvidenceMissingError
  | DeadlineNotReachedError
  | NotEnoughRevisitsError
  | EventOutOfOrderError
  | InvalidDeadlineChoiceError
  | InvalidCaseOpeningError;
