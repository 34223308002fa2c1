export { DAY_FLAGS } from './flags.ts';
export type { DayFlagName } from './flags.ts';
export type { MeterDaily, MeterFacts, ReadingErrorFlag } from './types.ts';
export { KIND_LIMITS, SOFT_MULTIPLIER, MIN_HOUSE_DAY_COVERAGE } from './limits.ts';
export type { KindLimits } from './limits.ts';
export { meterDailyConsumption } from './meter-daily.ts';
export { buildDailyMatrices } from './matrices.ts';
export type { DailyMatrices, DailyMatricesArgs, MeterReadingError } from './matrices.ts';
export { HouseMatrixBuilder, type MeterDayRun, type HouseMatrices } from './house-sum.ts';
