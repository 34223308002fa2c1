// Demo data for 人员分类与房东信用, so that `npm start` shows it: in the demo
// committee's 居民区, one sublessor (二房东) behind five flats (registered five
// times with the same phone: one party), the owner of one of them, a rental
// company running two and a broker that placed tenants in two; two of the
// sublessor's flats go through the real loop to 已认定群租 so its credit record
// has entries. Through the real services; deterministic; runs once (skipped
// when a party exists). Demo mode only. The flats are taken below the top
// of today's whistle, so the top alerts stay free for the day's work.
import { findUserByUsername, type Database } from '@sentinel/db';
import type { NewRentalPartyBody } from '@sentinel/contract';
import { emptyChecklist, type AlertLevel } from '@sentinel/domain';
import { storeAttachment, type AttachmentStorage } from '../attachments/store-attachment.ts';
import { transitionCase } from '../cases/transition-case.ts';
import type { ServiceContext } from '../context.ts';
import { openCaseFromAlert } from '../intake/open-from-alert.ts';
import { toCurrentUser } from '../users/current-user.ts';
import { createRentalParty } from './register.ts';

/** A 1×1 JPEG: the stand-in for the site photo. */
const DEMO_PHOTO = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

async function demoContext(db: Database, username: string, now: number): Promise<ServiceContext | null> {
  const row = await findUserByUsername(db, username);
  return row ? { db, user: toCurrentUser(row), now: () => now } : null;
}

interface Flat { houseId: string; score: number | null; level: AlertLevel | null }

export async function seedDemoRentalParties(db: Database, storage: AttachmentStorage, now = Date.now()): Promise<void> {
  if ((await db.query('SELECT 1 FROM rental_parties LIMIT 1')).rows.length > 0) return;
  const [ops, committee, market] = await Promise.all(['ops', 'committee', 'market'].map((u) => demoContext(db, u, now)));
  if (!ops || !committee || !market) return;
  const { subdistrict, neighborhood } = committee.user.jurisdiction;
  // Flats of the committee's 居民区 without a case, by today's score from the 11th down (unscored ones last).
  const flats = (await db.query<Flat>(`
    WITH run AS (SELECT id FROM detection_runs WHERE status = 'succeeded' ORDER BY started_at DESC, id DESC LIMIT 1)
    SELECT h.house_id AS "houseId", a.score, a.level::text AS level
      FROM houses h LEFT JOIN alerts a ON a.house_id = h.house_id AND a.run_id = (SELECT id FROM run)
     WHERE h.subdistrict = $1 AND h.neighborhood = $2 AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.house_id = h.house_id)
     ORDER BY a.score DESC NULLS LAST, h.house_id OFFSET 10 LIMIT 9`, [subdistrict, neighborhood])).rows;
  if (flats.length < 9) return;
  const register = (ctx: ServiceContext, body: NewRentalPartyBody) => createRentalParty({ ctx, input: body });
  for (const [i, f] of flats.slice(0, 5).entries()) {
    await register(committee, { kind: 'person', name: '周建华', phone: '13912345678', idLast4: '2316', houseId: f.houseId, role: 'sublessor', fromDay: null, note: i === 0 ? '自称“公寓管家”，以个人名义整租后分隔转租' : null });
  }
  await register(committee, { kind: 'person', name: '王秀英', phone: '13800005555', houseId: flats[0].houseId, role: 'owner' });
  for (const f of flats.slice(5, 7)) {
    await register(committee, { kind: 'rental_company', name: '上海安居寓公寓管理有限公司', phone: '02155550000', creditCode: '91310106MA1FL2XK3N', houseId: f.houseId, role: 'operator' });
  }
  for (const f of [flats[1], flats[7]]) {
    await register(market, { kind: 'broker', name: '沪家房产经纪事务所', phone: '02166660000', creditCode: '92310106MA1H3C8D4P', houseId: f.houseId, role: 'broker' });
  }
  // Two of the sublessor's flats confirmed as group rentals: its credit record shows two entries.
  for (const f of flats.slice(0, 2)) {
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: f.houseId, score: f.score ?? 0.8, level: f.level ?? 'red', reasons: ['二房东名下多处房屋（演示）'] } });
    await transitionCase({ ctx: ops, input: { caseId, action: 'dispatch', evidence: {} } });
    await transitionCase({ ctx: committee, input: { caseId, action: 'accept_dispatch', evidence: {} } });
    const photo = (await storeAttachment({ ctx: committee, input: { houseId: f.houseId, bytes: DEMO_PHOTO, originalName: '现场照片.jpg' }, storage })).id;
    await transitionCase({
      ctx: committee, input: {
        caseId, action: 'confirm',
        evidence: { checklist: { ...emptyChecklist(), partitioned: true, originalRooms: 2, occupants: 8, buildingAreaM2: 60 }, photoIds: [photo] },
      },
    });
  }
}
