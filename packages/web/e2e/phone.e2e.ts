// The cockpit on a phone (390 × 844), as a 居委会 member in the field: the
// menu is an overlay drawer that never squeezes the page, the header's parts
// do not overlap, the inspection and task pages are cards at least 300 px
// wide, alerts are cards too, and any open case of the unit's list opens
// offline (cached when the app starts) — a case not kept says 当前离线, not 服务器错误.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { freeCommitteeHouse, openAndDispatch } from './flows.ts';
import { REPO_ROOT } from './server.ts';
import { boxes, expectPhoneLayout, PHONE_WIDTH as WIDTH } from './phone-layout.ts';

const baseUrl = inject('baseUrl');
const SHOTS = path.join(REPO_ROOT, 'docs/screenshots');

describe('phone (390 × 844)', () => {
  let browser: OpenBrowser;
  let page: Page;
  let caseId = '';
  beforeAll(async () => {
    browser = await openBrowser({ width: WIDTH, height: 844, mobile: true });
    page = await browser.context.newPage();
  });
  afterAll(async () => { await browser.close(); });

  it('a case is dispatched to the committee (on the phone)', async () => {
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);
    caseId = decodeURIComponent(caseUrl.split('/cases/')[1]);
    await signIn(page, baseUrl, 'committee');
  });

  it('menu is an overlay drawer; the case, inspection and task pages are cards ≥ 300 px with nothing overlapping', async () => {
    await page.goto(`${baseUrl}/cases/${encodeURIComponent(caseId)}`);
    await page.getByTestId('case-state').waitFor();
    const back = await boxes(page, 'main.ant-layout-content');
    await page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = page.getByRole('navigation', { name: '主导航' });
    await drawer.waitFor();
    // Over the page, not beside it: the content keeps its width.
    expect((await boxes(page, 'main.ant-layout-content'))[0].width).toBe(back[0].width);
    await drawer.getByRole('menuitem', { name: /案件/ }).click();
    await page.waitForURL(`${baseUrl}/cases`);
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
    await page.getByTestId('case-card').first().waitFor();
    await expectPhoneLayout(page, '[data-testid="case-card"]');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'phone-cases.png') });

    await page.goto(`${baseUrl}/inspect/${encodeURIComponent(caseId)}`);
    await page.getByText(/上门核查 ·/).waitFor();
    await expectPhoneLayout(page, 'main .ant-card');
    // The back link is not covered by anything.
    const link = page.getByRole('link', { name: '← 返回案件' });
    const covered = await link.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = el.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit === null || !el.contains(hit);
    });
    expect(covered).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'phone-inspect.png') });
  });

  it('alerts are cards with whole reasons on a phone', async () => {
    await page.goto(`${baseUrl}/alerts`);
    await page.getByTestId('alert-card').first().waitFor();
    expect(await page.getByRole('grid', { name: '预警列表' }).count()).toBe(0);
    await expectPhoneLayout(page, '[data-testid="alert-card"]');
    await page.screenshot({ path: path.join(SHOTS, 'phone-alerts.png') });
  });

  it('opens a case of my list offline though it was never opened, and says 当前离线 for one not kept', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('case-card').first().waitFor();
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    // The app keeps the unit's open cases and the case pages' code when it starts.
    const url = `/api/cases/${encodeURIComponent(caseId)}`;
    await page.waitForFunction(`caches.open('sentinel-v1-api').then((c) => c.match(${JSON.stringify(url)})).then((r) => r !== undefined)`, undefined, { timeout: 120_000 });
    await page.waitForFunction(`caches.open('sentinel-v1-assets').then(async (c) => {
      const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/assets/'));
      return urls.length > 0 && (await Promise.all(urls.map((u) => c.match(u)))).every((r) => r !== undefined);
    })`, undefined, { timeout: 120_000, polling: 500 });

    await browser.context.setOffline(true);
    try {
      await page.goto(`${baseUrl}/cases/${encodeURIComponent(caseId)}`);
      await page.getByTestId('case-state').waitFor();
      await page.goto(`${baseUrl}/inspect/${encodeURIComponent(caseId)}`);
      await page.getByText(/上门核查 ·/).waitFor();
      await page.getByTestId('network-state').getByText(/离线/).waitFor();
      await page.goto(`${baseUrl}/cases/no-such-case-kept`);
      await page.getByText('当前离线').first().waitFor();
      expect(await page.getByText('服务器错误').count()).toBe(0);
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('forgets the cached session and cases on sign-out (a shared phone)', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('case-card').first().waitFor();
    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    const url = `/api/cases/${encodeURIComponent(caseId)}`;
    expect(await page.evaluate(`caches.open('sentinel-v1-api').then((c) => c.match(${JSON.stringify(url)})).then((r) => r !== undefined)`)).toBe(false);
  });
});
