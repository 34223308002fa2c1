export { buildApp, type App, type AppOptions } from './app.ts';
export { loadConfig, ConfigError, type Config } from './config/index.ts';
export { HttpProblem } from './errors.ts';
// The PDF writer's font comes from the configuration; the CLI sets it at boot.
export { configureCjkFont } from '@sentinel/documents';
