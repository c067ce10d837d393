import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { type OpenedApp, openApp, screenshot, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

const heightOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => e.getBoundingClientRect().height);

/** Selects the map's first box as a finger would: a tap on it, drawn or in the far picture. */
async function tapABox(app: OpenedApp): Promise<void> {
  const { page } = app;
  const drawn = page.locator('.am-node').first();
  if (await drawn.count()) await drawn.click();
  else {
    // From far away the boxes are a picture: a tap where the first box lies selects it.
    const stage = await page.locator('.am-stage').boundingBox();
    if (!stage) throw new Error('no stage');
    await page
      .locator('.am-canvas')
      .click({ position: { x: stage.width / 2, y: stage.height / 2 } });
  }
}

describe('on a phone (390x844, portrait)', () => {
  it('keeps the toolbar and the legend to one row each, every control reachable', async () => {
    const app = await openApp(shared.browser, { width: 390, height: 844 });
    const { page } = app;
    expect(await heightOf(page, '.am-toolbar')).toBeLessThanOrEqual(60);
    expect(await heightOf(page, '.am-legend')).toBeLessThanOrEqual(40);
    // The toolbar scrolls sideways rather than wrapping; its last button can still be used.
    const present = page.getByRole('button', { name: 'Present' });
    await present.focus();
    expect(await present.evaluate((e) => e === document.activeElement)).toBe(true);
    const box = await present.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(391);
    await screenshot(page, 'phone-map');
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('opens the details of a box below the map, the full width, the map still in view', async () => {
    const app = await openApp(shared.browser, { width: 390, height: 844 });
    const { page } = app;
    await tapABox(app);
    const details = page.getByTestId('details');
    await details.waitFor();
    const rect = await details.boundingBox();
    expect(rect?.width).toBeGreaterThanOrEqual(390 * 0.9);
    expect(await heightOf(page, '.am-stage')).toBeGreaterThanOrEqual(844 * 0.35);
    // Its close button is on screen and closes it.
    const close = details.locator('header button').first();
    const closeBox = await close.boundingBox();
    expect(closeBox && closeBox.y + closeBox.height).toBeLessThanOrEqual(844);
    expect(closeBox && closeBox.x + closeBox.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-details');
    await close.click();
    await expect.poll(() => details.count()).toBe(0);
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('wraps the long German words of the source text inside its panel', async () => {
    const app = await openApp(shared.browser, { width: 390, height: 844 });
    const { page } = app;
    await page.getByRole('button', { name: 'Source text' }).click();
    const panel = page.getByTestId('source-text');
    await panel.waitFor();
    const rect = await panel.boundingBox();
    expect(rect?.width).toBeGreaterThanOrEqual(390 * 0.9);
    expect(await heightOf(page, '.am-stage')).toBeGreaterThanOrEqual(844 * 0.35);
    const overflowing = await panel.evaluate((p) => {
      const out: string[] = [];
      if (p.scrollWidth > p.clientWidth) out.push(`panel ${p.scrollWidth} > ${p.clientWidth}`);
      const right = p.getBoundingClientRect().right;
      for (const e of p.querySelectorAll<HTMLElement>('*')) {
        if (e.scrollWidth > e.clientWidth && getComputedStyle(e).display !== 'inline')
          out.push(`${e.tagName} ${e.scrollWidth} > ${e.clientWidth}`);
        for (const r of e.getClientRects())
          if (r.right > right + 0.5) out.push(`${e.tagName} "${e.textContent?.slice(0, 30)}"`);
      }
      return out;
    });
    expect(overflowing).toEqual([]);
    await screenshot(page, 'phone-source-text');
    expect(app.errors).toEqual([]);
    await page.close();
  });
});

describe('axe on a phone', () => {
  it('finds nothing with the toolbar and legend scrolling and the details open', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await tapABox({ page, errors: [], workers: [] });
    await page.getByTestId('details').waitFor();
    const found = await new AxeBuilder({ page }).analyze();
    const seen = found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join('; ')}`);
    expect(seen).toEqual([]);
    await context.close();
  });
});

describe('on a desktop (1280x720)', () => {
  it('keeps the toolbar to one row and the details beside the map', async () => {
    const app = await openApp(shared.browser, { width: 1280, height: 720 });
    const { page } = app;
    expect(await heightOf(page, '.am-toolbar')).toBeLessThanOrEqual(50);
    // The legend does not scroll here, so it is no Tab stop.
    expect(await page.locator('.am-legend').getAttribute('tabindex')).toBeNull();
    await tapABox(app);
    const details = await page.getByTestId('details').boundingBox();
    const stage = await page.locator('.am-stage').boundingBox();
    // Docked on the right, the map as tall as before.
    expect(details && stage && details.x).toBeGreaterThanOrEqual(
      (stage?.x ?? 0) + (stage?.width ?? 0) - 1,
    );
    expect(details?.width).toBeLessThanOrEqual(361);
    expect(app.errors).toEqual([]);
    await page.close();
  });
});
