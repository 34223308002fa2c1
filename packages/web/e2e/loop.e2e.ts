// The closed loop clicked through in the browser, by the units that do each
// step: the operations centre registers a lead on a dwelling and dispatches
// it; the neighbourhood committee accepts, verifies on site with the
// checklist and a photo, serves the three notices with photos, and passes
// the joint acceptance — the case ends 已整改.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
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
    expect(await act(page, '签收核查', async () => undefined)).toBe('核查中');
    expect(await act(page, '认定群租', async (d) => {
      await d.getByRole('radiogroup', { name: '2-1. 原始设计房间隔断后出租' }).getByText('是', { exact: true }).click();
      await d.getByLabel('现场居住人数').fill('9');
      await uploadIn(d, 0, 'partition.png');
    })).toBe('已认定群租');
    // The submitted checklist is on the case page: 是 where checked, 未查 where nobody checked.
    const card = page.getByTestId('checklist-card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/2-1\. 原始设计房间隔断后出租\s*是/);
    expect(await card.innerText()).toMatch(/1\. 小区内设置单位宿舍\s*未查/);
    await card.getByTestId('checklist-photos').locator('img').first().waitFor();
    expect(await act(page, '送达三项告知', async (d) => {
      for (let i = 0; i < 3; i++) await uploadIn(d, i, `notice-${i}.png`);
    })).toBe('已告知限期整改');
    expect(await act(page, '验收合格', async (d) => {
      await uploadIn(d, 0, 'after.png');
    })).toBe('已整改');
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/case.png') });
  });
});
