// The closed loop clicked through in the browser, by the units that do each
// step: the operations centre registers a lead on a dwelling and dispatches
// it; the neighbourhood committee accepts, verifies on site with the
// checklist and a photo, serves the three notices with photos, and passes
// the joint acceptance — the case ends 已整改. Then, with the demo clock
// (演示时钟, administrator) moving the demo's today past each deadline, a
// refusing owner's case goes 验收不合格 → 约谈 → 集中联合整治.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { photoFile } from './photo.ts';
import { act, freeCommitteeHouse, openAndDispatch } from './flows.ts';
import { REPO_ROOT } from './server.ts';

const baseUrl = inject('baseUrl');

async function uploadIn(scope: Locator, nth: number, name: string): Promise<void> {
  await scope.locator('input[type="file"]').nth(nth).setInputFiles(photoFile(name));
  await scope.getByText(/照片 1/).nth(nth).waitFor();
}

/** As the committee on the case page: accept the dispatch and confirm a partitioned flat with `people` living in it. */
async function acceptAndConfirm(page: Page, people: number, photo: string): Promise<void> {
  expect(await act(page, '签收核查', async () => undefined)).toBe('核查中');
  expect(await act(page, '认定群租', async (d) => {
    await d.getByRole('radiogroup', { name: '2-1. 原始设计房间隔断后出租' }).getByText('是', { exact: true }).click();
    await d.getByLabel('现场居住人数').fill(String(people));
    await uploadIn(d, 0, photo);
  })).toBe('已认定群租');
}

async function serveNotices(page: Page, photoPrefix: string): Promise<void> {
  expect(await act(page, '送达三项告知', async (d) => {
    for (let i = 0; i < 3; i++) await uploadIn(d, i, `${photoPrefix}-${i}.png`);
  })).toBe('已告知限期整改');
}

describe('closed loop in the browser', () => {
  let browser: OpenBrowser;
  beforeAll(async () => { browser = await openBrowser(); });
  afterAll(async () => { await browser.close(); });

  it('lead → dispatch → verification → notices → acceptance → 已整改', async () => {
    const page = await browser.context.newPage();
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);

    // 居委会: accept, verify with the checklist and a photo, serve the notices, pass acceptance.
    await signIn(page, baseUrl, 'committee');
    await page.goto(caseUrl);
    await acceptAndConfirm(page, 9, 'partition.png');
    // The submitted checklist is on the case page: 是 where checked, 未查 where nobody checked.
    const card = page.getByTestId('checklist-card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/2-1\. 原始设计房间隔断后出租\s*是/);
    expect(await card.innerText()).toMatch(/1\. 小区内设置单位宿舍\s*未查/);
    await card.getByTestId('checklist-photos').locator('img').first().waitFor();
    await serveNotices(page, 'notice');
    expect(await act(page, '验收合格', async (d) => {
      await uploadIn(d, 0, 'after.png');
    })).toBe('已整改');
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/case.png') });
  });

  it('demo clock: deadlines pass, the case reaches 约谈 and 集中联合整治', async () => {
    const page = await browser.context.newPage();
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);
    await signIn(page, baseUrl, 'committee');
    await page.goto(caseUrl);
    await acceptAndConfirm(page, 8, 'partition-2.png');
    await serveNotices(page, 'notice-b');
    const due = async () => (await page.getByText(/^限期整改期限/).first().innerText());
    expect(await due()).toMatch(/\d{4}-\d{2}-\d{2}/);

    const fail = async (name: string) => act(page, '验收不合格', async (d) => {
      await d.getByLabel('依然存在的违规情况').fill('北间隔断仍未拆除');
      await uploadIn(d, 0, name);
    });
    await moveDemoClockPastDeadline(page, caseUrl);
    await signIn(page, baseUrl, 'enforcement');
    await page.goto(caseUrl);
    expect(await fail('fail-1.png')).toBe('验收未通过');
    expect(await act(page, '约谈', async (d) => {
      await d.getByRole('checkbox', { name: '业主' }).check();
      await d.getByLabel('情况说明').fill('约谈业主，承诺三日内拆除隔断');
    })).toBe('已约谈限期整改');

    await moveDemoClockPastDeadline(page, caseUrl);
    await signIn(page, baseUrl, 'enforcement');
    await page.goto(caseUrl);
    expect(await fail('fail-2.png')).toBe('集中联合整治');
  });

  /** As the administrator: move the demo's today a week at a time until the case's running deadline has passed. */
  async function moveDemoClockPastDeadline(page: Page, caseUrl: string): Promise<void> {
    const caseId = decodeURIComponent(caseUrl.split('/cases/')[1]);
    const dueDate = (await (await page.request.get(`${baseUrl}/api/cases/${encodeURIComponent(caseId)}`)).json() as { deadline: { dueDate: string } }).deadline.dueDate;
    await signIn(page, baseUrl, 'admin');
    await page.goto(`${baseUrl}/operations`);
    const card = page.getByTestId('demo-clock');
    const today = card.getByTestId('demo-today');
    await today.waitFor();
    while ((await today.innerText()).trim() <= dueDate) {
      const before = (await today.innerText()).trim();
      await card.getByRole('button', { name: '前进 1 周' }).click();
      await expect.poll(async () => (await today.innerText()).trim(), { timeout: 60_000 }).not.toBe(before);
    }
  }
});
