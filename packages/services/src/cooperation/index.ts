export { recordCooperationRefusal, withdrawCooperationRefusal, MAX_REFUSAL_TEXT, type RecordCooperationRefusalInput } from './record-refusal.ts';
export { listCooperationRefusals, type ListCooperationRefusalsInput } from './list-refusals.ts';
export { listCooperationUnits } from './case-units.ts';
export type { CooperationRefusalView } from './refusal-view.ts';
