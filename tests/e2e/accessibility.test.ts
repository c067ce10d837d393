import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';

// axe-core's Playwright runner needs a page of an explicit browser context.
let browser: Browser;
const shared = {} as { app: { page: Page } };
beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await waitForMap(page);
  shared.app = { page };
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core's findings on the page as it is now, one line each, for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
}

describe('accessibility (axe-core)', () => {
  it('finds nothing on the map, in the side panels, the details and the dialogs', async () => {
    const { page } = shared.app;
    const seen: Record<string, string[]> = {};
    seen.map = await violations(page);
    await page.getByRole('button', { name: 'Source text' }).click();
    await page.getByTestId('source-text').waitFor();
    seen.sourceText = await violations(page);
    await page.getByRole('button', { name: 'Outline' }).click();
    seen.outline = await violations(page);
    await page.locator('.am-node[data-node-id="conclusion"]').click();
    await page.getByTestId('details').waitFor();
    seen.details = await violations(page);
    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    await page.locator('.cm-content').waitFor();
    seen.argdown = await violations(page);
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await page.getByTestId('tour-panel').waitFor();
    seen.tour = await violations(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-dialog').getByRole('img').first().waitFor();
    seen.export = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Maps…' }).click();
    await page.getByTestId('library').getByRole('heading').waitFor();
    seen.maps = await violations(page);
    await page.keyboard.press('Escape');
    expect(seen).toEqual({
      map: [],
      sourceText: [],
      outline: [],
      details: [],
      argdown: [],
      tour: [],
      export: [],
      maps: [],
    });
  });

  it('finds nothing in the presentation (projector theme)', async () => {
    const { page } = shared.app;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(800);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
