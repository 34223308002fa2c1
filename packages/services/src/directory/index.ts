export { listOrgUnitsFor, createOrgUnit, updateOrgUnitFor, listOrgUnitMembers, listDirectoryPlaces, unitCovers } from './units.ts';
export { checkedAssignee } from './assignee-check.ts';
export { batchDispatch, MAX_BATCH_DISPATCH, type BatchDispatchInput } from './batch-dispatch.ts';
