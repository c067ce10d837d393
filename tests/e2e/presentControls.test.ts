import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDefaultMap } from '../../src/explore/testMaps';
import { waitForMap } from '../browser/appPage';
import { sharedBrowser } from './mapPage';

const shared = sharedBrowser();
const map = loadDefaultMap();
const tour = map.tours?.[0];
if (!tour) throw new Error('the default map ships without a tour');
const count = tour.steps.length;
const captionOf = (n: number) => tour.steps[n - 1]?.caption?.en ?? '';

const stepShown = (page: Page) =>
  page.getByTestId('presentation').getAttribute('data-step').then(Number);
const controls = (page: Page) => page.getByTestId('presentation-controls');
/** Whether the controls are drawn and take the pointer, as a user finds out by looking. */
const controlsState = (page: Page) =>
  controls(page).evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      shown: el.getAttribute('data-shown') === 'true',
      opaque: style.opacity === '1',
      pointer: style.pointerEvents !== 'none',
    };
  });
const SHOWN = { shown: true, opaque: true, pointer: true };
const HIDDEN = { shown: false, opaque: false, pointer: false };

/** Where the controls lie against the caption, and how large their buttons are. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      bar: rect(document.querySelector('[data-testid="presentation-controls"]')),
      caption: rect(document.querySelector('[data-testid="presentation-caption"]')),
      boxes: [...document.querySelectorAll('.am-node')].map((n) => rect(n)),
      buttons: [...document.querySelectorAll('.am-present__control')].map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label'), width: r.width, height: r.height };
      }),
    };
  });
}

describe('on-screen presentation controls', () => {
  it('show on mouse movement, step forward and back, leave, and hide again when still', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
    // Nothing over the slide while nobody moves.
    await expect.poll(() => controlsState(page)).toEqual(HIDDEN);

    await page.mouse.move(600, 300);
    await page.mouse.move(640, 320);
    await expect.poll(() => controlsState(page)).toEqual(SHOWN);
    const group = page.getByRole('group', { name: 'Presentation controls' });
    const previous = group.getByRole('button', { name: 'Previous step' });
    const next = group.getByRole('button', { name: 'Next step' });
    const exit = group.getByRole('button', { name: 'Leave the presentation' });
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    expect(await next.getAttribute('aria-disabled')).toBeNull();
    expect(await group.locator('.am-present__position').textContent()).toBe(`1 / ${count}`);
    const { bar, caption, boxes, buttons } = await measure(page);
    // Clear of the caption and of the step's boxes: in the band the camera keeps free above.
    expect(bar.bottom).toBeLessThanOrEqual(caption.top);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      const apart =
        b.right <= bar.left || bar.right <= b.left || b.bottom <= bar.top || bar.bottom <= b.top;
      expect(apart, `a box at ${JSON.stringify(b)} under the controls`).toBe(true);
    }
    expect(bar.right).toBeLessThanOrEqual(1280);
    expect(buttons).toHaveLength(3);
    for (const b of buttons) {
      expect(b.width, `${b.name} width`).toBeGreaterThanOrEqual(44);
      expect(b.height, `${b.name} height`).toBeGreaterThanOrEqual(44);
    }

    await next.click();
    await expect.poll(() => stepShown(page)).toBe(2);
    await expect
      .poll(() => group.locator('.am-present__position').textContent())
      .toBe(`2 / ${count}`);
    await expect
      .poll(() => page.getByTestId('presentation-caption').textContent())
      .toContain(captionOf(2));
    await next.click();
    await expect.poll(() => stepShown(page)).toBe(3);
    await previous.click();
    await expect.poll(() => stepShown(page)).toBe(2);
    await expect
      .poll(() => page.getByTestId('presentation-caption').textContent())
      .toContain(captionOf(2));
    // They stay while the pointer rests on them.
    await page.waitForTimeout(3000);
    expect(await controlsState(page)).toEqual(SHOWN);

    // Off them and still: they go, and a click where they were reaches the map, not them.
    await page.mouse.move(640, 250);
    await expect.poll(() => controlsState(page)).toEqual(HIDDEN);
    const box = await next.boundingBox();
    if (!box) throw new Error('no Next button');
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button') != null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe(false);

    // Next is disabled on the last step, as the keys stop there.
    await page.keyboard.press('End');
    await expect.poll(() => stepShown(page)).toBe(count);
    await page.mouse.move(600, 300);
    await expect.poll(() => controlsState(page)).toEqual(SHOWN);
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await next.click({ force: true });
    await page.waitForTimeout(300);
    expect(await stepShown(page)).toBe(count);

    await exit.click();
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    await page.getByTestId('map-canvas').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('show on a tap of a touch screen, and a tap on Next steps on', async () => {
    const context = await shared.browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}?present=${tour.id}&step=1`);
    await page.getByTestId('presentation').waitFor();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => controlsState(page)).toEqual(HIDDEN);
    await page.touchscreen.tap(512, 300);
    await expect.poll(() => controlsState(page)).toEqual(SHOWN);
    // The tap only showed them: it stepped nowhere.
    expect(await stepShown(page)).toBe(1);
    const { bar, caption } = await measure(page);
    expect(bar.bottom).toBeLessThanOrEqual(caption.top);
    await page.getByTestId('present-next').tap();
    await expect.poll(() => stepShown(page)).toBe(2);
    await expect.poll(() => controlsState(page)).toEqual(HIDDEN);
    await context.close();
  });

  it('show for the keyboard, press with Enter, and do not fade for reduced motion', async () => {
    const context = await shared.browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}?present=${tour.id}&step=3`);
    await page.getByTestId('presentation').waitFor();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
    expect(await controls(page).evaluate((el) => getComputedStyle(el).transitionDuration)).toBe(
      '0s',
    );
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    for (let i = 0; i < 6 && (await focused()) !== 'present-next'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('present-next');
    await expect.poll(() => controlsState(page)).toEqual(SHOWN);
    // Enter presses the focused button once; it is not also the key for the next step.
    await page.keyboard.press('Enter');
    await expect.poll(() => stepShown(page)).toBe(4);
    await page.waitForTimeout(300);
    expect(await stepShown(page)).toBe(4);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('present-previous');
    await page.keyboard.press(' ');
    await expect.poll(() => stepShown(page)).toBe(3);
    // Focused from the keyboard, they stay.
    await page.waitForTimeout(3000);
    expect(await controlsState(page)).toEqual(SHOWN);
    await context.close();
  });
});
