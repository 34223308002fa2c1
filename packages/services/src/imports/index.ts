export { importStatus, listImportBatches, getImportBatch, listRejectedRows } from './import-status.ts';
