export { createRentalParty, linkRentalParty } from './register.ts';
export { getRentalPartyFile, listRentalParties, rentalPartiesOfHouse, revealRentalParty } from './read.ts';
export { exportCreditRecord, CREDIT_RECORD_COLUMNS } from './credit-export.ts';
export { seedDemoRentalParties } from './seed-demo.ts';
