// Daily work (issue #12 items 1-3) as people do it: a case dispatched to the
// committee shows in its 我的待办 with a count on the menu entry, and a case
// dispatched while the committee is signed in raises the count and an
// in-app notice.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { freeCommitteeHouse, openAndDispatch } from './flows.ts';
import { signIn } from './session.ts';

const baseUrl = inject('baseUrl');

const badgeCount = async (page: Page): Promise<number> => Number(await page.getByTestId('todo-badge').getAttribute('data-count'));

describe('我的待办', () => {
  let browser: OpenBrowser;
  beforeAll(async () => { browser = await openBrowser(); });
  afterAll(async () => { await browser.close(); });

  it('a dispatched case appears in the assignee\'s 待办 with a badge; a new one raises a notice', async () => {
    const page = await browser.context.newPage();
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);
    const caseId = decodeURIComponent(new URL(caseUrl).pathname.split('/').pop() ?? '');

    await signIn(page, baseUrl, 'committee');
    await page.getByTestId('todo-badge').waitFor();
    const before = await badgeCount(page);
    expect(before).toBeGreaterThanOrEqual(1);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /我的待办/ }).click();
    const item = page.getByTestId('todo-awaiting').locator(`[data-case-id="${caseId}"]`);
    await item.waitFor();
    expect(await item.innerText()).toContain('签收核查');
    await item.getByRole('link').click();
    await page.waitForURL(caseUrl);

    // Another case reaches the committee while it is signed in: the count rises and a notice says so.
    const ops = await openBrowser();
    try {
      const opsPage = await ops.context.newPage();
      const other = await freeCommitteeHouse(opsPage, baseUrl);
      await openAndDispatch(opsPage, baseUrl, other);
    } finally {
      await ops.close();
    }
    // The poll runs every minute and when the window regains focus: come back to the window.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('.ant-notification-notice', { hasText: '新的待办' }).waitFor();
    await expect.poll(() => badgeCount(page), { timeout: 30_000 }).toBeGreaterThan(before);
    await page.close();
  });
});
