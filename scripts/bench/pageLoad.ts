import type { Browser, BrowserContext } from 'playwright-core';

export interface PageLoad {
  /** ms from navigation start to the end of DOMContentLoaded: scripts loaded, before layout. */
  domContentLoaded: number;
  /** ms from navigation start until the map's nodes are in the DOM. */
  nodesInDom: number;
  /** ms until then, plus fonts ready and two animation frames: what tests call "painted". */
  painted: number;
  /**
   * ms until the build's picture of the map (src/firstPicture) is painted with its fonts, the
   * map a reader sees before the app has drawn its own; null when the page showed none.
   */
  picture: number | null;
}

interface PaintWindow {
  __benchPaint?: PageLoad;
}

/**
 * Installed before any page script. Checks once per frame (cheap, and rAF is when paint happens
 * anyway) for the nodes of a laid-out map, then waits as `waitForMap` does: fonts, two frames.
 * Times come from `performance.now()` in the page, so they start at navigation and no
 * round-trip to Playwright is counted. A string, not a function: tsx wraps named functions in
 * a `__name` helper that does not exist in the page.
 */
const RECORD_PAINT = `(() => {
  let picture = null;
  const pictureShown = () => {
    const map = document.querySelector('[data-first-picture] .am-first-picture__map[data-lang="' +
      document.documentElement.dataset.firstPicture + '"]');
    return map !== null && map.getBoundingClientRect().width > 0 &&
      document.fonts.check('400 12px "IBM Plex Sans"') && document.fonts.check('600 12px "IBM Plex Sans"');
  };
  const watchPicture = () => {
    if (!document.getElementById('am-first-picture')) return;
    if (!pictureShown()) {
      requestAnimationFrame(watchPicture);
      return;
    }
    // The frame this callback runs in is painted next; the one after sees it on screen.
    requestAnimationFrame(() => { picture = performance.now(); });
  };
  requestAnimationFrame(watchPicture);
  const poll = () => {
    if (!document.querySelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)')) {
      requestAnimationFrame(poll);
      return;
    }
    const nodesInDom = performance.now();
    document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const painted = performance.now();
          const nav = performance.getEntriesByType('navigation')[0];
          const domContentLoaded = nav ? nav.domContentLoadedEventEnd : NaN;
          window.__benchPaint = { domContentLoaded, nodesInDom, painted, picture };
        }),
      ),
    );
  };
  requestAnimationFrame(poll);
})();`;

/**
 * Loads the app `runs` times, each in a new page. `shared`: all pages in one browser context,
 * so the HTTP cache is warm after the first (uncounted) load; otherwise a fresh context per
 * load, which starts with an empty cache.
 */
export async function measurePageLoads(
  browser: Browser,
  url: string,
  runs: number,
  shared: boolean,
): Promise<PageLoad[]> {
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 720 } });
  const sharedContext = shared ? await newContext() : undefined;
  const loadOnce = async (): Promise<PageLoad> => {
    const context: BrowserContext = sharedContext ?? (await newContext());
    const page = await context.newPage();
    await page.addInitScript({ content: RECORD_PAINT });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as PaintWindow).__benchPaint, undefined, {
      timeout: 30_000,
    });
    const load = (await page.evaluate(
      () => (window as unknown as PaintWindow).__benchPaint,
    )) as PageLoad;
    await page.close();
    if (!sharedContext) await context.close();
    return load;
  };
  try {
    if (sharedContext) await loadOnce();
    const loads: PageLoad[] = [];
    for (let i = 0; i < runs; i++) loads.push(await loadOnce());
    return loads;
  } finally {
    await sharedContext?.close();
  }
}
