import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseMap } from '../../src/model/parseMap';
import { waitForMap } from '../browser/appPage';
import { sharedBrowser } from './mapPage';

const shared = sharedBrowser();

async function openWith(script: string): Promise<Page> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(script);
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await waitForMap(page);
  return page;
}

async function addClaim(page: Page, text: string) {
  await page.keyboard.press('n');
  await page.locator('.am-node__editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Saves through the notice's button; the file must open as a map with `text` in it. */
async function saveFromNotice(page: Page, text: string) {
  const notice = page.getByTestId('notice');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Save as .json' }).click(),
  ]);
  const parsed = parseMap(readFileSync(await file.path(), 'utf8'));
  expect(parsed.ok && parsed.map.nodes.some((n) => n.text === text)).toBe(true);
}

describe('when the browser keeps nothing', () => {
  it('says so at once, keeps the map in memory and offers it as a file', async () => {
    const page = await openWith(
      `Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });`,
    );
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toMatch(/keeps no storage/);
    await addClaim(page, 'Kept in memory');
    await expect
      .poll(() => page.locator('.am-line', { hasText: 'Kept in memory' }).count())
      .toBe(1);
    await saveFromNotice(page, 'Kept in memory');
    await page.context().close();
  });

  it('starts and keeps working when the browser blocks all storage (cookies blocked)', async () => {
    // Chromium with cookies blocked: reading localStorage or indexedDB throws.
    const page = await openWith(`
      for (const name of ['localStorage', 'indexedDB'])
        Object.defineProperty(window, name, {
          configurable: true,
          get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
        });`);
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toMatch(/keeps no storage/);
    await addClaim(page, 'Kept without storage');
    await expect
      .poll(() => page.locator('.am-line', { hasText: 'Kept without storage' }).count())
      .toBe(1);
    await saveFromNotice(page, 'Kept without storage');
    await page.context().close();
  });

  it('reports a full storage when saving fails, and offers the map as a file', async () => {
    const page = await openWith(`
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };`);
    await addClaim(page, 'Disk full claim');
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toMatch(/Saving failed: storage is full/);
    // The edit stands; nothing was lost.
    await expect
      .poll(() => page.locator('.am-line', { hasText: 'Disk full claim' }).count())
      .toBe(1);
    await saveFromNotice(page, 'Disk full claim');
    await page.context().close();
  });
});
