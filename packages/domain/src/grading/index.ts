export * from './grade.ts';
export * from './revisits.ts';
export * from './patrol.ts';
