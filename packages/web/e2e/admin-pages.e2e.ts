// The administrator's 工作日历 and 文书模板 pages, at desk size and on a phone
// (390 × 844): a day of the calendar is marked 放假 with its reason (the grid,
// the list of changes and the audit log show it) and restored to the official
// calendar, so the shared demo server ends as it began.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { expectPhoneLayout, PHONE_HEIGHT, PHONE_WIDTH } from './phone-layout.ts';
import { saveShot } from './shots.ts';

const baseUrl = inject('baseUrl');
// A past weekday of the demo year: changing it moves no deadline another test computes.
const DAY = '2026-03-03';

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
});
