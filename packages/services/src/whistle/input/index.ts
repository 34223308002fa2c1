// Building a DetectionInput: the parts both paths share (files in
// `sentinel detect --data`, the database in runDetection). Imports no database
// code, so the file path can load it alone (`@sentinel/services/detection-input`).
export { DEFAULT_HISTORY_DAYS, endOfDayMs, historyStartDay } from './day-axis.ts';
export { houseFactsOf, indexHouses, type HouseRecord } from './house-facts.ts';
export { complaintFacts, type ComplaintRecord } from './complaint-facts.ts';
export { inspectionFacts, withCaseOutcomes, type InspectionRecord } from './inspection-facts.ts';
export { mergeAccess, type AccessPart } from './access-columns.ts';
export { houseMatricesFromMeterDays, type HouseMatrices, type StoredMeterDaily } from './house-matrices.ts';
