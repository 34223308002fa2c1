// The battle map as a 居委会 member uses it: the breadcrumb starts at its own
// 居民区 (not 全街道); drilling to a building outlines it and shows each of
// its dwellings as a point; the list beside it gives room numbers; the base
// map (compounds and roads) comes from the district's own data, no internet.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { saveShot } from './shots.ts';

const baseUrl = inject('baseUrl');

describe('battle map (committee)', () => {
  let browser: OpenBrowser;
  let page: Page;
  const external: string[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    // Nothing but the server itself: the base map needs no internet.
    page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url()); });
    await signIn(page, baseUrl, 'committee');
  });
  afterAll(async () => { await browser.close(); });

  it('starts at the own 居民区, highlights a drilled building and shows its dwellings as points with room numbers', async () => {
    const jurisdiction = (await page.getByTestId('current-jurisdiction').innerText()).trim();
    const roads = page.waitForResponse((r) => r.url().includes('/api/map/streets'));
    await page.goto(`${baseUrl}/map`);
    expect((await page.getByTestId('map-root').innerText()).trim()).toBe(jurisdiction);
    const streets = await (await roads).json() as { items: { name: string; line: unknown[] }[] };
    expect(streets.items.length).toBeGreaterThan(0);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.locator('canvas').first().waitFor();
    for (const level of ['小区', '楼栋']) {
      await rows.first().click();
      await page.getByRole('columnheader', { name: level }).waitFor();
      await rows.first().waitFor();
    }
    const buildingName = (await rows.first().locator('td').first().innerText()).trim();
    await rows.first().click();
    const map = page.getByTestId('battle-map');
    await expect.poll(() => map.getAttribute('data-highlight')).toMatch(new RegExp(`/${buildingName.replace(/\s*号楼$/, '')}$`));
    await expect.poll(async () => Number(await map.getAttribute('data-points'))).toBeGreaterThan(0);
    const rooms = page.locator('.ant-table-tbody a[href^="/houses/"]');
    await rooms.first().waitFor();
    expect(Number(await map.getAttribute('data-points'))).toBe(await rooms.count());
    for (const text of await rooms.allInnerTexts()) expect(text.trim()).toMatch(/^(\S+ 单元 )?\S+ 室$/);
    await page.getByTestId('map-caption').getByText(/已选中/).waitFor();
    // The breadcrumb: 居民区 (own) → 小区 → 楼, with no 全街道 step.
    expect(await page.locator('.ant-breadcrumb').innerText()).not.toContain('全街道');
    await saveShot(page, 'map-building');
    expect(external).toEqual([]);
  });
});
