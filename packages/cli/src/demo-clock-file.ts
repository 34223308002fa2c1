// Where the demo clock's offset lives between starts: a small file beside the
// embedded database of the demo district (the database and the steps recorded
// at the demo's time go together; deleting the folder resets both).
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDemoClock, type DemoClock } from '@sentinel/services';

export const DEMO_CLOCK_FILE = '.sentinel-demo-clock.json';

export async function openDemoClock(dataDir: string): Promise<DemoClock> {
  const file = path.join(dataDir, DEMO_CLOCK_FILE);
  let offsetDays = 0;
  if (existsSync(file)) {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { offsetDays?: unknown };
    if (!Number.isInteger(parsed.offsetDays) || (parsed.offsetDays as number) < 0) {
      throw new Error(`${file}：offsetDays 应为不小于 0 的整数，收到 ${JSON.stringify(parsed.offsetDays)}`);
    }
    offsetDays = parsed.offsetDays as number;
  }
  return createDemoClock({
    real: Date.now,
    offsetDays,
    // Written whole then renamed, so a crash never leaves half a file.
    save: async (days) => {
      await writeFile(`${file}.tmp`, `${JSON.stringify({ offsetDays: days })}\n`);
      await rename(`${file}.tmp`, file);
    },
  });
}
