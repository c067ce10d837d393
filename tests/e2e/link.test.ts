import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';
import { nodeBoxes, openApp, screenshot } from './mapPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the view lives in the link', () => {
  it('restores selection, folds, direction and labels from a link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `${inject('appUrl')}?sel=burden-sharing&fold=legitimacy&dir=right&labels=gloss`,
    );
    await waitForMap(page);
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('Burden-Sharings');
    expect(await page.getByTestId('fold-legitimacy').textContent()).toBe('+4');
    const boxes = await nodeBoxes(page);
    const x = (id: string) => boxes.find((b) => b.id === id)?.x ?? Number.NaN;
    expect(x('conclusion')).toBeGreaterThan(x('further-capabilities'));
    expect(
      await page.locator('[data-node-id="cost-saving"] .am-line').first().textContent(),
    ).toMatch(/alliances/);
    await screenshot(page, 'restored-from-link');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes what the user does into the address, and a link with unknown ids still opens', async () => {
    const app = await openApp(browser);
    await app.page.getByTestId('fold-legitimacy').click();
    await app.page.click('[data-node-id="cost-saving"]');
    await expect.poll(() => app.page.url()).toContain('fold=legitimacy');
    expect(app.page.url()).toContain('sel=cost-saving');
    const copied = app.page.url();
    const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await other.goto(copied);
    await waitForMap(other);
    expect(await other.getByTestId('fold-legitimacy').textContent()).toBe('+4');
    await other.goto(`${inject('appUrl')}?sel=ghost&fold=nobody,legitimacy&dir=sideways`);
    await waitForMap(other);
    expect(await other.getByTestId('fold-legitimacy').textContent()).toBe('+4');
    expect(app.errors).toEqual([]);
  });
});
