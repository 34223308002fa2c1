// Each role signs in through the form and sees only its pages and its
// jurisdiction (map and alerts); a page outside its access answers 没有权限.
// The property company's pages ask the server for nothing it refuses.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { menuEntries, signIn } from './session.ts';
import type { DemoUser } from './accounts.ts';
import { expectPhoneLayout, PHONE_HEIGHT, PHONE_WIDTH } from './phone-layout.ts';
import { saveShot } from './shots.ts';

const baseUrl = inject('baseUrl');

const EXPECTED_MENU: Partial<Record<DemoUser, string[]>> = {
  ops: ['驾驶舱', '我的待办', '作战图', '预警（数字吹哨）', '案件', '房屋（一户一档）', '宣传摸底', '巡查计划', '房东与中介', '疏导房源', '工作通报', '数据导入', '上传数据'],
  committee: ['驾驶舱', '我的待办', '作战图', '预警（数字吹哨）', '案件', '房屋（一户一档）', '宣传摸底', '巡查计划', '房东与中介', '疏导房源', '工作通报'],
  // A private firm: no cockpit, map or whistle (docs/roles.md, 各角色可见的数据).
  property: ['我的待办', '案件', '房屋（一户一档）', '宣传摸底', '巡查计划', '房东与中介', '疏导房源'],
  police: ['驾驶舱', '我的待办', '作战图', '预警（数字吹哨）', '案件', '房屋（一户一档）', '宣传摸底', '巡查计划', '房东与中介', '疏导房源'],
  admin: ['用户管理', '审计日志', '组织机构', '工作日历', '文书模板', '疏导房源', '工作通报', '数据导入', '上传数据', '运行监控'],
};

describe('role-aware navigation', () => {
  let browser: OpenBrowser;
  beforeAll(async () => { browser = await openBrowser(); });
  afterAll(async () => { await browser.close(); });

  it('sends a visitor without a session to the login form', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/houses`);
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('refuses a wrong password with a Chinese message', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill('ops');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/[\u4e00-\u9fa5]/);
    await page.close();
  });

  for (const [user, menu] of Object.entries(EXPECTED_MENU) as [DemoUser, string[]][]) {
    it(`${user} sees exactly its menu`, async () => {
      const b = await openBrowser();
      try {
        const page = await b.context.newPage();
        await signIn(page, baseUrl, user);
        expect(await menuEntries(page)).toEqual(menu);
      } finally {
        await b.close();
      }
    });
  }

  it('the property company walks its pages without one refused request, and its house file holds the address, the owner / sublessor and its own tasks only', async () => {
    const b = await openBrowser();
    try {
      const page = await b.context.newPage();
      const refused: string[] = [];
      page.on('response', (r) => { if (r.url().includes('/api/') && r.status() === 403) refused.push(`${r.status()} ${new URL(r.url()).pathname}`); });
      await signIn(page, baseUrl, 'property');
      for (const path of ['/todo', '/cases', '/houses']) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByTestId('current-role').waitFor();
        await page.waitForLoadState('networkidle');
      }
      await page.getByTestId('house-total').getByText(/共 [\d,]+ 户/).waitFor();
      const houses = await page.request.get(`${baseUrl}/api/houses?pageSize=1`);
      expect(houses.status()).toBe(200);
      const house = (await houses.json()).items[0] as { houseId: string; registeredResidents: number | null };
      expect(house.registeredResidents).toBeNull();
      await page.goto(`${baseUrl}/houses/${encodeURIComponent(house.houseId)}`);
      await page.getByText(/^一户一档 · /).waitFor();
      await page.getByRole('tab', { name: '业主、二房东' }).waitFor();
      await page.waitForLoadState('networkidle');
      const tabs = (await page.getByRole('tab').allInnerTexts()).map((t) => t.trim());
      expect(tabs.map((t) => t.replace(/（\d+）$/, ''))).toEqual(['本单位任务', '业主、二房东', '房东与中介']);
      for (const absent of ['用水、用电（与同类住户对比）', '登记人口', '数字吹哨：历次检测的群租概率']) expect(await page.getByText(absent).count()).toBe(0);
      expect(await page.getByText(/门禁/).count()).toBe(0);
      // The map is not its page: 没有权限, and no request for the map's data.
      await page.goto(`${baseUrl}/map`);
      await page.getByText('没有权限').waitFor();
      expect(refused).toEqual([]);
      expect(await page.locator('.ant-message-error').count()).toBe(0);
    } finally {
      await b.close();
    }
  });

  it('the property company\'s house list and house file fit a phone (390 px): cards ≥ 300 px, the list scrolls sideways inside its card, nothing overlapping', async () => {
    const b = await openBrowser({ width: PHONE_WIDTH, height: PHONE_HEIGHT, mobile: true });
    try {
      const page = await b.context.newPage();
      await signIn(page, baseUrl, 'property');
      await page.goto(`${baseUrl}/houses`);
      await page.getByTestId('house-total').getByText(/共 [\d,]+ 户/).waitFor();
      await saveShot(page, 'phone-houses');
      await expectPhoneLayout(page, 'main .ant-card');
      const houses = await page.request.get(`${baseUrl}/api/houses?pageSize=1`);
      const house = (await houses.json()).items[0] as { houseId: string };
      await page.goto(`${baseUrl}/houses/${encodeURIComponent(house.houseId)}`);
      await page.getByRole('tab', { name: '业主、二房东' }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectPhoneLayout(page, 'main .ant-card');
      await saveShot(page, 'phone-property-house');
    } finally {
      await b.close();
    }
  });

  it('a committee member sees only its neighbourhood on the map and in the alerts, and the admin gets 没有权限 there', async () => {
    const b = await openBrowser();
    try {
      const page = await b.context.newPage();
      await signIn(page, baseUrl, 'committee');
      const jurisdiction = (await page.getByTestId('current-jurisdiction').innerText()).trim();
      await page.goto(`${baseUrl}/map`);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      const names = (await rows.locator('td:first-child').allInnerTexts()).map((t) => t.trim());
      expect(names).toEqual([jurisdiction]);
      // Its alerts are its neighbourhood's only, and it may not start a run or open a case from them.
      await page.goto(`${baseUrl}/alerts`);
      await page.getByTestId('alert-run').getByText(/检测日期/).waitFor();
      const cells = page.getByRole('grid', { name: '预警列表' }).getByRole('row').locator('[role="gridcell"]:nth-child(7)');
      await cells.first().waitFor();
      const places = (await cells.allInnerTexts()).map((t) => t.split(' / ')[0].trim());
      expect(places.length).toBeGreaterThan(0);
      expect(new Set(places)).toEqual(new Set([jurisdiction]));
      expect(await page.getByRole('button', { name: /重新检测/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /立\s*案/ }).count()).toBe(0);
      await page.getByRole('button', { name: '退出' }).click();
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      await signIn(page, baseUrl, 'admin');
      await page.goto(`${baseUrl}/map`);
      await page.getByText('没有权限').waitFor();
    } finally {
      await b.close();
    }
  });
});
