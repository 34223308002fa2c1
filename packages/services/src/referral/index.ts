export { listReferralHousing, createReferralHousing, updateReferralHousingEntry } from './housing.ts';
export { listCaseReferrals, recordCaseReferral, recordReferralOutcome } from './case-referrals.ts';
export { getReferralFigures } from './figures.ts';
export { seedDemoReferral } from './seed-demo-referral.ts';
