// Signing in through the real login form, as a person would.
import type { Page } from 'playwright-core';
import { DEMO_LOGIN, type DemoUser } from './accounts.ts';
import { waitOutLoginLimit } from './login-throttle.ts';

/** Signs in through the form; on the login rate limit (429) waits until it lets requests through, then tries again. */
export async function signIn(page: Page, baseUrl: string, user: DemoUser): Promise<void> {
  // Whoever was signed in before is gone (the login page sends a signed-in user onwards).
  await page.context().clearCookies();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill(DEMO_LOGIN[user].username);
    await page.getByLabel('密码').fill(DEMO_LOGIN[user].password);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const res = await answer;
    if (res.status() === 429) {
      await waitOutLoginLimit(baseUrl, res);
      continue;
    }
    await page.getByTestId('current-role').waitFor();
    return;
  }
  throw new Error(`${user} 多次登录被限流`);
}

/** The entries of the side menu, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  // The title only: an entry may carry a count badge (我的待办).
  const items = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem').locator('[data-menu-title]');
  return (await items.allInnerTexts()).map((t) => t.trim());
}
