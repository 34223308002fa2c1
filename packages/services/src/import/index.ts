export { importDataset } from './import-dataset.ts';
export { recomputeDailyConsumption } from './recompute-consumption.ts';
export type * from './types.ts';
