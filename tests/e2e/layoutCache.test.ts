import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';
import { nodeBoxes } from './mapPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('cached layouts', () => {
  it('draws a map laid out before without starting ELK, in the same places', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    expect(workers.some((w) => w.includes('elk'))).toBe(true);
    const first = await nodeBoxes(page);
    await page.waitForTimeout(500);
    workers.length = 0;
    await page.reload();
    await waitForMap(page);
    expect(workers.filter((w) => w.includes('elk'))).toEqual([]);
    expect(await nodeBoxes(page)).toEqual(first);
    // Something new to draw still runs ELK: the other direction.
    await page.locator('details.am-filter > summary').click();
    await page.getByLabel('Layout').selectOption('right');
    await expect.poll(() => workers.some((w) => w.includes('elk'))).toBe(true);
    await context.close();
  });
});
