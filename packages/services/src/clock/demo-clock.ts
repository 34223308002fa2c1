// The demo's clock (演示时钟). In demo mode an administrator may move the
// demo's "today" forward so that deadlines pass and every step of the loop
// (验收不合格, 约谈, 集中联合整治) can be shown without waiting a week. It is
// the ONE clock every service reads through ctx.now in the demo server:
// deadlines, overdue lists, step times, bulletins. Sessions keep real time
// (moving the demo a week on must not sign everybody out).
//
// The offset is whole days, so the demo's today moves on with real days and
// the time of day stays real. It only ever grows: steps already recorded at
// the demo's time must never lie in the future of a later restart.
const DAY_MS = 86_400_000;

export interface DemoClock {
  /** UTC ms on the demo's clock: real time plus the offset. */
  readonly now: () => number;
  /** Days the demo's today is ahead of the real one. */
  readonly offsetDays: () => number;
  /** Move the demo's today forward by `days` (≥ 1) and keep it (the save hook persists it). */
  readonly advance: (days: number) => Promise<void>;
}

export interface DemoClockOptions {
  /** The real clock (tests pass their own). */
  readonly real: () => number;
  /** Offset at start (as saved by the last run). */
  readonly offsetDays?: number;
  /** Keeps the new offset across restarts (the CLI writes it beside the embedded database). */
  readonly save?: (offsetDays: number) => Promise<void>;
}

export function createDemoClock(options: DemoClockOptions): DemoClock {
  let offset = options.offsetDays ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`demo clock offset ${offset} must be a whole number of days ≥ 0`);
  return {
    now: () => options.real() + offset * DAY_MS,
    offsetDays: () => offset,
    async advance(days) {
      if (!Number.isInteger(days) || days < 1) throw new RangeError(`demo clock step ${days} must be a whole number of days ≥ 1`);
      await options.save?.(offset + days);
      offset += days;
    },
  };
}
