// 一键转案件: staff turn an alert of the whistle into a case in one click.
// The alert's facts (score, level, reasons, detection run) are stored on the
// case; if the house already has an open case, the alert is attached to it.
import { ALERT_LEVELS } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { houseInScope } from '../cases/house-access.ts';
import { openOrAttach, type AlertFacts, type IntakeOutcome } from './open-or-attach.ts';

export interface OpenFromAlertInput extends AlertFacts {
  readonly houseId: string;
}

export async function openCaseFromAlert({ ctx, input }: { ctx: ServiceContext; input: OpenFromAlertInput }): Promise<IntakeOutcome> {
  requirePermission(ctx, 'intake.alert');
  if (!(input.score >= 0 && input.score <= 1)) throw invalidInput(`预警分值须在 0 到 1 之间，收到 ${input.score}。`);
  if (!ALERT_LEVELS.includes(input.level)) throw invalidInput(`未知预警等级 "${String(input.level)}"。`);
  return ctx.db.transaction(async (tx) => {
    const house = await houseInScope(tx, ctx, input.houseId);
    const reasons = input.reasons.map((r) => r.trim()).filter((r) => r !== '');
    return openOrAttach(tx, ctx, house, { channel: 'whistle', receivedAt: ctx.now(), category: '群租', content: reasons.join('; ') },
      { kind: 'alert', confidence: null }, { score: input.score, level: input.level, reasons, runId: input.runId ?? null });
  });
}
