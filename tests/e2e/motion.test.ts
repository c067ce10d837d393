import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './mapPage';

const shared = sharedBrowser();

const viewport = (page: Page) =>
  page.$eval('.react-flow__viewport', (el) => getComputedStyle(el).transform);
const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

/** Where the presentation camera is 3 frames after the next step is asked for, and later. */
async function cameraAfterStep(reducedMotion: 'reduce' | 'no-preference') {
  const context = await shared.browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion,
  });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}?present=teach&step=1`);
  await page.getByTestId('presentation').waitFor();
  await page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1500);
  const glide = await page.$eval(
    '.react-flow__node',
    (el) => getComputedStyle(el).transitionDuration,
  );
  await page.keyboard.press('PageDown');
  await frames(page, 3);
  const soon = await viewport(page);
  await page.waitForTimeout(1200);
  const settled = await viewport(page);
  await context.close();
  return { soon, settled, glide };
}

describe('motion', () => {
  it('moves the camera and the boxes at once for readers who asked for less motion', async () => {
    const reduced = await cameraAfterStep('reduce');
    expect(reduced.soon).toBe(reduced.settled);
    expect(reduced.glide).toBe('0s');
    // The control: without the wish the camera glides there over several frames.
    const moving = await cameraAfterStep('no-preference');
    expect(moving.soon).not.toBe(moving.settled);
  });
});
