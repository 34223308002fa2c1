// 每周巡查计划: for the user's jurisdiction (a grid worker: its 居民区), the
// dwellings due this week by grade — overdue checks and relapse points first —
// computed from the grades of the managed rental stock. A grade that changed
// since it was last logged is logged now, with its explanation.
import { patrolFactsInScope } from '@sentinel/db';
import { ALERT_LEVEL_LABELS, dayToIso, isoToDay, REVISIT_INTERVAL_LABELS, shanghaiDay, weeklyPatrolPlan, type AlertLevel, type PatrolItemKind } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { gradeOf, isRelapseWatch, logGrade } from './grades.ts';

export interface PatrolPlanItem {
  houseId: string; address: string; neighborhood: string; community: string;
  grade: AlertLevel; gradeLabel: string; rhythm: string; reasons: string[];
  kind: PatrolItemKind; dueDay: string; overdueDays: number; lastVisitDay: string | null;
}

export interface PatrolPlanView {
  weekStart: string; weekEnd: string;
  /** Managed dwellings per grade in the jurisdiction (the whole stock, not only this week's). */
  graded: Record<AlertLevel, number>;
  items: PatrolPlanItem[];
}

/** Monday of the week holding `day` (Shanghai day numbers; day 0 = 1970-01-01, a Thursday). */
export const mondayOf = (day: number): number => day - ((day + 3) % 7);

export async function getPatrolPlan({ ctx, input }: { ctx: ServiceContext; input: { week?: string } }): Promise<PatrolPlanView> {
  requirePermission(ctx, 'patrol.view');
  const today = shanghaiDay(ctx.now());
  const asked = input.week ? isoToDay(input.week) : today;
  if (Number.isNaN(asked)) throw invalidInput(`日期「${input.week}」无效，应为 YYYY-MM-DD。（字段 week）`);
  const weekStart = mondayOf(asked);
  return ctx.db.transaction(async (tx) => {
    const facts = await patrolFactsInScope(tx, ctx.user.jurisdiction);
    const byHouse = new Map(facts.map((f) => [f.houseId, f]));
    const graded: Record<AlertLevel, number> = { red: 0, yellow: 0, green: 0 };
    const dwellings = [];
    for (const f of facts) {
      const g = gradeOf(f, today);
      graded[g.grade] += 1;
      await logGrade(tx, ctx, f, g, null);
      dwellings.push({ houseId: f.houseId, grade: g.grade, reasons: g.reasons, lastVisitDay: f.lastVisitAt === null ? null : shanghaiDay(f.lastVisitAt.getTime()), relapseWatch: isRelapseWatch(f, today) });
    }
    const plan = weeklyPatrolPlan(dwellings, weekStart);
    return {
      weekStart: dayToIso(plan.weekStart), weekEnd: dayToIso(plan.weekEnd), graded,
      items: plan.items.map((i) => {
        const f = byHouse.get(i.houseId)!;
        return {
          houseId: i.houseId, address: f.address, neighborhood: f.neighborhood, community: f.community,
          grade: i.grade, gradeLabel: ALERT_LEVEL_LABELS[i.grade], rhythm: REVISIT_INTERVAL_LABELS[i.grade], reasons: [...i.reasons],
          kind: i.kind, dueDay: dayToIso(i.dueDay), overdueDays: i.overdueDays, lastVisitDay: i.lastVisitDay === null ? null : dayToIso(i.lastVisitDay),
        };
      }),
    };
  });
}
