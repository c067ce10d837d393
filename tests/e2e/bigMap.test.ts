import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { generateMap } from '../../src/demo/generateMap';
import { toArgdown } from '../../src/formats/argdown/toArgdown';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

/** Where the boxes of the far picture (the whole map) are drawn on screen, all together. */
function drawnBoxes(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('.am-far__boxes')].map((p) =>
      p.getBoundingClientRect(),
    );
    const x = Math.min(...rects.map((r) => r.left));
    const y = Math.min(...rects.map((r) => r.top));
    const width = Math.max(...rects.map((r) => r.right)) - x;
    const height = Math.max(...rects.map((r) => r.bottom)) - y;
    return { x, y, width, height };
  });
}

/** Whether the far picture (the whole map) lies inside the pane. */
async function wholeInView(page: Page): Promise<boolean> {
  const pane = await page.locator('.react-flow').boundingBox();
  const drawn = await drawnBoxes(page);
  if (!pane || !Number.isFinite(drawn.width)) return false;
  return (
    drawn.x >= pane.x - 1 &&
    drawn.y >= pane.y - 1 &&
    drawn.x + drawn.width <= pane.x + pane.width + 1 &&
    drawn.y + drawn.height <= pane.y + pane.height + 1
  );
}

describe('a big map (?demo=big)', () => {
  it('lays out 2000 nodes, puts only what is in view into the page, and drops words from far away', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('appUrl')}?demo=big&n=2000`);
    // The whole map is shown while ELK works in its worker.
    await page.waitForSelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)', {
      timeout: 50_000,
    });
    const canvas = page.getByTestId('map-canvas');
    // Fitted, the map is far away: boxes without words.
    await expect.poll(() => canvas.getAttribute('class')).toContain('am-canvas--far');
    // From far away the map is one picture of its boxes and arrows, no box with words in the page.
    expect(await page.getByTestId('far-picture').locator('path').count()).toBeGreaterThan(3);
    expect(await page.locator('.am-node__text').count()).toBe(0);
    // The whole map fits the screen: drawn no more than 4 times as wide as tall, and the
    // reader may zoom out that far.
    await expect.poll(() => wholeInView(page)).toBe(true);
    const drawn = await drawnBoxes(page);
    expect(drawn.width / drawn.height).toBeLessThanOrEqual(4);
    // Zoomed in, only the boxes in view are in the page, with their words.
    for (let i = 0; i < 40 && (await canvas.getAttribute('class'))?.includes('far'); i++)
      await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => canvas.getAttribute('class')).not.toContain('am-canvas--far');
    expect(await page.getByTestId('far-picture').count()).toBe(0);
    await expect.poll(() => page.locator('.am-node').count()).toBeLessThan(400);
    expect(await page.locator('.am-node').count()).toBeGreaterThan(0);
    const text = page.locator('.am-node__text').first();
    expect(await text.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a box clicked in the far picture and brings it near, with its words', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?demo=big&n=500`);
    const picture = page.getByTestId('far-picture');
    // ELK's layout (not the sketch before it), fitted.
    await page.waitForSelector('[data-layout-ready="true"] .am-far', { timeout: 50_000 });
    await expect.poll(() => wholeInView(page)).toBe(true);
    // The screen centre of a box of the picture well inside the pane.
    const spot = await page.evaluate(() => {
      const pane = (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
      for (const path of document.querySelectorAll('.am-far__boxes')) {
        const d = path.getAttribute('d') ?? '';
        for (const [, x, y, w, h] of d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h([\d.]+)v([\d.]+)/g)) {
          const cx = pane.left + m.e + m.a * (Number(x) + Number(w) / 2);
          const cy = pane.top + m.f + m.d * (Number(y) + Number(h) / 2);
          const inside =
            cx > pane.left + 80 &&
            cx < pane.right - 200 &&
            cy > pane.top + 60 &&
            cy < pane.bottom - 60;
          if (inside) return { x: cx, y: cy };
        }
      }
      return null;
    });
    if (!spot) throw new Error('no box of the far picture in view');
    await page.mouse.click(spot.x, spot.y);
    await page.getByTestId('details').waitFor();
    await expect.poll(() => picture.count()).toBe(0);
    await expect.poll(() => page.locator('.am-node--selected .am-node__text').count()).toBe(1);
    await page.close();
  });

  it('brings the conclusion near too when it is clicked from far away', async () => {
    // From far, React Flow still draws one box (the Tab stop, the conclusion) over the picture;
    // a click on it selected it but left the view far away.
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?demo=big&n=500`);
    await page.waitForSelector('[data-layout-ready="true"] .am-far', { timeout: 50_000 });
    await expect.poll(() => wholeInView(page)).toBe(true);
    const drawn = page.locator('.react-flow__node .am-node');
    expect(await drawn.count()).toBe(1);
    // A click where the box stands once it stands still (a click at where it stood while the
    // view still moved landed on the picture instead, in one CI run of many).
    await drawn.click();
    await page.getByTestId('details').waitFor();
    await expect.poll(() => page.getByTestId('far-picture').count()).toBe(0);
    await expect.poll(() => page.locator('.am-node--selected .am-node__text').count()).toBe(1);
    await page.close();
  });
});

describe('a sketch first', () => {
  it.each([
    ['opened as a file over a small map', ''],
    ['opened from a link', '?demo=big&n=1200'],
  ])('frames a big map %s whole from its first frame', async (_, query) => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The first three frames with the far picture: is it whole within the pane?
    await page.addInitScript(() => {
      const frames: boolean[] = [];
      (window as unknown as { frames_: boolean[] }).frames_ = frames;
      const poll = () => {
        const boxes = [...document.querySelectorAll('.am-far__boxes')];
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        if (boxes.length > 0 && pane) {
          frames.push(
            boxes.every((b) => {
              const r = b.getBoundingClientRect();
              return (
                r.left >= pane.left - 1 &&
                r.top >= pane.top - 1 &&
                r.right <= pane.right + 1 &&
                r.bottom <= pane.bottom + 1
              );
            }),
          );
        }
        if (frames.length < 3) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(`${inject('appUrl')}${query}`);
    if (!query) {
      await waitForMap(page);
      await chooseMapFile(page, {
        name: 'big.argdown',
        mimeType: 'text/plain',
        buffer: Buffer.from(toArgdown(generateMap({ nodes: 1000, seed: 4 }))),
      });
    }
    const frames = () => page.evaluate(() => (window as unknown as { frames_: boolean[] }).frames_);
    await expect.poll(async () => (await frames()).length, { timeout: 30_000 }).toBe(3);
    // Not a frame of it at the zoom before, cut off, ahead of the fit.
    expect(await frames()).toEqual([true, true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws a big map at once as a sketch while ELK works, then ELK's layout in its place, whole", async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('appUrl')}?demo=big&n=1200`);
    // The sketch: the map drawn, the layout still being made (its progress and Cancel shown).
    await page.waitForSelector('[data-layout-ready="false"] .am-far', { timeout: 30_000 });
    const sketched = await page.getByTestId('far-picture').getAttribute('data-boxes');
    expect(sketched).toBe('1200');
    // Framed whole, though the map needs a zoom further out than React Flow's usual limit.
    await expect.poll(() => wholeInView(page)).toBe(true);
    const sketchBoxes = await page.locator('.am-far__boxes').first().getAttribute('d');
    // Then ELK's layout replaces it, fitted whole, and the progress is gone.
    await page.waitForSelector('[data-layout-ready="true"] .am-far', { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('layout-progress').count()).toBe(0);
    expect(await page.locator('.am-far__boxes').first().getAttribute('d')).not.toBe(sketchBoxes);
    await expect.poll(() => wholeInView(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a long layout', () => {
  it('shows its progress and can be cancelled, keeping the layout on screen; then tried again', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?demo=big&n=1500`);
    // The first layout: in progress, cancelled, tried again.
    const progress = page.getByTestId('layout-progress');
    await progress.waitFor({ timeout: 20_000 });
    expect(await progress.textContent()).toContain('Laying out 1500 boxes');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const failed = page.getByRole('alert');
    await expect.poll(() => failed.first().textContent()).toContain('cancelled');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)', {
      timeout: 90_000,
    });
    // Fitted, the whole map is in the far picture: one rectangle per box.
    const pictured = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.am-far__boxes')].reduce(
          (n, p) => n + (p.getAttribute('d')?.split('Z').length ?? 1) - 1,
          0,
        ),
      );
    await expect.poll(pictured).toBe(1500);
    // A relayout (another direction) cancelled: the last layout stays, with a way to retry.
    await page.locator('details.am-filter > summary').click();
    await page.getByLabel('Layout').selectOption('right');
    await progress.waitFor({ timeout: 20_000 });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const kept = page.getByTestId('layout-kept');
    await kept.waitFor();
    expect(await kept.textContent()).toContain('it shows its last layout');
    expect(await pictured()).toBe(1500);
    await page.close();
  });
});
