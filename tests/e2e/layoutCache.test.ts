import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { nodeBoxes, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

/** How often the page has asked its worker for a layout (a performance mark each time). */
const layoutsAsked = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('layout asked').length);

describe('cached layouts', () => {
  it('draws a map laid out before without running ELK, in the same places', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Left to right: not one of the layouts made at build time, so ELK lays it out.
    await page.goto(`${inject('appUrl')}?dir=right`);
    await waitForMap(page);
    expect(await layoutsAsked(page)).toBe(1);
    const first = await nodeBoxes(page);
    await page.waitForTimeout(500);
    await page.reload();
    await waitForMap(page);
    expect(await layoutsAsked(page)).toBe(0);
    expect(await nodeBoxes(page)).toEqual(first);
    // Something new to draw still runs ELK: roomy spacing.
    await page.locator('details.am-filter > summary').click();
    await page.getByLabel('Spacing').selectOption('roomy');
    await expect.poll(() => layoutsAsked(page)).toBe(1);
    await context.close();
  });

  it.each(['en-US', 'de-DE'])(
    'draws the default map on a first visit without running ELK (laid out at build time, %s)',
    async (locale) => {
      const context = await shared.browser.newContext({
        viewport: { width: 1280, height: 720 },
        locale,
      });
      const page = await context.newPage();
      await page.goto(inject('appUrl'));
      await waitForMap(page);
      expect((await nodeBoxes(page)).length).toBeGreaterThan(10);
      expect(await layoutsAsked(page)).toBe(0);
      await context.close();
    },
  );
});
