// What the clock says (every signed-in user: forms default to the server's
// today, not the browser's), and the administrator's move of the demo's
// today (演示模式 only; a real deployment's today is the system's).
import { dayToIso, isoToDay, shanghaiDay } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';
import { invalidInput, ServiceError } from '../errors.ts';
import { operation } from '../operation.ts';
import type { DemoClock } from './demo-clock.ts';

/** The furthest the demo's today may run ahead of the real one: a year of demonstration is plenty. */
export const MAX_DEMO_OFFSET_DAYS = 366;

export interface ClockView {
  /** Whether this server runs the demo district (the demo clock can be moved). */
  readonly demo: boolean;
  /** The services' now (ISO, UTC). */
  readonly now: string;
  /** The services' today in Shanghai, YYYY-MM-DD. */
  readonly today: string;
  /** Days the demo's today is ahead of the real one (0 outside demo mode). */
  readonly offsetDays: number;
}

function clockView(ctx: ServiceContext, clock: DemoClock | null): ClockView {
  const now = ctx.now();
  return { demo: clock !== null, now: new Date(now).toISOString(), today: dayToIso(shanghaiDay(now)), offsetDays: clock?.offsetDays() ?? 0 };
}

/** The clock as the services see it; ctx exists only for a signed-in user. */
export function getClock({ ctx, clock }: { ctx: ServiceContext; clock: DemoClock | null }): ClockView {
  return clockView(ctx, clock);
}

export const notDemoMode = (): ServiceError =>
  new ServiceError('demo.not_demo_mode', '只有演示模式可以调整演示日期；正式运行时以服务器时间为准。');

/** Move the demo's today forward to `today` (YYYY-MM-DD, Shanghai); ctx.now must read the same clock. */
export const setDemoToday = operation({
  permission: 'calendar.manage',
  async run(_tx, ctx, input: { today: string; clock: DemoClock | null }) {
    const { clock } = input;
    if (!clock) throw notDemoMode();
    const target = isoToDay(input.today);
    if (!Number.isFinite(target)) throw invalidInput(`演示日期 "${input.today}" 格式有误，应为 YYYY-MM-DD。`);
    const current = shanghaiDay(ctx.now());
    if (target <= current) {
      throw new ServiceError('demo.clock_backwards', `演示日期只能向后调整：当前演示日期为 ${dayToIso(current)}，收到 ${input.today}。`);
    }
    const days = target - current;
    if (clock.offsetDays() + days > MAX_DEMO_OFFSET_DAYS) {
      throw invalidInput(`演示日期最多比实际日期提前 ${MAX_DEMO_OFFSET_DAYS} 天，${input.today} 超出范围。`);
    }
    const from = dayToIso(current);
    await clock.advance(days);
    return {
      result: clockView(ctx, clock),
      audit: { action: 'demo_clock.advance', targetKind: 'demo_clock', targetId: input.today, detail: { from, to: input.today, days, offsetDays: clock.offsetDays() } },
    };
  },
});
