import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDefaultMap } from '../../src/explore/testMaps';
import { waitForMap } from '../browser/appPage';
import { nodeBoxes, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();
const map = loadDefaultMap();
const tour = map.tours?.[0];
if (!tour) throw new Error('the default map ships without a tour');
const through = (n: number) =>
  tour.steps
    .slice(0, n)
    .flatMap((s) => s.nodes)
    .sort();

const shownIds = async (page: Page) => (await nodeBoxes(page)).map((b) => b.id).sort();
const stepShown = (page: Page) =>
  page.getByTestId('presentation').getAttribute('data-step').then(Number);

/** Waits for the camera to come to rest (its glide takes 700 ms). */
async function settle(page: Page) {
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement).transform,
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

describe('presenting the default map', () => {
  it('reveals exactly the nodes of steps 1..N as PageDown is pressed, and goes back', async () => {
    const { page } = shared.app;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    await expect.poll(() => shownIds(page), { timeout: 15_000 }).toEqual(through(1));
    for (let n = 2; n <= tour.steps.length; n++) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => shownIds(page)).toEqual(through(n));
    }
    await page.keyboard.press('PageUp');
    await expect.poll(() => shownIds(page)).toEqual(through(tour.steps.length - 1));
    await page.keyboard.press('Home');
    await expect.poll(() => shownIds(page)).toEqual(through(1));
    await page.keyboard.press('End');
    await expect.poll(() => shownIds(page)).toEqual(map.nodes.map((n) => n.id).sort());
  });

  it('jumps to a typed step number, blanks the screen with B and leaves with Esc', async () => {
    const { page } = shared.app;
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => stepShown(page)).toBe(2);
    await page.keyboard.press('b');
    await page.getByTestId('presentation-blank').waitFor();
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('presentation-blank').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    await page.getByTestId('map-canvas').waitFor();
    expect(shared.app.errors).toEqual([]);
  });

  it('opens at a tour step from a link', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?present=${tour.id}&step=3`);
    await page.getByTestId('presentation').waitFor();
    await expect.poll(() => stepShown(page)).toBe(3);
    // The first layout of a fresh page starts the ELK worker: allow it time.
    await expect.poll(() => shownIds(page), { timeout: 15_000 }).toEqual(through(3));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('step=4');
    await page.close();
  });

  it('keeps a presenter window and the audience window on the same step, both ways', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const audience = await context.newPage();
    await audience.goto(inject('appUrl'));
    await waitForMap(audience);
    const presenter = await context.newPage();
    await presenter.goto(`${inject('appUrl')}?presenter=1`);
    await presenter.getByTestId('presenter').waitFor();
    await presenter.keyboard.press('PageDown');
    await audience.getByTestId('presentation').waitFor();
    await expect.poll(() => stepShown(audience)).toBe(2);
    await expect
      .poll(() => presenter.getByTestId('presenter-counter').textContent())
      .toContain('Step 2 of');
    await audience.keyboard.press('PageDown');
    await expect
      .poll(() => presenter.getByTestId('presenter-counter').textContent())
      .toContain('Step 3 of');
    const notes = tour.steps[2]?.notes?.en ?? '';
    expect(notes.length).toBeGreaterThan(20);
    expect(await presenter.getByTestId('presenter-notes').textContent()).toBe(notes);
    // Pictures of the step on screen and the next one, as the audience sees them.
    await expect.poll(() => presenter.locator('img.am-presenter__preview').count()).toBe(2);
    await screenshot(presenter, 'presenter-view');
    // Closing the presenter leaves the audience presenting on its own.
    await presenter.close();
    await audience.keyboard.press('PageDown');
    await expect.poll(() => stepShown(audience)).toBe(4);
    await context.close();
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`keeps every step readable and unclipped at ${size.width}x${size.height}`, async () => {
      const page = await shared.browser.newPage({ viewport: size });
      await page.goto(`${inject('appUrl')}?present=${tour.id}&step=1`);
      await page.getByTestId('presentation').waitFor();
      const minText = (24 * size.height) / 1080;
      const captionTop = await page
        .getByTestId('presentation-caption')
        .boundingBox()
        .then((b) => b?.y ?? size.height);
      for (const [i, step] of tour.steps.entries()) {
        if (i > 0) await page.keyboard.press('PageDown');
        await expect.poll(() => stepShown(page)).toBe(i + 1);
        for (const id of step.nodes) await page.locator(`.am-node[data-node-id="${id}"]`).waitFor();
        await page.waitForTimeout(600); // let the new boxes fade in
        await settle(page);
        const measured = await page.evaluate((ids) => {
          const scale = new DOMMatrixReadOnly(
            getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement)
              .transform,
          ).a;
          return ids.map((id) => {
            const el = document.querySelector(`.am-node[data-node-id="${id}"]`) as HTMLElement;
            const text = el.querySelector('.am-node__text') as HTMLElement;
            const r = el.getBoundingClientRect();
            return {
              id,
              textPx: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
              left: r.left,
              top: r.top,
              right: r.right,
              bottom: r.bottom,
            };
          });
        }, step.nodes);
        for (const m of measured) {
          expect(m.textPx, `${m.id} text`).toBeGreaterThanOrEqual(minText - 0.01);
          expect(m.left, `${m.id} left`).toBeGreaterThanOrEqual(0);
          expect(m.right, `${m.id} right`).toBeLessThanOrEqual(size.width);
          expect(m.top, `${m.id} top`).toBeGreaterThanOrEqual(0);
          expect(m.bottom, `${m.id} bottom`).toBeLessThanOrEqual(captionTop);
        }
        if (size.width === 1920) await screenshot(page, `present-step-${i + 1}`);
      }
      await page.close();
    });
  }
});

describe('presenting a map whose steps lie far apart', () => {
  it('glides to every step so that its new boxes are wholly on screen, above the caption', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // A generated map has no tour of its own: the generated one pairs claims with reasons
    // that ELK puts at opposite sides of the map.
    await page.goto(`${inject('appUrl')}?demo=big&n=100`);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    const counter = await page.locator('.am-present__counter').textContent();
    const count = Number(/of (\d+)/.exec(counter ?? '')?.[1]);
    expect(count).toBeGreaterThan(5);
    const current = page.locator('.react-flow__node.am-step--current .am-node');
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await expect.poll(() => stepShown(page)).toBe(n);
      await current.first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300); // let the glide start
      await settle(page);
      const { boxes, captionTop } = await page.evaluate(() => ({
        captionTop: (
          document.querySelector('[data-testid="presentation-caption"]') as HTMLElement
        ).getBoundingClientRect().top,
        boxes: [...document.querySelectorAll('.react-flow__node.am-step--current .am-node')].map(
          (el) => {
            const r = el.getBoundingClientRect();
            const id = el.getAttribute('data-node-id') ?? '';
            return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          },
        ),
      }));
      expect(boxes.length, `step ${n}`).toBeGreaterThan(0);
      for (const b of boxes) {
        const where = `step ${n}, ${b.id}`;
        expect(b.left, `${where} left`).toBeGreaterThanOrEqual(0);
        expect(b.right, `${where} right`).toBeLessThanOrEqual(1920);
        expect(b.top, `${where} top`).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `${where} bottom (caption at ${captionTop})`).toBeLessThanOrEqual(
          captionTop,
        );
      }
    }
    await page.close();
  }, 120_000);
});
