// Debian's Chromium driven by playwright-core (never a downloaded browser):
// headless, no sandbox (containers), no background traffic, a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface OpenBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function openBrowser(options: { offline?: boolean; width?: number; height?: number; mobile?: boolean } = {}): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sentinel-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    isMobile: options.mobile ?? false,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  }).catch((err: unknown) => {
    removeProfile();
    throw err;
  });
  // A busy 2-core CI machine can take far longer than Playwright's 30 s default
  // to build a page; every wait is on a condition, so a generous bound costs
  // nothing when things go well.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  return {
    context,
    close: async () => {
      await context.close();
      removeProfile();
    },
  };
}
