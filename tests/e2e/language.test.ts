import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';
import { intersects, nodeBoxes, screenshot } from './mapPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('two interface languages', () => {
  it('follows a German browser, draws German headers that fit, and keeps a switch to English', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('[data-node-id="conclusion"] .am-node__header').textContent()).toBe(
      'SCHLUSS',
    );
    expect(await page.getByRole('button', { name: 'Quelltext' }).count()).toBe(1);
    expect(await page.locator('.am-legend').textContent()).toContain('Einwand');
    const boxes = await nodeBoxes(page);
    expect(boxes.every((a, i) => boxes.slice(i + 1).every((b) => !intersects(a, b)))).toBe(true);
    const overflowing = await page.$$eval('.am-node', (nodes) =>
      nodes
        .filter((n) => n.scrollWidth > n.clientWidth + 1)
        .map((n) => n.getAttribute('data-node-id')),
    );
    expect(overflowing).toEqual([]);
    await screenshot(page, 'german-interface');
    await page.getByRole('button', { name: 'Gliederung' }).click();
    await expect.poll(() => page.getByRole('tree').textContent()).toContain('stützt:');
    expect(await page.getByRole('tree').textContent()).toContain('Schluss:');
    await page.getByRole('button', { name: 'Gliederung' }).click();

    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await expect
      .poll(() => page.locator('[data-node-id="conclusion"] .am-node__header').textContent())
      .toBe('CONCLUSION');
    await page.reload();
    await waitForMap(page);
    expect(await page.getByRole('button', { name: 'Source text' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens in German from a link with lang=de', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?lang=de`);
    await waitForMap(page);
    expect(await page.getByRole('searchbox', { name: 'In der Karte suchen' }).count()).toBe(1);
    // The link keeps its language while the view changes.
    await page.click('[data-node-id="cost-saving"]');
    await expect.poll(() => page.url()).toContain('sel=cost-saving');
    expect(page.url()).toContain('lang=de');
    await page.close();
  });
});
