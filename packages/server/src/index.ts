export { buildApp, type App, type AppOptions } from './app.ts';
export { readConfig, type ServerConfig } from './config.ts';
export { HttpProblem } from './errors.ts';
