import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { nodeBoxes, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

describe('offline', () => {
  it('opens and works with the network off after one visit', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    // The service worker has cached the app once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('no active service worker');
    });
    const online = (await nodeBoxes(page)).length;
    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    expect((await nodeBoxes(page)).length).toBe(online);
    // Parts loaded on first use come from the cache too: the Argdown editor and its parser.
    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    await page.locator('.cm-content').waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n[Offline]: Written without a network.\n');
    await expect
      .poll(() => page.locator('.am-line', { hasText: 'Written without a network.' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await context.close();
  });
});
