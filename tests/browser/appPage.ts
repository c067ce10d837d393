import type { Page } from 'playwright-core';

/** Waits until the map is laid out, drawn and its font loaded: what a user would see. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-layout-ready="true"] .react-flow__node', { timeout: 30_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: React Flow applies fitView after measuring the nodes.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
