export * from './types.ts';
export * from './stats.ts';
export * from './figures.ts';
export * from './ranking.ts';
export * from './compute.ts';
export * from './history.ts';
export * from './from-snapshot.ts';
export * from './content.ts';
