// The alert list as the operations centre uses it every day: search by
// address, all reasons on demand, probabilities that never claim 100 %,
// whole people, 立案 only after a confirmation whose toast quotes the official
// case number, batch 立案 of selected rows, and 立案 from an alerted house's file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';

const baseUrl = inject('baseUrl');
/** The official number: the subdistrict's prefix, 〔year〕 and a serial (岚汾群租〔2026〕0003号). */
const CASE_NUMBER = /\S*〔\d{4}〕\d+号/;

describe('alerts: search, reasons, honest figures, confirmed 立案', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await signIn(page, baseUrl, 'ops');
  });
  afterAll(async () => { await browser.close(); });

  const grid = () => page.getByRole('grid', { name: '预警列表' });
  const openable = () => grid().getByRole('row').filter({ has: page.getByRole('button', { name: /立\s*案/ }) });

  it('finds a house by part of its address, shows every reason, no "100.0%" and whole people', async () => {
    await page.goto(`${baseUrl}/alerts`);
    // Wait on the row's house link: its first cell (the batch checkbox) is empty
    // for a house that already has a case, as other files' tests leave some.
    await grid().getByRole('row').nth(1).locator('a[href^="/houses/"]').waitFor();
    const text = await grid().innerText();
    expect(text).not.toMatch(/100(\.0)?%/);
    expect(text).not.toMatch(/\d+\.\d+%/);
    expect(text).toMatch(/约 \d+ 人/);
    expect(text).not.toMatch(/约 \d+\.\d/);
    await page.getByTestId('probability-note').getByText('>99%').waitFor();

    const address = (await grid().getByRole('row').nth(3).locator('a[href^="/houses/"]').innerText()).trim();
    await page.getByLabel('搜索地址').fill(address.replace(/(\d+)/, ' $1 '));
    await expect.poll(() => page.getByTestId('alert-total').innerText()).toContain('地址匹配 1 户');
    await grid().getByRole('row').nth(1).locator('a[href^="/houses/"]').getByText(address).waitFor();
    await page.getByLabel('搜索地址').fill('');

    // The reasons of a row open in full, each on its own line.
    await grid().getByRole('row').nth(1).getByRole('button', { name: /展开全部 \d+ 条预警原因/ }).click();
    const reasons = page.locator('.ant-popover').getByTestId('alert-reasons');
    await reasons.waitFor();
    expect(await reasons.locator('li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  it('立案 asks for confirmation and the toast quotes the case number', async () => {
    const row = openable().first();
    const houseHref = await row.locator('a[href^="/houses/"]').getAttribute('href');
    await row.getByRole('button', { name: /立\s*案/ }).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('intake-confirm') });
    await dialog.waitFor();
    // Cancelling opens nothing.
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await grid().getByRole('row').filter({ has: page.locator(`a[href="${houseHref}"]`) }).getByTestId('alert-case-link').count()).toBe(0);

    await grid().getByRole('row').filter({ has: page.locator(`a[href="${houseHref}"]`) }).getByRole('button', { name: /立\s*案/ }).click();
    await page.getByTestId('intake-confirm').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /^立\s*案$/ }).click();
    const toast = page.locator('.ant-message').getByText(/已立案，案件编号/);
    await toast.waitFor();
    expect(await toast.innerText()).toMatch(CASE_NUMBER);
    const link = grid().getByRole('row').filter({ has: page.locator(`a[href="${houseHref}"]`) }).getByTestId('alert-case-link');
    expect((await link.innerText()).trim()).toMatch(CASE_NUMBER);
  });

  it('batch 立案 of selected rows after one confirmation', async () => {
    await page.goto(`${baseUrl}/alerts`);
    await openable().first().waitFor();
    const hrefs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const row = openable().nth(i);
      hrefs.push((await row.locator('a[href^="/houses/"]').getAttribute('href')) ?? '');
      await row.getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: '批量立案（3）' }).click();
    const confirm = page.getByTestId('batch-intake-confirm');
    await confirm.waitFor();
    expect(await confirm.locator('li').count()).toBe(3);
    await page.getByRole('dialog').getByRole('button', { name: '立案 3 户' }).click();
    const result = page.getByTestId('batch-intake-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toMatch(new RegExp(`新立案 3 件：${CASE_NUMBER.source}`));
    for (const href of hrefs) {
      await grid().getByRole('row').filter({ has: page.locator(`a[href="${href}"]`) }).getByTestId('alert-case-link').waitFor();
    }
  });

  it('立案 from the house file of an alerted house', async () => {
    await page.goto(`${baseUrl}/alerts`);
    const href = await openable().first().locator('a[href^="/houses/"]').getAttribute('href');
    await page.goto(`${baseUrl}${href}`);
    await page.getByTestId('house-whistle').waitFor();
    await page.getByTestId('house-intake').click();
    await page.getByTestId('intake-confirm').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /^立\s*案$/ }).click();
    await page.waitForURL(/\/cases\/.+/);
    await page.getByTestId('case-state').waitFor();
    // Back on the house file, the case is open: no second 立案.
    await page.goto(`${baseUrl}${href}`);
    await page.getByTestId('house-whistle').waitFor();
    await page.getByRole('tab', { name: /案件（[1-9]\d*）/ }).waitFor();
    expect(await page.getByTestId('house-intake').count()).toBe(0);
  });
});
