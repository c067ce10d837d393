import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium';
import { nodeBoxes, type OpenedApp, openApp, screenshot } from './mapPage';

let browser: Browser;
let app: OpenedApp;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
  await app.page.getByRole('button', { name: 'Source text' }).click();
  await app.page.getByTestId('source-text').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const inViewport = async (id: string) => {
  const pane = await app.page.locator('.react-flow').boundingBox();
  const box = (await nodeBoxes(app.page)).find((b) => b.id === id);
  if (!pane || !box) return false;
  return (
    box.x >= pane.x - 1 &&
    box.y >= pane.y - 1 &&
    box.x + box.width <= pane.x + pane.width + 1 &&
    box.y + box.height <= pane.y + pane.height + 1
  );
};

describe('the source text beside the map', () => {
  it('shows the clean passage with quoted spans marked and unquoted text plain', async () => {
    const panel = app.page.getByTestId('source-text');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Koordinationsinstanz');
    expect(text).not.toContain(' - ');
    expect(await panel.locator('mark[data-quoted-by]').count()).toBeGreaterThanOrEqual(15);
    expect(await panel.locator('.am-source__unquoted').count()).toBeGreaterThan(0);
    expect(text).toContain('Implicit claims (no words in the text)');
    expect(text).toContain('Militärbündnisse sind für Kleinstaaten durch kollektive Verteidigung');
    // The panel narrowed the map's pane: the map was fitted again, every box still in view.
    for (const b of await nodeBoxes(app.page))
      await expect.poll(() => inViewport(b.id), { timeout: 3000 }).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('selects a node and brings it into view when its words are clicked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    const span = page.locator('mark[data-quoted-by~="burden-sharing"] a');
    await span.click();
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('Burden-Sharings');
    await expect.poll(() => inViewport('burden-sharing'), { timeout: 5000 }).toBe(true);
    await screenshot(page, 'source-text-linked');
  });

  it('marks a node when its span is pointed at, and brings it into view if it was off screen', async () => {
    const { page } = app;
    // Zoomed in on burden-sharing (previous test), the coordination node is off screen.
    expect(await inViewport('coordination-body')).toBe(false);
    await page.locator('mark[data-quoted-by~="coordination-body"] a').hover();
    await expect
      .poll(() => page.locator('[data-node-id="coordination-body"]').getAttribute('class'))
      .toContain('am-node--hovered');
    await expect.poll(() => inViewport('coordination-body'), { timeout: 5000 }).toBe(true);
  });

  it('scrolls the text to the words of a node selected in the map, and marks them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.click('[data-node-id="cooperative-defence"]');
    const mark = page.locator('mark[data-quoted-by~="cooperative-defence"]').first();
    await expect.poll(() => mark.getAttribute('class')).toContain('am-source__quote--selected');
    await expect
      .poll(() =>
        mark.evaluate((el) => {
          const panel = el.closest('.am-source') as HTMLElement;
          const a = el.getBoundingClientRect();
          const p = panel.getBoundingClientRect();
          return a.top >= p.top && a.bottom <= p.bottom;
        }),
      )
      .toBe(true);
    await screenshot(page, 'source-text-scrolled');
  });
});
