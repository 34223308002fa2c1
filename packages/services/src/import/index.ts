export { importDataset } from './import-dataset.ts';
export { recomputeDailyConsumption } from './recompute-consumption.ts';
export { FileImportFailed } from './import-file.ts';
export type * from './types.ts';
