// Daily work (issue #12 items 1-3) as people do it: a case dispatched to the
// committee shows in its 我的待办 with a count on the menu entry, and a case
// dispatched while the committee is signed in raises the count and an
// in-app notice; five alerts opened and dispatched in one confirmed action;
// the audit log filtered by a house.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { freeCommitteeHouse, openAndDispatch } from './flows.ts';
import { signIn } from './session.ts';

const baseUrl = inject('baseUrl');

const badgeCount = async (page: Page): Promise<number> => Number(await page.getByTestId('todo-badge').getAttribute('data-count'));

describe('我的待办', () => {
  let browser: OpenBrowser;
  let viewedHouse = '';
  beforeAll(async () => { browser = await openBrowser(); });
  afterAll(async () => { await browser.close(); });

  it('a dispatched case appears in the assignee\'s 待办 with a badge; a new one raises a notice', async () => {
    const page = await browser.context.newPage();
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);
    viewedHouse = houseId; // the operations centre opened its file: personal_data.view in the audit log
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
    await page.evaluate("window.dispatchEvent(new Event('focus'))");
    await page.locator('.ant-notification-notice', { hasText: '新的待办' }).waitFor();
    await expect.poll(() => badgeCount(page), { timeout: 30_000 }).toBeGreaterThan(before);
    await page.close();
  });

  it('batch dispatch: five alerts selected, one confirmation, five cases dispatched to their committees', async () => {
    const fresh = await openBrowser(); // a context of its own: the first test left the committee signed in
    const page = await fresh.context.newPage();
    await signIn(page, baseUrl, 'ops');
    await page.goto(`${baseUrl}/alerts`);
    const boxes = page.getByRole('checkbox', { name: /^选择 / });
    await boxes.first().waitFor();
    for (let i = 0; i < 5; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: '批量立案并派单（5）' }).click();
    const dialog = page.getByRole('dialog', { name: /批量派单：共 5 条/ });
    await dialog.waitFor();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/cases/dispatch-batch'));
    await dialog.getByRole('button', { name: '确认派单' }).click();
    const body = await (await answer).json() as { dispatched: number; items: { assigneeUnit: string }[] };
    expect(body.dispatched).toBe(5);
    expect(body.items.every((i) => i.assigneeUnit.endsWith('居委会'))).toBe(true);
    await page.getByText('已派单 5 件').waitFor();
    await fresh.close();
  });

  it('audit log page filters by house', async () => {
    expect(viewedHouse).not.toBe('');
    const fresh = await openBrowser(); // a context of its own: the first test left the committee signed in
    const page = await fresh.context.newPage();
    await signIn(page, baseUrl, 'admin');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计日志' }).click();
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('房屋编号').fill(viewedHouse);
    const answer = page.waitForResponse((r) => r.url().includes(`/api/users/audit?`) && r.url().includes(`houseId=${viewedHouse}`));
    await page.getByRole('button', { name: '查 询' }).or(page.getByRole('button', { name: '查询' })).click();
    const items = (await (await answer).json() as { items: unknown[] }).items;
    expect(items.length).toBeGreaterThan(0);
    await expect.poll(async () => (await table.locator('tbody tr.ant-table-row').allInnerTexts()).every((t) => t.includes(viewedHouse))).toBe(true);
    expect(await table.locator('tbody tr.ant-table-row', { hasText: '查看一户一档' }).count()).toBeGreaterThan(0);
    const exportHref = await page.getByRole('link', { name: /导出 Excel/ }).getAttribute('href');
    expect(exportHref).toContain(`houseId=${viewedHouse}`);
    await fresh.close();
  });
});
