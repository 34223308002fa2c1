// 批量派单: several alerts (each opened as a case first) and cases sent in
// one action, to one named unit or, by default, each house's committee. Each
// item is its own transaction through the one transition service, so one
// refused item (another jurisdiction, a case already past 派单) is reported
// in Chinese and the others still go.
import { DomainError, type Assignee } from '@sentinel/domain';
import type { AlertIntakeBody, BatchDispatchItem, BatchDispatchResult } from '@sentinel/contract';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { openCaseFromAlert } from '../intake/open-from-alert.ts';
import { transitionCase } from '../cases/transition-case.ts';

export interface BatchDispatchInput {
  readonly alerts?: readonly AlertIntakeBody[];
  readonly caseIds?: readonly string[];
  readonly assignee?: Assignee;
  readonly dueInWorkingDays?: number;
}

export const MAX_BATCH_DISPATCH = 100;

const failure = (ref: string, caseId: string | null, e: unknown): BatchDispatchItem => {
  if (!(e instanceof DomainError)) throw e;
  return { ref, ok: false, caseId, caseNumber: null, assigneeUnit: null, message: e.message };
};

async function dispatchOne(ctx: ServiceContext, ref: string, caseId: string, input: BatchDispatchInput): Promise<BatchDispatchItem> {
  try {
    const evidence = { ...(input.assignee ? { assignee: input.assignee } : {}), ...(input.dueInWorkingDays ? { dueInWorkingDays: input.dueInWorkingDays } : {}) };
    const done = await transitionCase({ ctx, input: { caseId, action: 'dispatch', evidence } });
    return { ref, ok: true, caseId, caseNumber: done.case.number, assigneeUnit: done.case.assignee?.unitName ?? null, message: null };
  } catch (e) {
    return failure(ref, caseId, e);
  }
}

export async function batchDispatch({ ctx, input }: { ctx: ServiceContext; input: BatchDispatchInput }): Promise<BatchDispatchResult> {
  requirePermission(ctx, 'case.transition');
  const alerts = input.alerts ?? [];
  const caseIds = input.caseIds ?? [];
  if (alerts.length + caseIds.length === 0) throw invalidInput('请至少选择一条预警或一个案件。');
  if (alerts.length + caseIds.length > MAX_BATCH_DISPATCH) throw invalidInput(`一次最多派单 ${MAX_BATCH_DISPATCH} 条。`);
  if (alerts.length > 0) requirePermission(ctx, 'intake.alert');

  const items: BatchDispatchItem[] = [];
  for (const alert of alerts) {
    let caseId: string;
    try {
      caseId = (await openCaseFromAlert({ ctx, input: alert })).caseId;
    } catch (e) {
      items.push(failure(alert.houseId, null, e));
      continue;
    }
    items.push(await dispatchOne(ctx, alert.houseId, caseId, input));
  }
  for (const caseId of caseIds) items.push(await dispatchOne(ctx, caseId, caseId, input));
  const dispatched = items.filter((i) => i.ok).length;
  return { dispatched, failed: items.length - dispatched, items };
}
