// The demo's work in progress beside its accounts: a 宣传摸底 campaign under
// way, about 40 cases over every state of the loop (cases/seed-demo-cases.ts), landlords and sublessors with their credit records (two cases
// confirmed on the sublessor's flats), and the referral housing with the
// tenants offered a bed on the committee's first cases. One call for
// `sentinel start` (demo mode) and the browser tests' server, so both show
// the same thing. Each seed runs once.
import type { Database } from '@sentinel/db';
import type { AttachmentStorage } from './attachments/store-attachment.ts';
import { seedDemoCases } from './cases/seed-demo-cases.ts';
import { seedDemoReferral } from './referral/seed-demo-referral.ts';
import { seedDemoRentalParties } from './rental-parties/seed-demo.ts';
import { seedDemoSurvey } from './survey/seed-demo-survey.ts';

export async function seedDemoWork(db: Database, storage: AttachmentStorage, now = Date.now()): Promise<void> {
  await seedDemoSurvey(db, storage, now);
  // First of the case seeds: it runs only while the district has no case at all.
  await seedDemoCases(db, storage, now);
  // Before the referral seed: it offers beds on the cases this one opens.
  await seedDemoRentalParties(db, storage, now);
  await seedDemoReferral(db, now);
}
