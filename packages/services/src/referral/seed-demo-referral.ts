// Demo data for 疏堵结合, so that `npm start` shows it: the ops centre's
// referral housing (the Jing'an report's figures: public rental projects with
// about 200 beds, 414 dormitory beds coming) and, on the first two cases of
// the demo committee's 居民区 (when the demo has cases), the tenants offered
// a bed. Through the real services; deterministic; runs once. Demo mode only.
import { findUserByUsername, type Database } from '@sentinel/db';
import type { ReferralHousingBody } from '@sentinel/contract';
import type { ServiceContext } from '../context.ts';
import { toCurrentUser } from '../users/current-user.ts';
import { recordCaseReferral } from './case-referrals.ts';
import { createReferralHousing } from './housing.ts';

const FRONT_LINE = '市容环卫、公共交通、快递、家政、保洁等公共服务类行业一线职工';
const EMPLOYER_ROUTE = '由用人单位向区住房保障中心提交申请（附劳动合同、在职证明）';

const PROJECTS: readonly ReferralHousingBody[] = [
  { name: '沪太路公租房', kind: 'public_rental', address: '沪太路（演示）', bedsTotal: 120, bedsAvailable: 86, monthlyRentPerBed: 800, eligibility: FRONT_LINE, applicant: 'employer', applicationRoute: EMPLOYER_ROUTE, active: true },
  { name: '场中路公租房', kind: 'public_rental', address: '场中路（演示）', bedsTotal: 80, bedsAvailable: 40, monthlyRentPerBed: 900, eligibility: FRONT_LINE, applicant: 'employer', applicationRoute: EMPLOYER_ROUTE, active: true },
  { name: '宿舍型租赁住房（年底交付）', kind: 'dormitory', address: '待定（演示）', bedsTotal: 414, bedsAvailable: 0, monthlyRentPerBed: null, eligibility: FRONT_LINE, applicant: 'employer', applicationRoute: '交付后开放申请', active: false },
];

async function demoContext(db: Database, username: string, now: number): Promise<ServiceContext | null> {
  const row = await findUserByUsername(db, username);
  return row ? { db, user: toCurrentUser(row), now: () => now } : null;
}

export async function seedDemoReferral(db: Database, now = Date.now()): Promise<void> {
  if ((await db.query('SELECT 1 FROM referral_housing LIMIT 1')).rows.length > 0) return;
  const [ops, committee] = await Promise.all([demoContext(db, 'ops', now), demoContext(db, 'committee', now)]);
  if (!ops || !committee) return;
  const created = [];
  for (const p of PROJECTS) created.push(await createReferralHousing({ ctx: ops, input: p }));
  const { subdistrict, neighborhood } = committee.user.jurisdiction;
  const cases = await db.query<{ id: string }>(
    'SELECT c.id FROM cases c JOIN houses h ON h.house_id = c.house_id WHERE h.subdistrict = $1 AND h.neighborhood = $2 ORDER BY c.opened_at, c.id LIMIT 2',
    [subdistrict, neighborhood]);
  const offers = [
    { employer: '某外卖配送站', offered: 6, placed: 4, declined: 1 },
    { employer: '某保洁服务公司', offered: 3, placed: 1, declined: 0 },
  ];
  for (const [i, c] of cases.rows.entries()) {
    await recordCaseReferral({ ctx: committee, input: { caseId: c.id, housingId: created[i % 2].id, ...offers[i], note: '由用人单位统一申请' } });
  }
}
