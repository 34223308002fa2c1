// The main pages against the real server: today's whistles turn into a case
// in one click; the map drills down from the district to one dwelling, whose
// file shows the consumption charts and the whistle's score history; the
// house list scrolls through the whole register; each page is screenshot
// into docs/screenshots/ for the README.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { saveShot } from './shots.ts';

const baseUrl = inject('baseUrl');

const shot = saveShot;

describe('cockpit pages (ops centre)', () => {
  let browser: OpenBrowser;
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    // The server's Content-Security-Policy (issue #13) must not block anything the cockpit does.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text()}`);
    });
    await signIn(page, baseUrl, 'ops');
  });
  afterAll(async () => { await browser.close(); });

  it('overview shows the district figures and the per-neighbourhood chart', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByText('辖区房屋').waitFor();
    await page.getByTestId('today-whistles').getByText('今日红色预警').waitFor();
    await page.locator('canvas').first().waitFor();
    await shot(page, 'overview');
  });

  it('alerts page lists today\'s whistles and opens a case from one in one click; the case is on the board', async () => {
    await page.goto(`${baseUrl}/alerts`);
    await page.getByTestId('alert-run').getByText(/检测日期 \d{4}-\d{2}-\d{2}/).waitFor();
    const openButton = page.getByRole('button', { name: /立\s*案/ });
    const row = page.getByRole('grid', { name: '预警列表' }).getByRole('row').filter({ has: openButton }).first();
    await row.getByRole('button', { name: /立\s*案/ }).waitFor();
    expect(Number((await page.getByTestId('alert-total').innerText()).replace(/[^\d]/g, ''))).toBeGreaterThan(0);
    await shot(page, 'alerts');
    const houseHref = await row.locator('a[href^="/houses/"]').getAttribute('href');
    // From here on the row is the one of that house: "the first row with 立案" moves once the case is open.
    const houseRow = page.getByRole('row').filter({ has: page.locator(`a[href="${houseHref}"]`) });
    await houseRow.getByRole('button', { name: /立\s*案/ }).click();
    // 立案 asks first; the dialog names the house.
    const confirm = page.getByTestId('intake-confirm');
    await confirm.waitFor();
    const address = (await houseRow.locator('a[href^="/houses/"]').innerText()).trim();
    await confirm.getByText(address).waitFor();
    const intake = page.waitForResponse((r) => r.url().endsWith('/api/intake/alerts') && r.request().method() === 'POST');
    await page.getByRole('dialog').getByRole('button', { name: /^立\s*案$/ }).click();
    const answer = await intake;
    expect(answer.status(), await answer.text()).toBe(200);
    const caseLink = page.getByRole('row').filter({ has: page.locator(`a[href="${houseHref}"]`) }).getByTestId('alert-case-link');
    await caseLink.waitFor();
    // The link shows the official case number (〔YYYY〕), never the internal id.
    const caseNumber = (await caseLink.innerText()).trim();
    expect(caseNumber).toMatch(/〔\d{4}〕\d{4}号$/);
    await page.goto(`${baseUrl}/cases`);
    await page.getByRole('link', { name: `案件 ${caseNumber}，`, exact: false }).first().waitFor();
    // The house file now shows the whistle at the top and its score history.
    await page.goto(`${baseUrl}${houseHref}`);
    await page.getByTestId('house-whistle').waitFor();
    await page.getByRole('img', { name: /历次检测的群租概率/ }).locator('canvas').waitFor();
    // The door-access card: the figures the whistle's access reasons quote, or why there are none (a compound outside the pilot).
    await page.getByTestId('house-access').getByText(/不同登记凭证|本小区未接入门禁数据/).first().waitFor();
  });

  it('battle map drills down neighbourhood → compound → building → dwelling → house file', async () => {
    await page.goto(`${baseUrl}/map`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.locator('canvas').first().waitFor();
    await rows.first().waitFor();
    await shot(page, 'map');
    for (const level of ['小区', '楼栋']) {
      await rows.first().click();
      await page.getByRole('columnheader', { name: level }).waitFor();
      await rows.first().waitFor();
    }
    await rows.first().click();
    const houseLink = page.locator('.ant-table-tbody a[href^="/houses/"]').first();
    await houseLink.waitFor();
    // The list shows room numbers (not ids); the link leads to the house file.
    expect((await houseLink.innerText()).trim()).toMatch(/\d+ 室$/);
    const houseId = decodeURIComponent((await houseLink.getAttribute('href') ?? '').replace('/houses/', ''));
    await houseLink.click();
    await page.getByText(`一户一档`).first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/houses/${houseId}`);
    await page.getByRole('img', { name: /用水每日用量/ }).locator('canvas').waitFor();
    await shot(page, 'house-file');
  });

  it('house list scrolls the whole register in a virtual list and opens a house with the keyboard', async () => {
    await page.goto(`${baseUrl}/houses`);
    const total = page.getByTestId('house-total');
    await page.getByRole('row').nth(1).getByRole('gridcell').first().waitFor();
    const count = Number((await total.innerText()).replace(/[^\d]/g, ''));
    expect(count).toBeGreaterThan(0);
    // Only a window of rows is in the DOM, however long the list.
    expect(await page.getByRole('row').count()).toBeLessThan(60);
    await shot(page, 'houses');
    const body = page.getByTestId('virtual-body');
    await body.focus();
    await page.keyboard.press('End');
    await page.getByRole('row', { selected: true }).getByRole('gridcell').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/houses\/.+/);
  });

  it('case board shows the open cases by what comes next', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByText('待派单').first().waitFor();
    await page.getByText('核查中').first().waitFor();
    await shot(page, 'cases');
  });

  it('bulletin page shows the period\'s figures and ranking; a case\'s rectification notice prints as PDF', async () => {
    await page.goto(`${baseUrl}/bulletins`);
    const figures = page.getByTestId('bulletin-figures');
    await figures.getByText('处置率').waitFor();
    for (const label of ['可视率', '回潮率', '发现→整改', '12345 群租投诉']) await figures.getByText(label).waitFor();
    await page.getByTestId('bulletin-ranking').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await shot(page, 'bulletins');
    // 出具 takes the 文号 once; the print link then opens a new tab with the kept PDF, the same number every time.
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('case-card').first().click();
    const row = page.getByTestId('document-rectification_notice');
    const issued = page.waitForResponse((r) => r.url().endsWith('/documents/rectification_notice') && r.request().method() === 'POST');
    await row.getByRole('button', { name: '出具限期整改告知书' }).click();
    await page.getByRole('button', { name: '出具', exact: true }).click();
    const number = (await (await issued).json()).documentNumber as string;
    expect(number).toMatch(/第\d{4}号/);
    await row.getByText(number, { exact: false }).waitFor();
    const print = row.getByRole('link', { name: '限期整改告知书 打印（PDF）' });
    expect(await print.getAttribute('href')).toMatch(/\/documents\/rectification_notice\.pdf$/);
    const popup = page.waitForEvent('popup');
    const answer = page.waitForResponse((r) => r.url().endsWith('/documents/rectification_notice.pdf'));
    await print.click();
    const [tab, res] = await Promise.all([popup, answer]);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect(decodeURIComponent(res.headers()['x-document-number'] ?? '')).toBe(number);
    await tab.close();
  });

  it('a refusal to cooperate recorded on a case deducts on the 考核 tab, and is withdrawn there', async () => {
    await page.goto(`${baseUrl}/cases`);
    await page.getByTestId('case-card').first().click();
    const card = page.getByTestId('case-refusals');
    await card.getByRole('button', { name: '记录拒不配合' }).click();
    const dialog = page.getByRole('dialog', { name: '记录拒不配合' });
    await dialog.getByRole('combobox', { name: '拒不配合的单位' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '居委会' }).first().click();
    const note = `e2e 拒绝提供房东联系方式 ${Date.now()}`;
    await dialog.getByLabel('拒不配合的内容').fill(note);
    await dialog.getByRole('button', { name: '保存记录' }).click();
    await card.getByText(note).waitFor();

    await page.goto(`${baseUrl}/bulletins`);
    await page.getByRole('tab', { name: '考核' }).click();
    const refusals = page.getByTestId('assessment-refusals');
    const row = refusals.locator('tr', { hasText: note });
    await row.getByText('扣分').waitFor();
    await page.getByTestId('assessment-units').getByText('居委会').first().waitFor();
    await row.getByRole('button', { name: '撤销' }).click();
    const confirm = page.getByRole('dialog', { name: '撤销拒不配合记录' });
    await confirm.getByLabel('撤销理由').fill('经复核系误记');
    await confirm.getByRole('button', { name: '撤销' }).click();
    await row.getByText('已撤销').waitFor();
    await row.getByText(/撤销：经复核系误记/).waitFor();
  });

  it('import page lists the batches of the demo import', async () => {
    await page.goto(`${baseUrl}/imports`);
    await page.getByText('houses.csv').first().waitFor();
    await shot(page, 'imports');
  });

  it('raised no script error and no Content-Security-Policy violation on any page', async () => {
    const res = await page.request.get(`${baseUrl}/`);
    expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(pageErrors).toEqual([]);
  });
});
