export * from './schema/index.ts';
export * from './session.ts';
export * from './client.ts';
export * from './copy-text.ts';
export { MIGRATIONS_FOLDER } from './migrations.ts';
export * from './repositories/index.ts';
