export * from './enums.ts';
export * from './time.ts';
export * from './columns.ts';
