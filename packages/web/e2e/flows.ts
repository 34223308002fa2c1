// Steps several browser tests share: find a dwelling of the committee's
// neighbourhood without an open case, open a case on it and dispatch it, and
// take one step of a case through its form.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn } from './session.ts';

const TERMINAL = ['not_group_rental', 'closed', 'relapsed'];

/** As the committee: the first listed dwelling of its neighbourhood with no open case. */
export async function freeCommitteeHouse(page: Page, baseUrl: string): Promise<string> {
  await signIn(page, baseUrl, 'committee');
  const neighbourhood = (await page.getByTestId('current-jurisdiction').innerText()).trim();
  await page.goto(`${baseUrl}/houses`);
  await page.getByRole('row').nth(1).getByRole('gridcell').first().waitFor();
  for (let i = 1; i < 25; i++) {
    const row = page.getByRole('row').nth(i);
    expect(await row.innerText()).toContain(neighbourhood);
    const id = (await row.getByRole('gridcell').first().innerText()).trim();
    const cases = await (await page.request.get(`${baseUrl}/api/cases?houseId=${id}`)).json() as { items: { state: string }[] };
    if (cases.items.every((c) => TERMINAL.includes(c.state))) {
      await page.getByRole('button', { name: '退出' }).click();
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      return id;
    }
  }
  throw new Error('找不到没有在办案件的房屋');
}

/** Takes the step `label` of the case on screen through its drawer form; returns the new state label. */
export async function act(page: Page, label: string, fill: (drawer: Locator) => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.waitFor();
  await fill(drawer);
  const before = await page.getByTestId('case-state').innerText();
  await drawer.getByRole('button', { name: label, exact: true }).click();
  await drawer.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('case-state').innerText(), { timeout: 120_000 }).not.toBe(before);
  return (await page.getByTestId('case-state').innerText()).trim();
}

/** As the operations centre: register a lead on the house and dispatch it to its committee; returns the case URL. */
export async function openAndDispatch(page: Page, baseUrl: string, houseId: string): Promise<string> {
  await signIn(page, baseUrl, 'ops');
  await page.goto(`${baseUrl}/houses/${houseId}`);
  await page.getByRole('button', { name: '登记群租线索' }).click();
  await page.getByLabel('线索内容').fill('夜间进出人员多，疑似隔断出租');
  await page.getByRole('button', { name: '提交并立案' }).click();
  await page.waitForURL(/\/cases\/.+/);
  const caseUrl = page.url();
  expect(await page.getByTestId('case-state').innerText()).toBe('已发现');
  expect(await act(page, '派单', async () => undefined)).toBe('已派单');
  await page.getByRole('button', { name: '退出' }).click();
  await page.getByRole('button', { name: /登\s*录/ }).waitFor();
  return caseUrl;
}
