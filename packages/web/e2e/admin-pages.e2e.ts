// The administrator's 工作日历 and 文书模板 pages, at desk size and on a phone
// (390 × 844): a day of the calendar is marked 放假 with its reason (the grid,
// the list of changes and the audit log show it) and restored to the official
// calendar; a template's title is edited (next version), a bad placeholder is
// refused with its place named, and the default is restored — so the shared
// demo server ends as it began.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { expectPhoneLayout, PHONE_HEIGHT, PHONE_WIDTH } from './phone-layout.ts';
import { saveShot } from './shots.ts';

const baseUrl = inject('baseUrl');
// A past weekday of the demo year: changing it moves no deadline another test computes.
const DAY = '2026-03-03';
// The template no other browser test issues a document from.
const KIND = 'rental_filing_notice';
const TITLE = '租赁房屋备案登记告知书（e2e 修订）';

async function openFromMenu(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: title }).click();
}

describe('admin pages (desktop)', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await signIn(page, baseUrl, 'admin');
  });
  afterAll(async () => { await browser.close(); });

  it('工作日历 shows the official holidays and edits a day (放假 with a reason, audited), then restores it', async () => {
    await page.goto(`${baseUrl}/calendar`);
    await page.getByTestId('calendar-summary').waitFor();
    expect((await page.getByTestId('calendar-year').innerText()).trim()).toBe('2026 年');
    // 国庆节 from the official calendar: a weekday off, and the 调休 Saturday worked.
    expect(await page.getByTestId('day-2026-10-01').getAttribute('data-working')).toBe('false');
    expect(await page.getByTestId('day-2026-10-01').innerText()).toContain('休');
    expect(await page.getByTestId('day-2026-10-10').getAttribute('data-working')).toBe('true');
    expect(await page.getByTestId('day-2026-10-10').innerText()).toContain('班');
    await saveShot(page, 'calendar');

    const cell = page.getByTestId(`day-${DAY}`);
    expect(await cell.getAttribute('data-working')).toBe('true');
    await cell.click();
    const dialog = page.getByRole('dialog', { name: `调整 ${DAY}（周二）` });
    await dialog.getByText('放假', { exact: true }).click();
    // The reason is required.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写调整原因').waitFor();
    const reason = `e2e 区里统一安排 ${Date.now()}`;
    await dialog.getByLabel('原因').fill(reason);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/admin/calendar/days/${DAY}`) && r.request().method() === 'PUT');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    expect((await saved).status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => cell.getAttribute('data-working')).toBe('false');
    const change = page.getByTestId('calendar-changes').locator('.ant-list-item', { hasText: DAY });
    await change.getByText(`原因：${reason}`).waitFor();

    // The server keeps it: a reload shows the same.
    await page.reload();
    expect(await page.getByTestId(`day-${DAY}`).getAttribute('data-working')).toBe('false');

    // The audit log names the change.
    await openFromMenu(page, '审计日志');
    await page.getByTestId('audit-table').locator('tbody tr.ant-table-row', { hasText: '调整工作日历（单日）' }).filter({ hasText: DAY }).first().waitFor();

    // 恢复官方日历: back to an ordinary working Tuesday.
    await openFromMenu(page, '工作日历');
    await page.getByTestId('calendar-changes').locator('.ant-list-item', { hasText: DAY }).getByRole('button', { name: /修\s*改/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复官方日历' }).click();
    await expect.poll(() => page.getByTestId(`day-${DAY}`).getAttribute('data-working')).toBe('true');
    expect(await page.getByTestId('calendar-changes').locator('.ant-list-item', { hasText: DAY }).count()).toBe(0);
  });

  it('文书模板 lists the five documents, edits one (next version), refuses a bad placeholder, and restores the default', async () => {
    await openFromMenu(page, '文书模板');
    const list = page.getByTestId('template-list');
    await list.locator('.ant-list-item').nth(4).waitFor();
    expect(await list.locator('.ant-list-item').count()).toBe(5);
    const item = page.getByTestId(`template-${KIND}`);
    await item.getByText('系统默认').waitFor();
    const version = Number((await item.getByText(/^第 \d+ 版$/).innerText()).replace(/\D/g, ''));
    await saveShot(page, 'templates');

    await item.getByRole('button', { name: /编\s*辑/ }).click();
    const drawer = page.getByRole('dialog', { name: /编辑模板：租赁房屋备案登记告知书/ });
    await drawer.getByText(/可用字段/).click();
    await drawer.getByTestId('template-fields').getByText('{{filingPlace}}').waitFor();
    await drawer.getByLabel('标题', { exact: true }).fill(TITLE);
    // A placeholder the document does not know is refused, naming where it is.
    const firstParagraph = drawer.getByLabel(/^第 1 段 · 段落/);
    const original = await firstParagraph.inputValue();
    await firstParagraph.fill(`${original}{{adress}}`);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByTestId('template-error').getByText(/\$\.blocks\[0\]\.text/).waitFor();
    await firstParagraph.fill(original);
    await saveShot(page, 'template-editor');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/admin/templates/${KIND}`) && r.request().method() === 'PUT');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    expect((await saved).status()).toBe(200);
    await drawer.waitFor({ state: 'hidden' });
    await item.getByText('已修改').waitFor();
    await item.getByText(`第 ${version + 1} 版`).waitFor();
    await item.getByText(`标题「${TITLE}」`, { exact: false }).waitFor();

    await item.getByRole('button', { name: '恢复默认' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /恢\s*复/ }).click();
    await item.getByText('系统默认').waitFor();
    await item.getByText(`第 ${version} 版`).waitFor();
  });
});

describe('admin pages (phone 390 × 844)', () => {
  let browser: OpenBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser({ width: PHONE_WIDTH, height: PHONE_HEIGHT, mobile: true });
    page = await browser.context.newPage();
    await signIn(page, baseUrl, 'admin');
  });
  afterAll(async () => { await browser.close(); });

  it('工作日历 fits the phone: month grids ≥ 300 px, no sideways scrolling, the edit dialog inside the screen', async () => {
    await page.goto(`${baseUrl}/calendar`);
    await page.getByTestId('calendar-summary').waitFor();
    await expectPhoneLayout(page, '[data-testid="calendar-month"]');
    await saveShot(page, 'phone-calendar');
    await page.getByTestId(`day-${DAY}`).click();
    const dialog = page.getByRole('dialog', { name: `调整 ${DAY}（周二）` });
    await dialog.getByLabel('原因').waitFor();
    // Measured once the dialog's zoom-in animation has ended (it grows from a point).
    const content = dialog.locator('.ant-modal-content');
    await expect.poll(async () => (await content.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(300);
    const box = await content.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? PHONE_WIDTH + 1)).toBeLessThanOrEqual(PHONE_WIDTH);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('文书模板 fits the phone: one card per document ≥ 300 px, the editor full width', async () => {
    await page.goto(`${baseUrl}/templates`);
    await page.getByTestId('template-list').locator('.ant-list-item').nth(4).waitFor();
    await expectPhoneLayout(page, '[data-testid="template-list"] .ant-list-item');
    await saveShot(page, 'phone-templates');
    await page.getByTestId(`template-${KIND}`).getByRole('button', { name: /编\s*辑/ }).click();
    const drawer = page.getByRole('dialog', { name: /编辑模板/ });
    await drawer.getByLabel('标题', { exact: true }).waitFor();
    const panel = page.locator('.ant-drawer-content-wrapper');
    await expect.poll(async () => (await panel.boundingBox())?.x ?? -1).toBe(0);
    expect((await panel.boundingBox())?.width).toBe(PHONE_WIDTH);
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await drawer.waitFor({ state: 'hidden' });
  });
});
