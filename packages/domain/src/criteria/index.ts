export * from './criteria.ts';
export * from './checklist.ts';
export * from './capacity.ts';
export * from './evaluate.ts';
export * from './questions.ts';
