#!/usr/bin/env node
// The `sentinel` command. It runs the compiled JavaScript (packages/*/dist,
// built by build/compile.js; `npm start` builds it when missing or stale)
// while that still matches the TypeScript sources; otherwise (a fresh clone,
// an edit since the last build) it runs the sources through tsx's loader, so
// there is never a build step between edit and run in development.
// SENTINEL_FROM_SOURCE=1 forces the sources.
import { compiledIsFresh } from '../build/fingerprint.js';

let main;
if (process.env.SENTINEL_FROM_SOURCE !== '1' && compiledIsFresh()) {
  ({ main } = await import('../dist/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
