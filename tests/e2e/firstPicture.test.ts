import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { screenshot, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

interface Frame {
  t: number;
  /** Where the build's picture of the map is shown, if it is. */
  picture: { x: number; y: number; width: number; height: number; lang: string } | null;
  /** Boxes of the app's own map in the page. */
  boxes: number;
}

/** Notes in every frame from the start whether the picture shows, where, and the app's boxes. */
const RECORD_FRAMES = `(() => {
  window.__frames = [];
  const frame = () => {
    const shown = [...document.querySelectorAll('.am-first-picture__map')].find(
      (m) => getComputedStyle(m).display !== 'none' && getComputedStyle(m.closest('.am-first-picture')).display !== 'none',
    );
    const r = shown && shown.getBoundingClientRect();
    window.__frames.push({
      t: performance.now(),
      picture: r ? { x: r.x, y: r.y, width: r.width, height: r.height, lang: shown.dataset.lang } : null,
      boxes: document.querySelectorAll('.react-flow__node').length,
    });
    if (window.__frames.length < 3000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Every value the page gives <html data-first-picture>: which picture it chose to show.
  window.__chosen = [];
  new MutationObserver(() => window.__chosen.push(document.documentElement.dataset.firstPicture ?? null))
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-first-picture'] });
})();`;

async function open(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string; dark?: boolean; query?: string },
): Promise<{ page: Page; frames: () => Promise<Frame[]> }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.dark ? 'dark' : 'light',
  });
  await context.addInitScript({ content: RECORD_FRAMES });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}${options.query ?? ''}`);
  await waitForMap(page);
  return {
    page,
    frames: () => page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames),
  };
}

/** The bounds of the app's boxes (nodes and group frames) on screen. */
const mapBounds = (page: Page) =>
  page.$$eval('.react-flow__node', (els) => {
    const rs = els.map((e) => e.getBoundingClientRect());
    const x = Math.min(...rs.map((r) => r.left));
    const y = Math.min(...rs.map((r) => r.top));
    const right = Math.max(...rs.map((r) => r.right));
    const bottom = Math.max(...rs.map((r) => r.bottom));
    return { x, y, width: right - x, height: bottom - y };
  });

describe('the picture of the default map a first visit starts with', () => {
  it.each([
    { locale: 'en-US', width: 1280, height: 720, lang: 'en' },
    // German at the narrowest width shown, in a 16:10 window: the map spans the pane's width.
    { locale: 'de-CH', width: 1280, height: 800, lang: 'de' },
    // A big screen: the fit's zoom limit holds the map smaller than the pane.
    { locale: 'en-GB', width: 2880, height: 1620, lang: 'en' },
  ])(
    'shows the map before the app has drawn it, where the app then draws it ($locale, $width x $height)',
    async ({ locale, width, height, lang }) => {
      const { page, frames } = await open(shared.browser, { locale, width, height });
      const seen = await frames();
      const first = seen.findIndex((f) => f.picture !== null);
      expect(first).toBeGreaterThanOrEqual(0);
      const shown = seen[first] as Frame;
      expect(shown.picture?.lang).toBe(lang);
      // Shown while the app had drawn nothing yet.
      expect(shown.boxes).toBe(0);
      // The app's map takes its place: the same bounds to a pixel or two, no jump.
      const drawn = await mapBounds(page);
      const last = seen.filter((f) => f.picture !== null).at(-1) as Frame;
      for (const k of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs((last.picture?.[k] ?? 0) - drawn[k])).toBeLessThan(3);
      // It stays until the app's boxes are there, and goes a few frames later (not by the
      // time limit that keeps it from outlasting a failed start).
      const after = seen.slice(first);
      const boxesAt = after.findIndex((f) => f.boxes > 0);
      const goneAt = after.findIndex((f) => f.picture === null);
      expect(boxesAt).toBeGreaterThan(0);
      expect(goneAt).toBeGreaterThanOrEqual(boxesAt);
      expect(goneAt - boxesAt).toBeLessThanOrEqual(10);
      expect(await page.$('#am-first-picture')).toBeNull();
      await screenshot(page, `first-picture-handed-over-${lang}`);
      await page.context().close();
    },
  );

  it.each([
    { why: 'the dark theme', dark: true },
    { why: 'a demo map', query: '?demo=big&n=150' },
    { why: 'a window too narrow to know where the map goes', width: 1024, height: 768 },
  ])('is not shown with $why', async (options) => {
    const { page, frames } = await open(shared.browser, options);
    expect((await frames()).filter((f) => f.picture !== null)).toEqual([]);
    expect(await page.$('#am-first-picture')).toBeNull();
    await page.context().close();
  });

  it('is not shown over a map the visit restores, even one no visit noted', async () => {
    const { page, frames } = await open(shared.browser, {});
    expect((await frames()).some((f) => f.picture !== null)).toBe(true);
    const mine = page.locator('.am-node', { hasText: 'A claim of my own' });
    await page.keyboard.press('n');
    await page.locator('.am-node__editor').waitFor();
    await page.keyboard.type('A claim of my own');
    await page.keyboard.press('Enter');
    await mine.waitFor();
    // The page notes that the next visit opens another map.
    await page.waitForFunction(() => localStorage.getItem('argument-map:opens') === 'other');
    // Opened anew from the bare address (the page keeps the selection in its own).
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await mine.waitFor();
    expect((await frames()).filter((f) => f.picture !== null)).toEqual([]);
    // A visit after one by a version that noted nothing: the first script shows the picture,
    // and the app takes it away as soon as it knows it restores another map, before drawing.
    await page.evaluate(() => localStorage.removeItem('argument-map:opens'));
    // Opened anew from the bare address (the page keeps the selection in its own).
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await mine.waitFor();
    // Chosen, then taken away (perhaps before a frame showed it), and never over the boxes.
    expect(
      await page.evaluate(() => (window as unknown as { __chosen: unknown[] }).__chosen),
    ).toEqual(['en', null]);
    expect((await frames()).filter((f) => f.picture !== null && f.boxes > 0)).toEqual([]);
    await page.context().close();
  });
});
