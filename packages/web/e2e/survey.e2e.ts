// 宣传摸底 and 疏堵结合 in Chromium against the demo data `sentinel start`
// seeds (the e2e server seeds the same through seedDemoWork): the safety
// office sees the demo campaign's progress and downloads the master list
// (read back with exceljs: official columns); the referral housing lists its
// beds and the bulletin carries the referral figures; a committee member on
// a phone (390 px) opens a pending dwelling, records the visit with the
// notice photo, and finds it surveyed.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { photoFile } from './photo.ts';
import { signIn } from './session.ts';

const baseUrl = inject('baseUrl');

async function pick(page: Page, label: string, option: string): Promise<void> {
  // The combobox, not getByLabel: antd puts the aria-label on both the select and its input.
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('宣传摸底 (desktop, safety office)', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => { await browser.close(); });

  it('shows progress per 居民区 and downloads the master list in the official columns', async () => {
    await signIn(page, baseUrl, 'safety');
    await page.goto(`${baseUrl}/survey`);
    const byNeighborhood = page.getByTestId('progress-by-neighborhood');
    await byNeighborhood.waitFor();
    await expect.poll(() => byNeighborhood.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await byNeighborhood.locator('tbody tr').last().innerText()).toContain('合计');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出总表/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^出租房屋和群租房屋总表-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['序号', '居民区', '小区', '房屋地址']);
    expect(headers).toEqual(expect.arrayContaining(['业主', '转租人（二房东）', '已送达告知书', '是否分隔']));
    expect(ws.rowCount).toBeGreaterThan(1);
  });

  it('lists the referral housing with its beds', async () => {
    await page.goto(`${baseUrl}/referral-housing`);
    await page.getByTestId('referral-housing').getByText('沪太路公租房').waitFor();
    expect(Number(await page.getByTestId('beds-free').innerText())).toBeGreaterThan(0);
  });

  it('the bulletin reports the 疏堵结合 figures (cleared tenants offered and placed)', async () => {
    await page.goto(`${baseUrl}/bulletins`);
    await expect.poll(() => page.getByTestId('bulletin-referral').innerText()).toMatch(/疏堵结合：推荐疏导房源 \d+ 人（\d+ 起案件），已入住 \d+ 人/);
  });
});

describe('摸排走访 on a phone (390 × 844, committee)', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser({ width: 390, height: 844, mobile: true });
    page = await browser.context.newPage();
  });
  afterAll(async () => { await browser.close(); });

  it('records a visit with the notice photo; the dwelling is then surveyed', async () => {
    await signIn(page, baseUrl, 'committee');
    await page.goto(`${baseUrl}/survey`);
    await pick(page, '摸排情况', '待走访');
    const card = page.getByTestId('survey-target').first();
    await card.waitFor();
    const box = await card.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const address = (await card.locator('.ant-card-head-title').innerText()).trim();
    await card.getByRole('link', { name: '走访登记' }).click();
    await page.getByText(`摸排走访 · ${address}`).waitFor();

    await page.getByText('已摸排（出租）').click();
    await pick(page, '房屋使用情况', '按间出租');
    await page.getByLabel('原始房间数').fill('2');
    await page.getByLabel('现有房间数').fill('4');
    await page.getByLabel('居住人数').fill('7');
    await page.getByRole('button', { name: '添加人员' }).click();
    await page.getByLabel('姓名').fill('周建华');
    await page.getByLabel('电话').fill('13812340000');
    await page.getByLabel('已送达告知书').click();
    await page.getByTestId('notice-photo-input').setInputFiles(photoFile('notice.png'));
    await page.getByTestId('notice-photo-done').waitFor();
    const saved = page.waitForResponse((r) => r.url().includes('/visits') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存走访记录' }).click();
    expect((await saved).status()).toBe(201);
    await page.waitForURL(`${baseUrl}/survey`);

    await pick(page, '摸排情况', '已摸排');
    await page.getByTestId('survey-targets').getByText(address).waitFor();
  });
});
