import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitViewport, outsideChina, tilesOf, tileUrl, toPixel, wgs84ToGcj02 } from '../src/pages/map/coords.ts';

describe('WGS-84 → GCJ-02', () => {
  // Reference values computed with gcoord 1.0 (transform WGS84 → GCJ02).
  const REFERENCE: [[number, number], [number, number]][] = [
    [[121.4474766, 31.2992644], [121.45207991307922, 31.297413802130997]],
    [[116.3912757, 39.906217], [116.39751670534572, 39.907618208506655]],
    [[121.5, 31.23], [121.5044312067093, 31.227980958252257]],
    [[113.95, 22.54], [113.9548856401996, 22.536997555991583]],
  ];

  it('matches an independent implementation to 1e-9 degrees', () => {
    for (const [wgs, gcj] of REFERENCE) {
      const [lon, lat] = wgs84ToGcj02(wgs[0], wgs[1]);
      expect(lon).toBeCloseTo(gcj[0], 9);
      expect(lat).toBeCloseTo(gcj[1], 9);
    }
  });

  it('leaves points outside China alone and shifts Shanghai by a few hundred metres', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    fc.assert(fc.property(fc.double({ min: 121.2, max: 121.7, noNaN: true }), fc.double({ min: 31.0, max: 31.5, noNaN: true }), (lon, lat) => {
      expect(outsideChina(lon, lat)).toBe(false);
      const [glon, glat] = wgs84ToGcj02(lon, lat);
      const metres = Math.hypot((glon - lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (glat - lat) * 110_574);
      expect(metres).toBeGreaterThan(300);
      expect(metres).toBeLessThan(700);
    }));
  });
});

describe('Web Mercator tiles', () => {
  it('puts (0, 0) at the centre of the world and Shanghai in the expected zoom-10 tile', () => {
    expect(toPixel(0, 0, 0)).toEqual([128, 128]);
    const [x, y] = toPixel(121.47, 31.23, 10);
    expect([Math.floor(x / 256), Math.floor(y / 256)]).toEqual([857, 418]);
  });

  it('fits a district into the box and covers the box with tiles', () => {
    const v = fitViewport({ minLon: 121.44, minLat: 31.29, maxLon: 121.46, maxLat: 31.31 }, 800, 600);
    expect(v.z).toBeGreaterThanOrEqual(13);
    const tiles = tilesOf(v);
    const covered = tiles.reduce((s) => s + 256 * 256, 0);
    expect(covered).toBeGreaterThanOrEqual(800 * 600);
    for (const t of tiles) {
      expect(t.left).toBeGreaterThan(-256);
      expect(t.top).toBeGreaterThan(-256);
    }
    expect(tileUrl('https://t/{z}/{x}/{y}.png', tiles[0])).toBe(`https://t/${v.z}/${tiles[0].x}/${tiles[0].y}.png`);
  });
});

describe('dwellings spread at their building', async () => {
  const { spreadPoints, SPREAD_STEP_M } = await import('../src/pages/map/spread.ts');
  const M = (Math.PI / 180) * 6_371_008.8;
  it('gives each dwelling of a shared point its own spot, a few metres apart, around that point', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 121, max: 122, noNaN: true }), fc.double({ min: 30, max: 32, noNaN: true }), (n, lon, lat) => {
      const out = spreadPoints(Array.from({ length: n }, (_, i) => ({ id: i, lon, lat })));
      expect(out).toHaveLength(n);
      const spots = new Set(out.map((p) => `${p.lon.toFixed(9)}:${p.lat.toFixed(9)}`));
      expect(spots.size).toBe(n);
      const reach = Math.ceil(Math.sqrt(n)) * SPREAD_STEP_M;
      for (const p of out) {
        expect(Math.abs(p.lat - lat) * M).toBeLessThanOrEqual(reach);
        expect(Math.abs(p.lon - lon) * M * Math.cos((lat * Math.PI) / 180)).toBeLessThanOrEqual(reach);
      }
    }));
  });
});
