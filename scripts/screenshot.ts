/**
 * Builds the app, opens it in headless Chromium at 1280x720 and writes the screenshot the
 * README shows: public/screenshot.png.  npm run screenshot
 */
import { fileURLToPath } from 'node:url';
import { waitForMap } from '../tests/browser/appPage';
import { launchChromium } from '../tests/browser/chromium';
import { serveBuiltApp } from '../tests/browser/server';

const out = process.argv[2] ?? fileURLToPath(new URL('../public/screenshot.png', import.meta.url));
const server = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  await waitForMap(page);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
