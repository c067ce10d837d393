import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';
import { openViewMenu } from './mapPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
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

describe('names a screen reader says', () => {
  it("names each line by its claims' words and what it does, each fold button by its box", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    const namesOf = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((list) => list.map((e) => e.getAttribute('aria-label') ?? ''));
    const lines = await namesOf('.react-flow__edge');
    expect(lines.length).toBeGreaterThan(10);
    // Not React Flow's "Edge from <id> to <id>": the claims' words and the relation.
    const unnamed = lines.filter(
      (n) =>
        !/^“[^”]+”.* (supports|attacks|text continues with|undercuts the inference:) “/.test(n),
    );
    expect(unnamed).toEqual([]);
    expect(lines).toContain(
      '“Sie kann aber auch deren Legitimation steigern …” supports “Bündnisse können jedoch, ergänzend zu ihrer…”',
    );
    const folds = await namesOf('.am-fold, .am-group__fold');
    expect(new Set(folds).size).toBe(folds.length);
    expect(folds).toContain(
      'Fold away the reasons of “Sie kann aber auch deren Legitimation steigern …”',
    );
    await context.close();
  });
});

// Every view in both themes: the system's setting picks the theme, as it does for a new user.
describe.each(['light', 'dark'] as const)('accessibility (axe-core), %s theme', (theme) => {
  const shared = {} as { page: Page };
  beforeAll(async () => {
    // axe-core's Playwright runner needs a page of an explicit browser context.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: theme,
    });
    shared.page = await context.newPage();
    await shared.page.goto(inject('appUrl'));
    await waitForMap(shared.page);
  });
  afterAll(async () => {
    await shared.page?.context().close();
  });

  it('finds nothing on the map, in the side panels, the details and the dialogs', async () => {
    const { page } = shared;
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    const seen: Record<string, string[]> = {};
    seen.map = await violations(page);
    await openViewMenu(page);
    seen.viewMenu = await violations(page);
    await page.locator('details.am-filter > summary').click();
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
      viewMenu: [],
      sourceText: [],
      outline: [],
      details: [],
      argdown: [],
      tour: [],
      export: [],
      maps: [],
    });
    // Nine axe runs over a big page: about a minute on a busy 2-core machine.
  }, 150_000);

  it('finds nothing in the presentation (projector theme)', async () => {
    const { page } = shared;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(800);
    expect(await violations(page)).toEqual([]);
    // With the on-screen controls shown, as a moved mouse shows them.
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await page.locator('[data-testid="presentation-controls"][data-shown="true"]').waitFor();
    await page.waitForTimeout(300); // their fade-in
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
