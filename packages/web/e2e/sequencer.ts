// The order of the e2e files on the one shared demo server: vitest's own
// order (earlier failures first, then by duration or size), except that the
// files which move the demo clock (演示时钟) run last. The clock only moves
// forward, so every file after them would see "today" weeks ahead: overdue
// deadlines everywhere and dispatch defaults computed from a later date.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that move the shared server's demo clock; keep this list in step with the tests that use the 演示时钟 card or PUT /api/clock. */
const CLOCK_MOVERS = [/\/loop\.e2e\.ts$/];

const movesClock = (spec: TestSpecification): boolean => CLOCK_MOVERS.some((re) => re.test(spec.moduleId));

export class ClockLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => !movesClock(f)), ...sorted.filter(movesClock)];
  }
}
