export * from './kinds.ts';
export * from './credit-rules.ts';
export * from './credit-record.ts';
