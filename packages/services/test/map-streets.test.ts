import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROAD_MARGIN_M, streetLines, streetOf } from '../src/map/streets.ts';

const M = (Math.PI / 180) * 6_371_008.8;

describe('roads of the offline base map', () => {
  it('reads the road from an address', () => {
    expect(streetOf('阳曲路445弄1号101室')).toBe('阳曲路');
    expect(streetOf('介休路 12号 3室')).toBe('介休路');
    expect(streetOf('共和新大道100号')).toBe('共和新大道');
    expect(streetOf('汾西小区3号楼')).toBeNull();
  });

  it('draws a road along its houses, beyond the first and last, clear of them', () => {
    // Houses in a row east–west at 31.30 N; another road's houses to the north.
    const row = [0, 1, 2, 3, 4].map((i) => ({ address: `阳曲路${i + 1}号`, lon: 121.45 + i * 0.0005, lat: 31.3 }));
    const north = [{ address: '介休路1号', lon: 121.451, lat: 31.302 }];
    const [jiexiu, yangqu] = streetLines([...row, ...north]);
    expect(jiexiu.name).toBe('介休路');
    expect(yangqu).toMatchObject({ name: '阳曲路', houses: 5 });
    const [a, b] = yangqu.line;
    const [west, east] = a[0] < b[0] ? [a, b] : [b, a];
    // Parallel to the row, longer than it, on the north side (towards 介休路).
    expect(Math.abs(west[1] - east[1]) * M).toBeLessThan(0.5);
    expect(west[0]).toBeLessThan(121.45);
    expect(east[0]).toBeGreaterThan(121.452);
    expect((west[1] - 31.3) * M).toBeCloseTo(ROAD_MARGIN_M, 0);
  });

  it('gives every road two finite points, whatever the houses', () => {
    const point = fc.record({
      address: fc.constantFrom('阳曲路1号', '介休路2号', '平型关路3号', '小区'),
      lon: fc.double({ min: 121.4, max: 121.5, noNaN: true }),
      lat: fc.double({ min: 31.2, max: 31.3, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(point, { maxLength: 30 }), (pts) => {
      const lines = streetLines(pts);
      const names = new Set(pts.map((p) => p.address).filter((a) => a !== '小区').map((a) => a.replace(/\d.*/, '')));
      expect(lines.map((l) => l.name).sort()).toEqual([...names].sort());
      for (const l of lines) {
        expect(l.line).toHaveLength(2);
        for (const p of l.line) expect(p.every(Number.isFinite)).toBe(true);
      }
    }));
  });
});
