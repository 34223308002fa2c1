// The phone layout checks (390 × 844) every phone-sized page test uses: the
// content and its cards at least 300 px wide and inside the screen, no
// sideways scrolling, and the header's parts apart (bounding boxes).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const PHONE_WIDTH = 390;
export const PHONE_HEIGHT = 844;
const WIDTH = PHONE_WIDTH;

export interface Box { x: number; y: number; width: number; height: number; label: string }

/** Bounding boxes of the visible elements matching `selector`. */
export async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) => els
    .map((el) => {
      const r = el.getBoundingClientRect();
      const style = el.ownerDocument.defaultView?.getComputedStyle(el) ?? { visibility: 'visible', display: 'block' };
      return { x: r.x, y: r.y, width: r.width, height: r.height, label: `${el.tagName}.${el.className} ${(el.textContent ?? '').slice(0, 30)}`, hidden: style.visibility === 'hidden' || style.display === 'none' };
    })
    .filter((b) => !b.hidden && b.width > 0 && b.height > 0)
    .map(({ hidden: _, ...b }) => b));
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** The page's layout at phone size: content and its cards ≥ 300 px and inside the screen, header parts apart. */
export async function expectPhoneLayout(page: Page, cards: string): Promise<void> {
  const [content] = await boxes(page, 'main.ant-layout-content');
  expect(content.width).toBeGreaterThanOrEqual(300);
  const found = await boxes(page, cards);
  expect(found.length).toBeGreaterThan(0);
  for (const b of found) {
    expect(b.width, b.label).toBeGreaterThanOrEqual(300);
    expect(b.x, b.label).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, b.label).toBeLessThanOrEqual(WIDTH + 0.5);
  }
  // Nothing wider than the screen (no sideways scrolling).
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(WIDTH);
  const header = await boxes(page, 'header.ant-layout-header > *, header.ant-layout-header .ant-space-item');
  const parts = header.filter((b) => !header.some((o) => o !== b && o.x <= b.x && o.y <= b.y && o.x + o.width >= b.x + b.width && o.y + o.height >= b.y + b.height && o.width * o.height > b.width * b.height));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) expect(overlaps(parts[i], parts[j]), `${parts[i].label} ⟂ ${parts[j].label}`).toBe(false);
  }
}

