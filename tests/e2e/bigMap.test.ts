import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a big map (?demo=big)', () => {
  it('lays out 2000 nodes, puts only what is in view into the page, and drops words from far away', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('appUrl')}?demo=big&n=2000`);
    // The whole map is shown while ELK works in its worker.
    await page.waitForSelector('[data-layout-ready="true"] .react-flow__node', { timeout: 50_000 });
    const canvas = page.getByTestId('map-canvas');
    // Fitted, the map is far away: boxes without words.
    await expect.poll(() => canvas.getAttribute('class')).toContain('am-canvas--far');
    const text = page.locator('.am-node__text').first();
    expect(await text.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    // Zoomed in, only the boxes in view are in the page, with their words.
    for (let i = 0; i < 40 && (await canvas.getAttribute('class'))?.includes('far'); i++)
      await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => canvas.getAttribute('class')).not.toContain('am-canvas--far');
    await expect.poll(() => page.locator('.am-node').count()).toBeLessThan(400);
    expect(await page.locator('.am-node').count()).toBeGreaterThan(0);
    expect(await text.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(errors).toEqual([]);
    await page.close();
  });
});
