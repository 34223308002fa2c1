// A register of three subdistricts in two districts, for the district-level
// tests: 静安区 holds 临汾路街道 (houses A1..A3) and 芷江西路街道 (B1..B3),
// 宝山区 holds 大场镇 (C1..C3). Each subdistrict has one neighbourhood and one
// compound, located (lat/lon) so the maps have something to draw; one
// detection run rates every house.
import type { Database } from '@sentinel/db';

export interface PlaceOf { district: string; subdistrict: string; neighborhood: string; community: string; prefix: string; lat: number; lon: number }

export const PLACES: readonly PlaceOf[] = [
  { district: '静安区', subdistrict: '临汾路街道', neighborhood: '汾西居民区', community: '汾西小区', prefix: 'A', lat: 31.305, lon: 121.452 },
  { district: '静安区', subdistrict: '芷江西路街道', neighborhood: '普善居民区', community: '普善小区', prefix: 'B', lat: 31.255, lon: 121.455 },
  { district: '宝山区', subdistrict: '大场镇', neighborhood: '场中居民区', community: '场中小区', prefix: 'C', lat: 31.315, lon: 121.412 },
];
export const HOUSES_PER_SUBDISTRICT = 3;
export const RUN_ID = 'run_district_test';

export const housesOf = (subdistrict: string): string[] => {
  const p = PLACES.find((x) => x.subdistrict === subdistrict);
  return p ? Array.from({ length: HOUSES_PER_SUBDISTRICT }, (_, i) => `${p.prefix}${i + 1}`) : [];
};

const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export async function seedDistrictRegister(db: Database): Promise<void> {
  const statements = ["INSERT INTO import_batches (table_name, file, sha256, size_bytes, status) VALUES ('houses', 'houses.csv', 'district-test', 0, 'imported');"];
  for (const d of new Set(PLACES.map((p) => p.district))) statements.push(`INSERT INTO districts (name) VALUES (${q(d)});`);
  for (const p of PLACES) {
    statements.push(`
      INSERT INTO subdistricts (name, district_id) SELECT ${q(p.subdistrict)}, id FROM districts WHERE name = ${q(p.district)};
      INSERT INTO neighbourhoods (subdistrict_id, name) SELECT id, ${q(p.neighborhood)} FROM subdistricts WHERE name = ${q(p.subdistrict)};
      INSERT INTO communities (neighbourhood_id, name) SELECT n.id, ${q(p.community)} FROM neighbourhoods n JOIN subdistricts s ON s.id = n.subdistrict_id WHERE s.name = ${q(p.subdistrict)};
      INSERT INTO buildings (community_id, name) SELECT id, '1号' FROM communities WHERE name = ${q(p.community)};`);
    for (let i = 1; i <= HOUSES_PER_SUBDISTRICT; i++) {
      statements.push(`
        INSERT INTO houses (house_id, building_id, subdistrict, neighborhood, community, building, unit, room, address, area_m2, bedrooms, registered_residents, lat, lon, import_batch_id, source_line)
        VALUES ('${p.prefix}${i}', (SELECT id FROM buildings WHERE community_id = (SELECT id FROM communities WHERE name = ${q(p.community)})),
          ${q(p.subdistrict)}, ${q(p.neighborhood)}, ${q(p.community)}, '1号', NULL, '${100 + i}', ${q(`${p.community}1号${100 + i}室`)}, 60, 2, 2,
          ${p.lat + i * 0.0002}, ${p.lon + i * 0.0002}, (SELECT max(id) FROM import_batches), ${i + 1});`);
    }
  }
  statements.push(`
    INSERT INTO detection_runs (id, started_at, finished_at, as_of_day, model_version, params, status, triggered_by, duration_ms)
      VALUES ('${RUN_ID}', '2026-03-01T20:00:00Z', '2026-03-01T20:01:00Z', '2026-03-01', 'test', '{}', 'succeeded', 'system', 60000);`);
  let rank = 0;
  for (const p of PLACES) {
    for (let i = 1; i <= HOUSES_PER_SUBDISTRICT; i++) {
      const level = i === 1 ? 'red' : i === 2 ? 'yellow' : 'green';
      statements.push(`INSERT INTO alerts (run_id, house_id, rank, score, level, reasons) VALUES ('${RUN_ID}', '${p.prefix}${i}', ${++rank}, ${level === 'red' ? 0.9 : level === 'yellow' ? 0.5 : 0.1}, '${level}', ARRAY['用水异常']);`);
    }
  }
  await db.exec(statements.join('\n'));
}
