import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AreaCollection, AreaProperties, Dwelling } from '@sentinel/contract';
import { BLOCK_PREFIX, gradientColour, mapGeometry, mapOption } from '../src/pages/map/map-option.ts';

const feature = (key: string, level: AreaProperties['level'] = 'building') => ({
  type: 'Feature' as const, id: key,
  properties: { level, key, name: key.split('/').pop() ?? key, neighborhood: 'N', community: 'C', building: null, houses: 2, openCases: 0, groupRentals: 1, center: [121.45, 31.3] as [number, number] },
  geometry: { type: 'Polygon' as const, coordinates: [[[121.45, 31.3], [121.451, 31.3], [121.451, 31.301], [121.45, 31.3]] as [number, number][]] },
});
const collection = (...keys: string[]): AreaCollection => ({ type: 'FeatureCollection', features: keys.map((k) => feature(k)) });

describe('battle map layers', () => {
  it('draws the base blocks first and never twice', () => {
    const geometry = mapGeometry(collection('N/C/1', 'N/C/2'), collection('N/C', 'N/C/1'));
    expect(geometry.features.map((f) => f.properties.key)).toEqual([`${BLOCK_PREFIX}N/C`, 'N/C/1', 'N/C/2']);
  });

  it('outlines the selected building and puts each dwelling as a point, escaping its address in the tooltip', () => {
    const hostile: Dwelling = { houseId: 'H1', unit: null, room: '101', address: '<img src=x onerror=alert(1)>', lon: 121.45, lat: 31.3, openCase: false, groupRental: true };
    const option = mapOption('m', collection('N/C/1', 'N/C/2'), 'groupRentals', undefined, null, { selectedKey: 'N/C/2', dwellings: [hostile] }) as {
      geo: { regions: { name: string; itemStyle: { borderColor: string; borderWidth: number } }[] };
      series: { data: { dwelling?: Dwelling }[] }[];
      tooltip: { formatter: (p: unknown) => string };
    };
    const outlined = option.geo.regions.filter((r) => r.itemStyle.borderWidth === 4).map((r) => r.name);
    expect(outlined).toEqual(['N/C/2']);
    const points = option.series[2].data;
    expect(points).toHaveLength(1);
    const tip = option.tooltip.formatter({ data: points[0] });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img');
    // A region's tooltip by its name (the geo component gives no data).
    expect(option.tooltip.formatter({ name: 'N/C/1' })).toContain('房屋 2 户');
  });

  it('colours along the gradient from the first stop to the last', () => {
    expect(gradientColour(['#000000', '#ffffff'], 0, 10)).toBe('#000000');
    expect(gradientColour(['#000000', '#ffffff'], 10, 10)).toBe('#ffffff');
    expect(gradientColour(['#000000', '#ffffff'], 5, 10)).toBe('#808080');
    fc.assert(fc.property(fc.double({ min: -5, max: 50, noNaN: true }), fc.integer({ min: 0, max: 40 }), (v, max) => {
      expect(gradientColour(['#fff7e6', '#ffa940', '#cf1322'], v, max)).toMatch(/^#[0-9a-f]{6}$/);
    }));
  });
});
