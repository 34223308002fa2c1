#!/usr/bin/env node
// The `sentinel` command. The workspaces ship TypeScript sources; tsx's loader
// compiles them on the fly so there is no build step between edit and run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
