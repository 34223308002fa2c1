// @sentinel/server/config: the one configuration (no Fastify imported here,
// so light commands like `sentinel detect` can load it cheaply).
export { SETTINGS } from './settings.ts';
export { loadConfig, ConfigError, type Config } from './load.ts';
export { attachmentsDir, databaseOptions, minuteOfDay, retentionTerms, secureCookies, webhookSettings, type WebhookSettings } from './derived.ts';
export { expectedForm } from './parse.ts';
