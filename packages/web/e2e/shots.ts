// Screenshots for docs/screenshots (README and docs/web.md), taken by the
// e2e tests as they pass through each page: the picture is taken once every
// chart on the page has drawn its current data (ECharts' `finished`, exposed
// as data-painted by ChartImpl) and the web fonts are ready — a condition,
// not a pause.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';

export const SHOTS = path.join(REPO_ROOT, 'docs/screenshots');

/** Resolves when every chart on the page has painted and the fonts are loaded. */
export async function chartsPainted(page: Page): Promise<void> {
  await page.waitForFunction(
    `document.fonts.status === 'loaded' && [...document.querySelectorAll('[data-chart]')].every((el) => el.getClientRects().length === 0 || el.getAttribute('data-painted') === 'true')`,
    undefined, { polling: 100 },
  );
}

export async function saveShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await chartsPainted(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
