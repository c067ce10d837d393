import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

/** Makes dates fail to format while `window.__breakDates` is set: a fault in one panel. */
const BREAK_DATES = `(() => {
  const format = Date.prototype.toLocaleString;
  Date.prototype.toLocaleString = function (...args) {
    if (window.__breakDates) throw new Error('the clock is broken');
    return format.apply(this, args);
  };
})()`;

describe('a failing panel', () => {
  it('says so in place, keeps the map working and the work safe, and can try again', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(BREAK_DATES);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    // A map of one's own, so the Maps dialog lists it with its date.
    await page.keyboard.press('n');
    await page.locator('.am-node__editor').waitFor();
    await page.keyboard.type('A claim of my own');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);

    await page.evaluate(() => {
      (window as unknown as { __breakDates: boolean }).__breakDates = true;
    });
    await page.getByRole('button', { name: 'Maps…' }).click();
    const failed = page.getByTestId('panel-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Your maps failed: the clock is broken');
    await page.keyboard.press('Escape');
    // The map answers: a click selects and shows details; the new claim is still there.
    await page.locator('.am-node').filter({ hasText: 'A claim of my own' }).click();
    await page.getByTestId('details').waitFor();
    expect(await page.getByTestId('node-text-field').inputValue()).toBe('A claim of my own');

    // Fixed, the panel works again.
    await page.evaluate(() => {
      (window as unknown as { __breakDates: boolean }).__breakDates = false;
    });
    await page.getByRole('button', { name: 'Maps…' }).click();
    await expect.poll(() => page.getByTestId('library-entry').count()).toBe(1);
    expect(await page.getByTestId('panel-failed').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a crashing layout worker', () => {
  it('says the map could not be laid out, and Try again lays it out with a new worker', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // The worker's script is swapped for one that dies on the first request it gets.
    const crashing = '**/elkLayoutWorker-*.js';
    await page.route(crashing, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        headers: { 'cache-control': 'no-store' },
        body: "self.onmessage = () => setTimeout(() => { throw new Error('out of memory'); });",
      }),
    );
    // Left to right: not the default map's layout made at build time, so the worker is asked.
    await page.goto(`${inject('appUrl')}?dir=right`);
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('The map could not be laid out: the layout worker stopped');
    expect(await page.locator('.am-node').count()).toBe(0);
    await page.unroute(crashing);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForMap(page);
    expect(await page.locator('.am-node').count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe('a crashing parsing worker', () => {
  it('still opens the file, read on the page instead', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/parseWorker-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        headers: { 'cache-control': 'no-store' },
        body: "self.onmessage = () => setTimeout(() => { throw new Error('out of memory'); });",
      }),
    );
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await chooseMapFile(page, {
      name: 'cars.argdown',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '[Ban]: Cities should ban cars from their centres.\n  + <Air>: Cars foul the air in narrow streets.\n',
      ),
    });
    await expect
      .poll(() => page.locator('.am-node').allTextContents(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining('Cities should ban cars'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
