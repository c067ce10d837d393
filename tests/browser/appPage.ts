import type { Page } from 'playwright-core';

/** Waits until the map is laid out, drawn, its font loaded and its boxes still: what a user sees. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)', {
    timeout: 30_000,
  });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: React Flow applies fitView after measuring the nodes.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Boxes glide to new places after a relayout: wait until they have arrived.
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
  // The build's picture of the map (src/firstPicture) is gone once the map itself is framed.
  await page.waitForFunction(() => !document.getElementById('am-first-picture'));
}
