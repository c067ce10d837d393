import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';

export const SHOTS_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export interface OpenedApp {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
  workers: string[];
}

/**
 * Opens the built app in a fresh page and waits until the map is drawn; `colorScheme` is the
 * system's setting the page sees (light unless said).
 */
export async function openApp(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport, colorScheme });
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(inject('appUrl'));
  await waitForMap(page);
  return { page, errors, workers };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = `${SHOTS_DIR}${name}.png`;
  await page.screenshot({ path });
  return path;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Screen rectangles of every drawn argument node. */
export function nodeBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.am-node', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-node-id') ?? '',
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** One Chromium and one opened app for all tests of a file, closed after them. */
export function sharedApp(): { readonly app: OpenedApp; readonly browser: Browser } {
  const shared = {} as { app: OpenedApp; browser: Browser };
  beforeAll(async () => {
    shared.browser = await launchChromium();
    shared.app = await openApp(shared.browser);
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}

type FileInput = Parameters<Page['setInputFiles']>[1];

/** Opens a map file as a user does: the Maps dialog, then its Open button's file chooser. */
export async function chooseMapFile(page: Page, files: FileInput): Promise<void> {
  if (!(await page.getByTestId('open-map').isVisible())) {
    await page.getByRole('button', { name: /^(Maps|Karten)…$/ }).click();
  }
  await page.getByTestId('open-map').setInputFiles(files);
}

/** Opens the View menu (layout and what is shown), unless it is open already. */
export async function openViewMenu(page: Page): Promise<void> {
  const open = await page.$eval('details.am-filter', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.locator('details.am-filter > summary').click();
}

/** One Chromium for all tests of a file (each test makes its own pages), closed after them. */
export function sharedBrowser(): { readonly browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await launchChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}
