export * from './enums.ts';
export * from './time.ts';
