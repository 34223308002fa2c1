// Account management as people do it: the administrator deactivates a user
// (their sign-in then answers 账号已停用) and reactivates them, resets their
// password (their next sign-in opens the change dialog, which cannot be
// dismissed) — and every user has 修改密码 in the user menu; a new account
// made in the 新建用户 form must change its password at the first sign-in. The demo
// account used ends as it started: active, with the demo password.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { menuEntries, signIn } from './session.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { waitOutLoginLimit } from './login-throttle.ts';

const baseUrl = inject('baseUrl');
const TEMP = 'market-temp-pass-1';

/** Fills and submits the login form; on the rate limit (429) waits until it lets requests through. Returns the answer's status. */
async function submitLogin(page: Page, username: string, password: string): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const res = await answer;
    if (res.status() !== 429) return res.status();
    await waitOutLoginLimit(baseUrl, res);
  }
  throw new Error(`${username} 多次登录被限流`);
}

describe('user accounts', () => {
  let admin: OpenBrowser;
  let market: OpenBrowser;
  beforeAll(async () => { admin = await openBrowser(); market = await openBrowser(); });
  afterAll(async () => { await admin.close(); await market.close(); });

  it('deactivate → sign-in refused in Chinese; reactivate; reset → the forced change dialog; 修改密码 in the user menu', async () => {
    const page = await admin.context.newPage();
    await signIn(page, baseUrl, 'admin');
    expect(await menuEntries(page)).toContain('用户管理');
    await page.goto(`${baseUrl}/users`);
    const row = (username: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: username, exact: true }) });
    await row('market').waitFor();
    // One's own account cannot be deactivated nor reset here.
    expect(await row('admin').getByRole('button', { name: /停\s*用/ }).isDisabled()).toBe(true);

    await row('market').getByRole('button', { name: /停\s*用/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /停\s*用/ }).click();
    await row('market').locator('.ant-tag', { hasText: '停用' }).waitFor();

    const other = await market.context.newPage();
    expect(await submitLogin(other, 'market', DEMO_PASSWORD)).toBe(403);
    expect(await other.getByRole('alert').first().innerText()).toContain('账号已停用，请联系管理员');

    await row('market').getByRole('button', { name: /启\s*用/ }).click();
    await row('market').locator('.ant-tag', { hasText: '启用' }).waitFor();

    await row('market').getByRole('button', { name: '重置密码' }).click();
    const resetDialog = page.getByRole('dialog', { name: /重置密码/ });
    await resetDialog.getByLabel('新密码').fill(TEMP);
    await resetDialog.getByRole('button', { name: /重\s*置/ }).click();
    await row('market').locator('.ant-tag', { hasText: '待改密' }).waitFor();

    // The next sign-in must change the password first: back to the demo one, so the account ends as it began.
    expect(await submitLogin(other, 'market', TEMP)).toBe(200);
    const forced = other.getByRole('dialog', { name: '管理员已重置您的密码，请先设置新密码' });
    await forced.waitFor();
    expect(await forced.getByRole('button', { name: /取\s*消/ }).isVisible()).toBe(false);
    await forced.getByLabel('当前密码').fill(TEMP);
    await forced.getByLabel('新密码', { exact: true }).fill(DEMO_PASSWORD);
    await forced.getByLabel('确认新密码').fill(DEMO_PASSWORD);
    await forced.getByRole('button', { name: '确认修改' }).click();
    await forced.waitFor({ state: 'hidden' });
    await other.getByText(/密码已修改/).waitFor();

    // Every user opens the same dialog from the user menu.
    await other.getByRole('button', { name: '用户菜单' }).click();
    await other.getByRole('menuitem', { name: /修改密码/ }).click();
    const own = other.getByRole('dialog', { name: '修改密码' });
    await own.waitFor();
    await own.getByRole('button', { name: /取\s*消/ }).click();
    await own.waitFor({ state: 'hidden' });
  });

  it('新建用户: the administrator creates an account, which must change its password at the first sign-in', async () => {
    const page = await admin.context.newPage(); // signed in as admin by the test above
    await page.goto(`${baseUrl}/users`);
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('market2');
    await dialog.getByLabel('姓名').fill('市场所新同事');
    await dialog.getByRole('combobox', { name: '角色' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '市场所' }).click();
    // Until the role list has closed, its (selected) 市场所 option would also match the unit list's below.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    // The unit comes from the directory (no free text); the jurisdiction follows from it.
    await dialog.getByRole('combobox', { name: '所属单位' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '市场所' }).first().click();
    await dialog.getByTestId('new-user-jurisdiction').getByText(/全街道/).waitFor();
    await dialog.getByLabel('初始密码').fill('market2-initial-1');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'market2', exact: true }) });
    await row.locator('.ant-tag', { hasText: '待改密' }).waitFor();
    // Roles by their Chinese names only, here and in the 新建用户 choices.
    expect(await row.getByRole('cell', { name: '市场所', exact: true }).count()).toBe(1);
  });
});
