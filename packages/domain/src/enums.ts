// Every enum of the data contract (docs/data-formats.md), declared once.
// Other packages import these; never re-declare the literals elsewhere.

/** The dataset's tables, one file (or folder of files) each. */
export const TABLE_NAMES = ['houses', 'meters', 'readings', 'access_events', 'complaints', 'inspections'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** An import batch's life: running, then imported, unchanged (same checksum) or failed. */
export const IMPORT_BATCH_STATUSES = ['running', 'imported', 'unchanged', 'failed'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];

export const METER_KINDS = ['water', 'electricity', 'gas'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

export const METER_UNITS = ['m3', 'kWh'] as const;
export type MeterUnit = (typeof METER_UNITS)[number];

export const ACCESS_METHODS = ['card', 'face', 'app', 'password'] as const;
export type AccessMethod = (typeof ACCESS_METHODS)[number];

export const COMPLAINT_CHANNELS = ['12345', 'patrol', 'resident', 'property', 'police', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const INSPECTION_RESULTS = ['confirmed', 'not_confirmed', 'no_access'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** Three-colour grading (红黄绿). */
export const ALERT_LEVELS = ['red', 'yellow', 'green'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export const ALERT_LEVEL_LABELS: Record<AlertLevel, string> = { red: '红色', yellow: '黄色', green: '绿色' };

/** Complaint category that means "group rental" (群租). */
export const GROUP_RENTAL_CATEGORY = '群租';
