export * from './errors.ts';
export * from './official-calendar.ts';
export * from './overrides.ts';
export * from './working-days.ts';
export * from './year-view.ts';
