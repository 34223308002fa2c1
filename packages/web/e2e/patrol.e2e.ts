// 三级动态管理 on a phone (390 × 844): the grid worker opens this week's
// patrol plan (graded stock of its 居民区, items as cards), records a visit
// that found a group rental, and is told the dwelling is now red and why.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';

const baseUrl = inject('baseUrl');

describe('巡查计划 on a phone (grid worker)', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser({ width: 390, height: 844, mobile: true });
    page = await browser.context.newPage();
  });
  afterAll(async () => { await browser.close(); });

  it('shows the week\'s dwellings by grade and feeds a visit back into the grade', async () => {
    await signIn(page, baseUrl, 'grid');
    await page.goto(`${baseUrl}/patrol`);
    await page.getByTestId('graded').waitFor();
    const card = page.getByTestId('patrol-item').first();
    await card.waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const address = (await card.locator('.ant-card-head-title').innerText()).trim();
    await card.getByText('登记核查').click();
    const dialog = page.getByRole('dialog', { name: `上门核查 · ${address}` });
    await dialog.getByText('发现群租情形').click();
    await dialog.getByLabel('居住人数').fill('9');
    await dialog.getByLabel('情况说明').fill('隔出 5 间，住 9 人');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/patrol/visits') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '保存核查记录' }).click();
    expect((await saved).status()).toBe(201);
    await expect.poll(() => page.getByTestId('grade-explanation').innerText()).toMatch(/红色/);
  });
});
