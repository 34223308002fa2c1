export * from './targets.ts';
export * from './visit.ts';
export * from './progress.ts';
export * from './campaign.ts';
