export * from './chinese-date.ts';
export * from './numbers.ts';
export * from './mask.ts';
