import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    // Integration suites open real databases; give them room on a 2-core
    // machine shared with other work (a fresh PGlite with every migration took
    // 40 s at a load average of 28). Tests wait on conditions, so a long
    // bound only matters when something hangs.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
