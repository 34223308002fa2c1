import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AreaCollection, AreaProperties } from '@sentinel/contract';
import { mapOption } from '../src/pages/map/map-option.ts';
import { escapeHtml } from '../src/pages/map/tooltip.ts';

// Regression for issue #13: an imported 居民区/小区/楼栋 name ran as HTML in
// the battle map's tooltip (ECharts renders the formatter's string as HTML).
const HOSTILE = '<img src=x onerror="alert(document.cookie)">';

function area(name: string): AreaProperties {
  return { level: 'neighborhood', key: name, name, neighborhood: name, community: null, building: null, houses: 3, openCases: 1, groupRentals: 2, center: [121.45, 31.3] };
}

function tooltipOf(name: string, risk?: ReadonlyMap<string, number>): string {
  const areas: AreaCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: name, properties: area(name), geometry: { type: 'Polygon', coordinates: [] } }] };
  const option = mapOption('m', areas, 'houses', undefined, risk ?? null) as { tooltip: { formatter: (p: unknown) => string }; series: { data: unknown[] }[] };
  return option.tooltip.formatter({ data: option.series[0].data[0] });
}

/** The tags a browser would build from the string (an HTML parser stand-in: any `<` starting a tag). */
function tagsIn(html: string): string[] {
  return [...html.matchAll(/<\s*([a-z!/][^\s>/]*)/gi)].map((m) => m[1].toLowerCase());
}

describe('battle map tooltip', () => {
  it('shows a hostile imported name as text, not as an element', () => {
    const html = tooltipOf(HOSTILE, new Map([[HOSTILE, 4]]));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(document.cookie)&quot;&gt;');
    expect(tagsIn(html)).toEqual(['b', '/b', 'br', 'br', 'br', 'br']);
    expect(html).toContain('红色预警 4');
  });

  it('builds only its own tags whatever the name (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (name) => {
      expect(tagsIn(tooltipOf(name))).toEqual(['b', '/b', 'br', 'br', 'br']);
    }));
  });

  it('escapes every HTML-special character and round-trips through entity decoding', () => {
    const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    fc.assert(fc.property(fc.string(), (s) => {
      const e = escapeHtml(s);
      expect(e).not.toMatch(/[<>"']/);
      expect(decode(e)).toBe(s);
    }));
  });
});
