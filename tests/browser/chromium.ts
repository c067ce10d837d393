import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium';

export const CHROMIUM_PATH = chromiumPath();

/** Starts headless Chromium with the flags that work here. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run the README's test command, which installs it`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright gives each launch a fresh temporary profile of its own.
    args: CHROMIUM_FLAGS,
  });
}
