// The inspection form on a phone without a connection: the committee opens a
// dispatched case online, loses the network, records the verification with
// the checklist and a camera photo (kept on the phone, still there after a
// reload served by the service worker), and the step reaches the server by
// itself when the connection returns.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { signIn } from './session.ts';
import { photoFile } from './photo.ts';
import { act, freeCommitteeHouse, openAndDispatch } from './flows.ts';
import { REPO_ROOT } from './server.ts';

const baseUrl = inject('baseUrl');

describe('offline inspection', () => {
  let browser: OpenBrowser;
  beforeAll(async () => { browser = await openBrowser({ width: 412, height: 915, mobile: true }); });
  afterAll(async () => { await browser.close(); });

  it('records the verification offline and syncs it after reconnecting', async () => {
    const page = await browser.context.newPage();
    const houseId = await freeCommitteeHouse(page, baseUrl);
    const caseUrl = await openAndDispatch(page, baseUrl, houseId);
    const caseId = decodeURIComponent(caseUrl.split('/cases/')[1]);

    await signIn(page, baseUrl, 'committee');
    await page.goto(caseUrl);
    expect(await act(page, '签收核查', async () => undefined)).toBe('核查中');
    await page.goto(`${baseUrl}/inspect/${encodeURIComponent(caseId)}`);
    await page.getByRole('button', { name: '提交核查结果' }).waitFor();
    // Wait until the service worker is active (its install caches the app
    // shell, slow on a loaded machine), then reload so that the page, the app
    // and the case pass through it and are cached for the offline reload below.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 120_000 });
    await page.getByRole('button', { name: '提交核查结果' }).waitFor();

    await browser.context.setOffline(true);
    await expect.poll(() => page.getByTestId('network-state').innerText()).toContain('离线');
    // No verdict is preselected: the checklist appears once the inspector chooses one.
    expect(await page.getByRole('radiogroup', { name: '2-1. 原始设计房间隔断后出租' }).count()).toBe(0);
    await page.getByText('认定群租', { exact: true }).click();
    await page.getByRole('radiogroup', { name: '2-1. 原始设计房间隔断后出租' }).getByText('是', { exact: true }).click();
    // Area and rooms come prefilled from the house file; the figures follow the head count.
    expect(await page.getByLabel('建筑面积（㎡）').inputValue()).not.toBe('');
    await page.getByLabel('现场居住人数').fill('8');
    await expect.poll(() => page.getByTestId('checklist-figures').innerText()).toMatch(/人均居住面积：\d/);
    await page.getByLabel('拍摄现场照片').setInputFiles(photoFile('site.png'));
    await page.getByRole('button', { name: '保存到本机（联网后自动上传）' }).click();
    await page.getByTestId('outbox-list').getByText('等待联网上传').waitFor();

    // Still offline: the app opens from the service worker's cache and the step is still on the phone.
    await page.reload();
    await page.getByTestId('outbox-list').getByText('等待联网上传').waitFor();
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/inspection-offline.png') });

    await browser.context.setOffline(false);
    await page.getByTestId('outbox-empty').waitFor({ timeout: 60_000 });
    const res = await page.request.get(`${baseUrl}/api/cases/${encodeURIComponent(caseId)}`);
    const after = await res.json() as { state: string; checklist: { dormitory: boolean | null; partitioned: boolean | null } };
    expect(after.state).toBe('confirmed');
    // 未查 stayed 未查; the page no longer shows the stale 核查中.
    expect(after.checklist).toMatchObject({ dormitory: null, partitioned: true });
    await expect.poll(() => page.getByText('已认定群租').count()).toBeGreaterThan(0);
  });
});
