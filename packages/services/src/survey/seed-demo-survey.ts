// Demo data for 宣传摸底, so that `npm start` shows a campaign under way: the
// safety office starts one (30 days ago, 30 days to go) and the demo
// committee, grid worker and property company record a dozen visits through
// the real services. Deterministic (the list's order); runs once (skipped
// when a campaign exists). Demo mode only: start calls it where it creates
// the demo accounts.
import { findUserByUsername, type Database } from '@sentinel/db';
import { dayToIso, shanghaiDay, type DwellingUse, type SurveyOutcome } from '@sentinel/domain';
import type { SurveyVisitBody } from '@sentinel/contract';
import { storeAttachment, type AttachmentStorage } from '../attachments/store-attachment.ts';
import type { ServiceContext } from '../context.ts';
import { toCurrentUser } from '../users/current-user.ts';
import { createSurveyCampaign } from './campaigns.ts';
import { listSurveyTargets } from './progress.ts';
import { recordSurveyVisit } from './record-visit.ts';

/** A 1×1 JPEG: the stand-in for the photo of the served notice. */
export const DEMO_PHOTO = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'];
const GIVEN = ['建国', '秀英', '伟', '芳', '军', '敏', '海燕', '志强'];

interface Pattern { outcome: SurveyOutcome; use: DwellingUse | null; rooms?: [number, number]; occupants?: number; served: boolean; sublessor: boolean }
const PATTERNS: readonly Pattern[] = [
  { outcome: 'surveyed', use: 'by_room', rooms: [2, 4], occupants: 8, served: true, sublessor: true },
  { outcome: 'surveyed', use: 'whole_let', rooms: [2, 2], occupants: 3, served: true, sublessor: false },
  { outcome: 'not_rented', use: 'owner_occupied', served: false, sublessor: false },
  { outcome: 'no_access', use: null, served: false, sublessor: false },
  { outcome: 'surveyed', use: 'shared', rooms: [3, 3], occupants: 4, served: true, sublessor: false },
];

async function demoContext(db: Database, username: string, now: number): Promise<ServiceContext | null> {
  const row = await findUserByUsername(db, username);
  return row ? { db, user: toCurrentUser(row), now: () => now } : null;
}

export async function seedDemoSurvey(db: Database, storage: AttachmentStorage, now = Date.now()): Promise<void> {
  if ((await db.query('SELECT 1 FROM survey_campaigns LIMIT 1')).rows.length > 0) return;
  const [safety, committee, grid, property] = await Promise.all(['safety', 'committee', 'grid', 'property'].map((u) => demoContext(db, u, now)));
  if (!safety || !committee || !grid || !property) return;
  const today = shanghaiDay(now);
  const { id: campaignId } = await createSurveyCampaign({ ctx: safety, input: { name: '出租房屋宣传摸底（演示）', startDay: dayToIso(today - 30), endDay: dayToIso(today + 30), neighborhoods: [] } });
  const targets = (await listSurveyTargets({ ctx: committee, input: { campaignId } })).items;
  const ownCompound = new Set(property.user.jurisdiction.communities ?? []);
  for (const [i, t] of targets.slice(0, 12).entries()) {
    const p = PATTERNS[i % PATTERNS.length];
    // The property company visits its own compound's flats (owner and sublessor only); the grid worker every fourth.
    const ctx: ServiceContext = ownCompound.has(t.community) && i % 3 === 0 ? property : i % 4 === 3 ? grid : committee;
    const name = (k: number) => `${SURNAMES[(i + k) % SURNAMES.length]}${GIVEN[(i * 3 + k) % GIVEN.length]}`;
    const parties: SurveyVisitBody['parties'] = p.outcome === 'no_access' ? [] : [{ kind: 'owner', name: name(0), phone: `1380000${String(1000 + i).padStart(4, '0')}` }];
    if (p.sublessor && ctx !== grid) parties.push({ kind: 'sublessor', name: name(1), phone: `1390000${String(2000 + i).padStart(4, '0')}` });
    const photo = p.served ? (await storeAttachment({ ctx: committee, input: { houseId: t.houseId, bytes: DEMO_PHOTO, originalName: '告知书送达.jpg' }, storage })).id : null;
    await recordSurveyVisit({
      ctx, input: {
        campaignId, houseId: t.houseId, outcome: p.outcome, use: p.use, originalRooms: p.rooms?.[0] ?? null, currentRooms: p.rooms?.[1] ?? null,
        occupants: p.occupants ?? null, relapseWatch: i === 0, noticeServed: p.served, noticePhotoId: photo, parties,
        note: p.outcome === 'no_access' ? '敲门无人应答，已张贴告知书联系卡' : null,
      },
    });
  }
}
