export * from './housing.ts';
export * from './offers.ts';
