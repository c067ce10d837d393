import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { nodeBoxes, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

describe('cached layouts', () => {
  it('draws a map laid out before without starting ELK, in the same places', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    expect(workers.some((w) => w.includes('elk'))).toBe(true);
    const first = await nodeBoxes(page);
    await page.waitForTimeout(500);
    workers.length = 0;
    await page.reload();
    await waitForMap(page);
    expect(workers.filter((w) => w.includes('elk'))).toEqual([]);
    expect(await nodeBoxes(page)).toEqual(first);
    // Something new to draw still runs ELK: the other direction.
    await page.locator('details.am-filter > summary').click();
    await page.getByLabel('Layout').selectOption('right');
    await expect.poll(() => workers.some((w) => w.includes('elk'))).toBe(true);
    await context.close();
  });
});
