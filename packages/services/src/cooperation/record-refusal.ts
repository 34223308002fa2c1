// Recording a refusal to cooperate (拒不配合) on a case, and withdrawing one.
// A refusal costs the unit points at the annual assessment, so it must name
// a case in the recorder's jurisdiction (the evidence), a unit that case
// really involves (its committee or its compound's property company) and a
// day that has happened; it is withdrawn with a reason, never deleted. Each
// write and its audit row share one transaction (operation.ts).
import { insertCooperationRefusal, listCooperationRefusalRows, lockCooperationRefusal, revokeCooperationRefusal, type SqlSession } from '@sentinel/db';
import { ASSESSED_ROLES, type AssessedRole } from '@sentinel/documents';
import { dayToIso, isoToDay, ROLE_LABELS, shanghaiDay } from '@sentinel/domain';
import type { AuditEntry } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { conflict, invalidInput, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { operation } from '../operation.ts';
import { caseInScope, unitsOfHouse } from './case-units.ts';
import { toRefusalView, type CooperationRefusalView } from './refusal-view.ts';
import { MAX_REFUSAL_TEXT } from '@sentinel/contract';

/** Longest note / reason: a line on the deduction list, not a report (the contract's limit). */
export { MAX_REFUSAL_TEXT };

export interface RecordCooperationRefusalInput {
  readonly caseId: string;
  readonly unitRole: string;
  readonly unitName: string;
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  readonly day: string;
  /** What was refused, e.g. `拒绝提供出租房屋钥匙，联合检查无法入户`. */
  readonly note: string;
}

function shortText(value: string, label: string, field: string): string {
  const text = value.trim();
  if (text === '') throw invalidInput(`${label}不能为空。（字段 ${field}）`);
  if ([...text].length > MAX_REFUSAL_TEXT) throw invalidInput(`${label}最多 ${MAX_REFUSAL_TEXT} 字（现 ${[...text].length} 字）。（字段 ${field}）`);
  return text;
}

async function viewOf(s: SqlSession, ctx: ServiceContext, id: string): Promise<CooperationRefusalView> {
  const [row] = await listCooperationRefusalRows(s, { scope: ctx.user.jurisdiction, id, includeWithdrawn: true });
  if (!row) throw notFound(`拒不配合记录 ${id}`);
  return toRefusalView(row);
}

export const recordCooperationRefusal = operation({
  permission: 'cooperation.record',
  async run(tx, ctx, input: RecordCooperationRefusalInput): Promise<{ result: CooperationRefusalView; audit: AuditEntry }> {
    if (!(ASSESSED_ROLES as readonly string[]).includes(input.unitRole)) {
      throw invalidInput(`被记录单位类别「${input.unitRole}」不对，应为 committee（居委会）或 property（物业）。（字段 unitRole）`);
    }
    const unitRole = input.unitRole as AssessedRole;
    const unitName = input.unitName.trim();
    if (unitName === '') throw invalidInput('被记录单位名称不能为空。（字段 unitName）');
    const note = shortText(input.note, '拒不配合的内容', 'note');
    const day = isoToDay(input.day);
    if (Number.isNaN(day)) throw invalidInput(`拒不配合日期「${input.day}」不是有效日期，应为 YYYY-MM-DD。（字段 day）`);
    const today = shanghaiDay(ctx.now());
    if (day > today) throw invalidInput(`拒不配合日期 ${input.day} 晚于今天（${dayToIso(today)}，上海时间），不能记录尚未发生的事。（字段 day）`);

    const { row, house } = await caseInScope(tx, ctx, input.caseId);
    const openedDay = shanghaiDay(row.openedAt.getTime());
    if (day < openedDay) throw invalidInput(`拒不配合日期 ${input.day} 早于案件 ${row.id} 的立案日 ${dayToIso(openedDay)}。（字段 day）`);
    const units = await unitsOfHouse(tx, house);
    if (!units.some((u) => u.role === unitRole && u.name === unitName)) {
      const choices = units.map((u) => `${u.name}（${ROLE_LABELS[u.role]}）`).join('、');
      throw invalidInput(`「${unitName}」（${ROLE_LABELS[unitRole]}）不是案件 ${row.id} 所在居民区的居委会或所在小区的物业，可选：${choices}。（字段 unitName）`);
    }
    const id = newId('coop');
    await insertCooperationRefusal(tx, {
      id, caseId: row.id, unitRole, unitName, day: dayToIso(day), note, recordedBy: ctx.user.id, recordedAt: new Date(ctx.now()),
    });
    return {
      result: await viewOf(tx, ctx, id),
      audit: {
        action: 'cooperation.record', targetKind: 'cooperation_refusal', targetId: id,
        detail: { caseId: row.id, unitRole, unitName, day: dayToIso(day), note },
      },
    };
  },
});

export const withdrawCooperationRefusal = operation({
  permission: 'cooperation.record',
  async run(tx, ctx, input: { refusalId: string; reason: string }): Promise<{ result: CooperationRefusalView; audit: AuditEntry }> {
    const reason = shortText(input.reason, '撤销理由', 'reason');
    const refusal = await lockCooperationRefusal(tx, input.refusalId);
    if (!refusal) throw notFound(`拒不配合记录 ${input.refusalId}`);
    await caseInScope(tx, ctx, refusal.caseId);
    const revoked = await revokeCooperationRefusal(tx, refusal.id, { at: new Date(ctx.now()), by: ctx.user.id, reason });
    if (!revoked) throw conflict('cooperation.already_withdrawn', `拒不配合记录 ${refusal.id} 已于 ${refusal.revokedAt ? dayToIso(shanghaiDay(refusal.revokedAt.getTime())) : ''} 撤销，不能重复撤销。`);
    return {
      result: await viewOf(tx, ctx, refusal.id),
      audit: {
        action: 'cooperation.withdraw', targetKind: 'cooperation_refusal', targetId: refusal.id,
        detail: { caseId: refusal.caseId, unitRole: refusal.unitRole, unitName: refusal.unitName, day: refusal.day, reason },
      },
    };
  },
});
