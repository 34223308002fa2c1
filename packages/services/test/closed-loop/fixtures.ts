// A small register for the closed-loop tests: one subdistrict with two
// neighbourhoods (own and other jurisdiction), and helpers to build the
// acting users, a movable clock, and uploaded photos.
import type { Database } from '@sentinel/db';
import { emptyChecklist, isDistrictRole, type ChecklistAnswers, type Role } from '@sentinel/domain';
import { tempDir } from '../../../../test/temp-dir.ts';
import { committeeUnitName, storeAttachment, type CurrentUser, type ServiceContext } from '../../src/index.ts';

export const SUB = '临汾路街道';
/** The district (区) of SUB, and another one holding no subdistrict of this register. */
export const DISTRICT = '静安区';
export const OTHER_DISTRICT = '宝山区';
export const OWN = { neighborhood: '汾西居民区', community: '汾西小区' };
export const OTHER = { neighborhood: '阳曲居民区', community: '阳曲小区' };

/** Houses H1..Hn in the own neighbourhood, X1..Xn in the other. */
export async function seedHouses(db: Database, perNeighbourhood = 40): Promise<void> {
  await db.exec(`
    INSERT INTO import_batches (table_name, file, sha256, size_bytes, status) VALUES ('houses', 'houses.csv', 'test', 0, 'imported');
    INSERT INTO districts (name) VALUES ('${DISTRICT}'), ('${OTHER_DISTRICT}');
    INSERT INTO subdistricts (name, district_id) SELECT '${SUB}', id FROM districts WHERE name = '${DISTRICT}';
    INSERT INTO neighbourhoods (subdistrict_id, name) SELECT id, n FROM subdistricts, unnest(ARRAY['${OWN.neighborhood}', '${OTHER.neighborhood}']) n;
    INSERT INTO communities (neighbourhood_id, name) SELECT id, CASE name WHEN '${OWN.neighborhood}' THEN '${OWN.community}' ELSE '${OTHER.community}' END FROM neighbourhoods;
    INSERT INTO buildings (community_id, name) SELECT id, '12号' FROM communities;`);
  const rows: string[] = [];
  for (const [prefix, place, road] of [['H', OWN, '汾西路261弄'], ['X', OTHER, '阳曲路100弄']] as const) {
    for (let i = 1; i <= perNeighbourhood; i++) {
      const room = String(100 + i);
      rows.push(`('${prefix}${i}', (SELECT b.id FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.name = '${place.community}'),
        '${SUB}', '${place.neighborhood}', '${place.community}', '12号', NULL, '${room}', '${road}12号${room}室', 60, 2, 3, (SELECT max(id) FROM import_batches), ${i + 1})`);
    }
  }
  await db.exec(`INSERT INTO houses (house_id, building_id, subdistrict, neighborhood, community, building, unit, room, address, area_m2, bedrooms, registered_residents, import_batch_id, source_line) VALUES ${rows.join(',\n')};`);
}

export function userOf(role: Role, scope: 'whole' | 'own' | 'other' = 'own', id = `u-${role}-${scope}`): CurrentUser {
  if (isDistrictRole(role)) {
    // A district user: 'own' is SUB's district, 'other' a district without SUB.
    const other = scope === 'other';
    return {
      id, username: id, displayName: id, role, unitName: `${other ? OTHER_DISTRICT : DISTRICT}${role}`,
      jurisdiction: { subdistrict: null, neighborhood: null, communities: null, district: other ? OTHER_DISTRICT : DISTRICT, districtSubdistricts: other ? [] : [SUB] },
    };
  }
  const place = scope === 'other' ? OTHER : OWN;
  const neighbourhoodLevel = role === 'committee' || role === 'grid_worker' || role === 'property';
  const whole = scope === 'whole' || !neighbourhoodLevel;
  return {
    id, username: id, displayName: id, role,
    unitName: role === 'committee' || role === 'grid_worker' ? committeeUnitName(place.neighborhood) : role === 'property' ? `${place.community}物业` : `${SUB}${role}`,
    jurisdiction: whole && role !== 'property'
      ? { subdistrict: scope === 'other' ? '其他街道' : SUB, neighborhood: null, communities: null }
      : { subdistrict: SUB, neighborhood: place.neighborhood, communities: role === 'property' ? [place.community] : null },
  };
}

export interface Clock { now: () => number; set(iso: string): void; advanceDays(days: number): void }

export function clockAt(iso: string): Clock {
  let t = Date.parse(iso);
  return { now: () => t, set(v) { t = Date.parse(v); }, advanceDays(d) { t += d * 86_400_000; } };
}

export function ctxFor(db: Database, clock: Clock, role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext {
  return { db, user: userOf(role, scope), now: clock.now };
}

export const JPEG = (seed: string): Uint8Array => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from(`photo ${seed}`)]);

/** An attachments folder, removed when the test (or, from a beforeAll, the test file) ends. */
export async function photoDir(): Promise<string> {
  return tempDir('sentinel-att-');
}

export async function uploadPhoto(ctx: ServiceContext, dir: string, houseId: string, seed: string): Promise<string> {
  return (await storeAttachment({ ctx, input: { houseId, bytes: JPEG(seed) }, storage: { dir } })).id;
}

/** A checklist proving a group rental: 9 people in a 2-room flat, partitioned. */
export function groupRentalChecklist(): ChecklistAnswers {
  return { ...emptyChecklist(), partitioned: true, originalRooms: 2, occupants: 9, buildingAreaM2: 60 };
}

/** A fully answered checklist of a family flat. */
export function clearChecklist(): ChecklistAnswers {
  return {
    dormitory: false, partitioned: false, letByBed: false,
    nonLivingSpacesLet: { kitchen: false, bathroom: false, balcony: false, storage: false },
    originalRooms: 2, occupants: 3, legalDependants: true, livingAreaM2: 40, buildingAreaM2: 60,
  };
}
