// A dwelling's grade (三级动态管理) from what the database knows about it, and
// the grade log: a change (or a visit) is written with its explanation, and
// dwelling_grades keeps the last one so the same change is logged once.
import { insertGradeLog, upsertDwellingGrade, type PatrolFactsRow, type SqlSession } from '@sentinel/db';
import { explainGradeChange, gradeDwelling, RELAPSE_WATCH_DAYS, shanghaiDay, type Grading } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';
import { newId } from '../ids.ts';

export function gradeOf(f: PatrolFactsRow, asOfDay: number): Grading {
  return gradeDwelling({
    caseState: f.caseState, lastRelapseDay: f.lastRelapseAt === null ? null : shanghaiDay(f.lastRelapseAt.getTime()),
    alertLevel: f.alertLevel, isRental: f.isRental, rentalFiled: f.rentalFiled, asOfDay,
    lastPatrol: f.lastFinding === null || f.lastVisitAt === null ? null : { finding: f.lastFinding, day: shanghaiDay(f.lastVisitAt.getTime()) },
  });
}

export const isRelapseWatch = (f: PatrolFactsRow, asOfDay: number): boolean =>
  f.lastRelapseAt !== null && asOfDay - shanghaiDay(f.lastRelapseAt.getTime()) <= RELAPSE_WATCH_DAYS;

const storedOf = (f: PatrolFactsRow): Grading | null => (f.storedGrade === null ? null : { grade: f.storedGrade, reasons: f.storedReasons ?? [] });

const same = (a: Grading | null, b: Grading): boolean => a !== null && a.grade === b.grade && a.reasons.join('\n') === b.reasons.join('\n');

/**
 * Logs the grade when it differs from the one last logged, or when a visit
 * fed it back (the visit's entry says what it changed, or that nothing did).
 * Returns the explanation written, or null when nothing was.
 */
export async function logGrade(tx: SqlSession, ctx: ServiceContext, f: PatrolFactsRow, grading: Grading, visitId: string | null): Promise<string | null> {
  const before = storedOf(f);
  if (visitId === null && same(before, grading)) return null;
  const explanation = explainGradeChange(before, grading);
  const at = new Date(ctx.now());
  await insertGradeLog(tx, { id: newId('grl'), houseId: f.houseId, fromGrade: before?.grade ?? null, toGrade: grading.grade, reasons: [...grading.reasons], explanation, visitId, actorId: ctx.user.id, at });
  await upsertDwellingGrade(tx, { houseId: f.houseId, grade: grading.grade, reasons: [...grading.reasons], updatedAt: at });
  return explanation;
}
