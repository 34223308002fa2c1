// PostgreSQL enum types. The literals come from @sentinel/domain (declared once
// there); the import-batch vocabulary belongs to the database and is declared
// here once.
import { pgEnum } from 'drizzle-orm/pg-core';
import {
  ACCESS_METHODS, COMPLAINT_CHANNELS, IMPORT_BATCH_STATUSES, INSPECTION_RESULTS, METER_KINDS, METER_UNITS, TABLE_NAMES, type ImportBatchStatus,
} from '@sentinel/domain';

export const meterKind = pgEnum('meter_kind', METER_KINDS);
export const meterUnit = pgEnum('meter_unit', METER_UNITS);
export const accessMethod = pgEnum('access_method', ACCESS_METHODS);
export const complaintChannel = pgEnum('complaint_channel', COMPLAINT_CHANNELS);
export const inspectionResult = pgEnum('inspection_result', INSPECTION_RESULTS);
export const datasetTable = pgEnum('dataset_table', TABLE_NAMES);

/**
 * running: only ever visible inside its own transaction (a killed import leaves none);
 * imported: rows were added or changed; unchanged: the file (same sha256) or all its
 * rows were already there; failed: rolled back, recorded afterwards with the error.
 */
export { IMPORT_BATCH_STATUSES, type ImportBatchStatus };
export const importBatchStatus = pgEnum('import_batch_status', IMPORT_BATCH_STATUSES);
