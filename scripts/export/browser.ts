import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { type PdfOrientation, type PdfPage, pageLayout } from '../../src/export/pdfPage';
import { type PngSize, pngSizeFor } from '../../src/export/pngScale';
import { svgSize } from '../../src/export/svgSize';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';
import { UserError } from './errors';

/** Runs `use` with a headless Chromium, closed afterwards whatever happens. */
export async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const path = chromiumPath();
  if (!existsSync(path))
    throw new UserError(
      `Chromium not found at ${path}; PNG and PDF need it. Install Debian's package ` +
        '(sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  // Loaded only here: SVG and data formats don't need Playwright.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * The SVG as a PNG of scale × its size, or as big as a browser's canvas allows (the size it
 * was drawn at comes back with it). The SVG carries its fonts and its background (white, or
 * none for a transparent PNG).
 */
export async function svgToPng(
  browser: Browser,
  svg: string,
  /** Device pixels per SVG pixel. */
  scale: number,
): Promise<{ png: Buffer; size: PngSize }> {
  const { width, height } = svgSize(svg);
  const size = pngSizeFor(width, height, scale);

  // Drawn on a canvas as the app does (svgToPng in src/export/browser), not a screenshot: a
  // page the size of a big map came out blank, or with parts of its frames missing.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const base64 = await page.evaluate(
      async ({ svg, width, height }) => {
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        context?.drawImage(image, 0, 0, width, height);
        URL.revokeObjectURL(url);
        const data = canvas.toDataURL('image/png');
        // A canvas the browser would not make gives no context and "data:," for a picture.
        return context && data.startsWith('data:image/png;base64,')
          ? data.slice('data:image/png;base64,'.length)
          : null;
      },
      { svg, width: size.width, height: size.height },
    );
    if (!base64)
      throw new Error(`Chromium could not draw a PNG of ${size.width} × ${size.height} pixels`);
    const png = Buffer.from(base64, 'base64');
    return { png, size };
  } finally {
    await context.close();
  }
}

const PX_PER_PT = 96 / 72;

/**
 * A vector PDF of the SVG (Chromium prints SVG text as text: selectable and searchable).
 * `fit`: one page the diagram's size; `a4`/`letter`: paper turned as asked (or the way the
 * diagram comes out larger), diagram scaled to fit.
 */
export async function svgToPdf(
  browser: Browser,
  svg: string,
  page: PdfPage,
  orientation: PdfOrientation = 'auto',
): Promise<Buffer> {
  const size = svgSize(svg);
  const at = pageLayout(size, page, orientation);
  const px = (pt: number) => `${(pt * PX_PER_PT).toFixed(3)}px`;
  const css =
    `@page{size:${px(at.pageWidth)} ${px(at.pageHeight)};margin:0}` +
    `svg{position:absolute;left:${px(at.x)};top:${px(at.y)};width:${px(at.width)};height:${px(at.height)}}`;
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await showSvg(tab, svg, css);
    return await tab.pdf({
      width: px(at.pageWidth),
      height: px(at.pageHeight),
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      // Rounding the page size must not spill a sliver onto a second page.
      pageRanges: '1',
    });
  } finally {
    await context.close();
  }
}

/** Puts the SVG inline in a blank page and waits until its embedded fonts have loaded. */
async function showSvg(page: Page, svg: string, css: string): Promise<void> {
  const inline = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>` +
      `html,body{margin:0;padding:0;background:transparent;overflow:hidden}svg{display:block}${css}` +
      `</style></head><body>${inline}</body></html>`,
  );
  // Fonts load lazily: ask for every face, then wait until the document has them all.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((f) => f.load()));
    await document.fonts.ready;
  });
}
