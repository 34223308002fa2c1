// Browser tests of the cockpit: `npx vitest run --config packages/web/e2e/vitest.config.ts`.
// One real server for the whole run (global-setup.ts), files one after
// another (2-core machines; one Chromium at a time).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { ClockLastSequencer } from './sequencer.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../../../', import.meta.url)),
  test: {
    include: ['packages/web/e2e/**/*.e2e.ts'],
    globalSetup: ['packages/web/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    sequence: { sequencer: ClockLastSequencer },
  },
});
