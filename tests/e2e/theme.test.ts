import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { luminance } from '../../src/diagram/contrast';
import { BOX_STYLES } from '../../src/diagram/theme';
import { waitForMap } from '../browser/appPage';
import { openApp, openViewMenu, screenshot, sharedBrowser } from './mapPage';

const shared = sharedBrowser();

/** How light a computed colour of the first element matching `selector` is, 0 (black) to 1. */
async function lightness(
  page: Page,
  selector: string,
  property: 'color' | 'backgroundColor',
): Promise<number> {
  const rgb = await page.$eval(selector, (el, p) => getComputedStyle(el)[p], property);
  const hex = `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
  return luminance(hex);
}

/** The map's background (the page behind the canvas) and a claim's text, as a user sees them. */
const looks = async (page: Page) => ({
  canvas: (await lightness(page, 'html', 'backgroundColor')) < 0.1 ? 'dark' : 'light',
  claimBox: (await lightness(page, '.am-node--claim', 'backgroundColor')) < 0.1 ? 'dark' : 'light',
  claimText: (await lightness(page, '.am-node--claim', 'color')) > 0.5 ? 'light' : 'dark',
});
const DARK = { canvas: 'dark', claimBox: 'dark', claimText: 'light' };
const LIGHT = { canvas: 'light', claimBox: 'light', claimText: 'dark' };

const choose = async (page: Page, theme: 'System' | 'Light' | 'Dark') => {
  await openViewMenu(page);
  await page.getByRole('radio', { name: theme }).check();
};

describe('the colour theme', () => {
  it('turns dark when Dark is chosen in the View menu, and stays dark after a reload', async () => {
    const { page, errors } = await openApp(shared.browser);
    expect(await looks(page)).toEqual(LIGHT);
    await openViewMenu(page);
    expect(await page.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    await choose(page, 'Dark');
    await expect.poll(() => looks(page)).toEqual(DARK);
    await screenshot(page, 'dark-theme');
    await page.reload();
    await waitForMap(page);
    expect(await looks(page)).toEqual(DARK);
    await openViewMenu(page);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await choose(page, 'Light');
    await expect.poll(() => looks(page)).toEqual(LIGHT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the system while System is chosen, and a choice overrides it', async () => {
    const { page } = await openApp(shared.browser, undefined, 'dark');
    expect(await looks(page)).toEqual(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => looks(page)).toEqual(LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => looks(page)).toEqual(DARK);
    await choose(page, 'Light');
    await expect.poll(() => looks(page)).toEqual(LIGHT);
    await choose(page, 'System');
    await expect.poll(() => looks(page)).toEqual(DARK);
    await page.close();
  });

  it('still exports in the light palette, for white slides and paper', async () => {
    const { page } = await openApp(shared.browser, undefined, 'dark');
    expect(await looks(page)).toEqual(DARK);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-format').selectOption('svg');
    const button = page.getByTestId('export-download');
    await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain(`fill="${BOX_STYLES.conclusion.fill}"`);
    expect(svg).not.toContain('var(--');
    await page.close();
  });
});
