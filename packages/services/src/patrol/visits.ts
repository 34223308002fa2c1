// 上门核查记录: a grid worker's completed patrol visit, which feeds the grade
// back (a finding raises it for a quarter; a clean visit resets the rhythm)
// and is logged with what it changed. The grade log of a dwelling.
import { gradeLogOfHouse, insertPatrolVisit, patrolFactsOfHouse } from '@sentinel/db';
import { ALERT_LEVEL_LABELS, PATROL_FINDINGS, shanghaiDay, type AlertLevel, type PatrolFinding } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { houseInScope } from '../cases/house-access.ts';
import { invalidInput, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { gradeOf, logGrade } from './grades.ts';

export interface PatrolVisitInput { houseId: string; finding: PatrolFinding; occupants?: number | null; note?: string | null }

export interface PatrolVisitResult { visitId: string; grade: AlertLevel; gradeLabel: string; reasons: string[]; explanation: string }

export async function recordPatrolVisit({ ctx, input }: { ctx: ServiceContext; input: PatrolVisitInput }): Promise<PatrolVisitResult> {
  requirePermission(ctx, 'patrol.visit');
  if (!PATROL_FINDINGS.includes(input.finding)) throw invalidInput(`未知核查结果「${String(input.finding)}」。（字段 finding）`);
  if (input.occupants != null && (!Number.isInteger(input.occupants) || input.occupants < 0 || input.occupants > 200)) throw invalidInput('居住人数应为 0–200 的整数。（字段 occupants）');
  const note = input.note?.trim() || null;
  if (input.finding !== 'normal' && note === null) throw invalidInput('发现疑似、群租或未能入户时须填写情况说明。（字段 note）');
  return ctx.db.transaction(async (tx) => {
    await houseInScope(tx, ctx, input.houseId);
    const visitId = newId('ptv');
    await insertPatrolVisit(tx, { id: visitId, houseId: input.houseId, visitedBy: ctx.user.id, visitorUnit: ctx.user.unitName, visitedAt: new Date(ctx.now()), finding: input.finding, occupants: input.occupants ?? null, note });
    const facts = await patrolFactsOfHouse(tx, input.houseId);
    if (!facts) throw notFound(`房屋 ${input.houseId}`);
    const grading = gradeOf(facts, shanghaiDay(ctx.now()));
    const explanation = (await logGrade(tx, ctx, facts, grading, visitId)) ?? '';
    await recordAudit(tx, ctx, { action: 'patrol.visit', targetKind: 'house', targetId: input.houseId, detail: { visitId, finding: input.finding, grade: grading.grade } });
    return { visitId, grade: grading.grade, gradeLabel: ALERT_LEVEL_LABELS[grading.grade], reasons: [...grading.reasons], explanation };
  });
}

export interface GradeLogEntry { at: string; fromGrade: AlertLevel | null; toGrade: AlertLevel; explanation: string; visitId: string | null }

export async function getGradeLog({ ctx, input }: { ctx: ServiceContext; input: { houseId: string } }): Promise<{ items: GradeLogEntry[] }> {
  requirePermission(ctx, 'patrol.view');
  await houseInScope(ctx.db, ctx, input.houseId);
  return {
    items: (await gradeLogOfHouse(ctx.db, input.houseId)).map((r) => ({
      at: r.at.toISOString(), fromGrade: r.fromGrade as AlertLevel | null, toGrade: r.toGrade as AlertLevel, explanation: r.explanation, visitId: r.visitId,
    })),
  };
}
