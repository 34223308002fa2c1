// A job run once a day at a fixed Asia/Shanghai time, in the server process
// (a timer, re-armed after each run). Deliberately small: a real job queue is
// a later issue, and moving there means calling the same job function from
// it instead of from here.
import { SHANGHAI_OFFSET_MS } from '@sentinel/domain';

const DAY_MS = 86_400_000;

/** Milliseconds from `now` to the next `minuteOfDay` (0..1439, Shanghai); a full day when it is that minute now. */
export function msUntilNextShanghaiMinute(now: number, minuteOfDay: number): number {
  const local = (now + SHANGHAI_OFFSET_MS) % DAY_MS;
  const target = minuteOfDay * 60_000;
  const wait = (target - local + DAY_MS) % DAY_MS;
  return wait === 0 ? DAY_MS : wait;
}

export interface DailySchedule {
  stop(): void;
}

/** Runs `job` every day at `minuteOfDay` Shanghai time; a failed run is reported and the next day's still happens. */
export function scheduleDaily(
  minuteOfDay: number, job: () => Promise<void>, onError: (err: unknown) => void, now: () => number = Date.now,
): DailySchedule {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      job().catch(onError).finally(arm);
    }, msUntilNextShanghaiMinute(now(), minuteOfDay));
    timer.unref(); // never keeps the process alive on its own
  };
  arm();
  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
