export * from './grade.ts';
export * from './revisits.ts';
