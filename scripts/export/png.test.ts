import { beforeAll, describe, expect, it } from 'vitest';
import { svgToPng, withBrowser } from './browser';
import { type DiagramSvg, mapToSvg } from './mapToSvg';
import { CLI_DEFAULTS, defaultMap, pngHeader } from './testSupport';

describe('PNG export', { timeout: 60_000 }, () => {
  let white: DiagramSvg;
  const pngs = new Map<string, Buffer>();
  beforeAll(async () => {
    const map = defaultMap();
    white = await mapToSvg(map, CLI_DEFAULTS);
    const clear = await mapToSvg(map, { ...CLI_DEFAULTS, background: 'transparent' });
    // One browser for all: starting Chromium is the slow part.
    await withBrowser(async (browser) => {
      for (const scale of [1, 2, 4])
        pngs.set(`white@${scale}`, (await svgToPng(browser, white.svg, scale)).png);
      pngs.set('clear@1', (await svgToPng(browser, clear.svg, 1)).png);
    });
  }, 60_000);

  it.each([1, 2, 4])('is exactly %i × the SVG size at that scale', (scale) => {
    const header = pngHeader(pngs.get(`white@${scale}`) ?? Buffer.alloc(0));
    expect([header.width, header.height]).toEqual([white.width * scale, white.height * scale]);
  });

  it('keeps an alpha channel on a transparent background', () => {
    expect(pngHeader(pngs.get('clear@1') ?? Buffer.alloc(0)).colourType).toBe(6);
  });
});
