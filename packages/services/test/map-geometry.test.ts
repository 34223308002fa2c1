import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferedHull, centroid, convexHull, ringContains, type LonLat } from '../src/map/geometry.ts';
import { buildAreas, type HousePoint } from '../src/map/features.ts';

// Points around Shanghai's Jing'an district, where the pilot subdistrict lies.
const lonLat = fc.tuple(fc.double({ min: 121.44, max: 121.46, noNaN: true }), fc.double({ min: 31.29, max: 31.31, noNaN: true }));

describe('convex hull', () => {
  it('keeps the corners of a square and drops the inside point', () => {
    const hull = convexHull([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([0.5, 0.5]);
  });

  it('contains every input point (property)', () => {
    fc.assert(fc.property(fc.array(lonLat, { minLength: 1, maxLength: 40 }), (points) => {
      const ring = bufferedHull(points as LonLat[], 10);
      expect(ring).not.toBeNull();
      for (const p of points) expect(ringContains(ring ?? [], p as LonLat)).toBe(true);
    }));
  });
});

describe('buffered hull', () => {
  it('gives a closed polygon for a single house, about 2 × buffer across', () => {
    const ring = bufferedHull([[121.45, 31.3]], 20);
    expect(ring).not.toBeNull();
    const r = ring ?? [];
    expect(r[0]).toEqual(r[r.length - 1]);
    const lats = r.map((p) => p[1]);
    const metres = (Math.max(...lats) - Math.min(...lats)) * 111_195;
    expect(metres).toBeGreaterThan(35);
    expect(metres).toBeLessThan(41);
  });

  it('returns null without points, and the centroid is the mean', () => {
    expect(bufferedHull([], 10)).toBeNull();
    expect(centroid([[1, 1], [3, 3]])).toEqual([2, 2]);
  });
});

describe('areas of the battle map', () => {
  const house = (id: string, neighborhood: string, community: string, building: string, lon: number, lat: number, flags: Partial<HousePoint> = {}): HousePoint =>
    ({ houseId: id, neighborhood, community, building, unit: null, room: '101', address: `${community}${building}号101室`, lon, lat, openCase: false, groupRental: false, ...flags });
  const houses = [
    house('H1', '汾西居民区', '汾西小区', '1', 121.450, 31.300, { groupRental: true, openCase: true }),
    house('H2', '汾西居民区', '汾西小区', '2', 121.451, 31.300),
    house('H3', '汾西居民区', '闻喜小区', '1', 121.453, 31.301, { openCase: true }),
    house('H4', '临汾居民区', '临汾小区', '5', 121.440, 31.290),
  ];

  it('groups by neighbourhood with counts and a polygon around each house', () => {
    const areas = buildAreas('neighborhood', houses);
    expect(areas.features.map((f) => f.properties.name)).toEqual(['临汾居民区', '汾西居民区']);
    const fenxi = areas.features[1];
    expect(fenxi.properties).toMatchObject({ houses: 3, openCases: 2, groupRentals: 1, community: null });
    for (const h of houses.slice(0, 3)) expect(ringContains(fenxi.geometry.coordinates[0], [h.lon, h.lat])).toBe(true);
  });

  it('keys compounds and buildings by their full path, so equal names in different parents stay apart', () => {
    const buildings = buildAreas('building', houses);
    expect(buildings.features.map((f) => f.id)).toEqual(['临汾居民区/临汾小区/5', '汾西居民区/汾西小区/1', '汾西居民区/汾西小区/2', '汾西居民区/闻喜小区/1']);
    expect(buildings.features[1].properties).toMatchObject({ name: '1', community: '汾西小区', building: '1' });
  });
});
