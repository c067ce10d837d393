import type { Browser, Page } from 'playwright-core';
import { waitForMap } from '../../tests/browser/appPage';
import { median, ms, sleep, table } from './report';

/**
 * Frames per second while the reader pans a big map: the app opens `?demo=big&n=N`, and a
 * scripted drag (mouse down on an empty spot of the pane, moves, up) pans it, at fit view and
 * zoomed in to read. Frames are the page's requestAnimationFrame callbacks during the drag:
 * a frame the main thread is too busy for is a frame the reader does not see.
 */

export const PAN_SIZES = [500, 2000, 5000];
const PANS = 3;
const MOVES = 60;
/** The drag: ~2 s, 60 moves, this far (px), back and forth from one pan to the next. */
const PAN_MS = 2000;
const PAN_DX = 360;
const PAN_DY = 160;
/** Layout of the biggest map takes a minute or more on a 2-core machine. */
const layoutTimeout = (n: number) => (n >= 5000 ? 300_000 : 120_000);

export interface PanFigures {
  /** Median of the pans. */
  fps: number;
  /** Median over the pans of the longest time without a frame in each, ms. */
  longestGapMs: number;
  fpsRuns: number[];
  gapRuns: number[];
  /** Median px the map moved on screen per pan (the drag did pan it). */
  movedPx: number;
  zoom: number;
  /** React Flow nodes (boxes, junctions, group frames) in the page before the first pan. */
  nodesInDom: number;
  /** Median time from mouse down to up: longer than planned when the page holds moves up. */
  dragMs: number;
}

export interface PanFpsResult {
  /** The drags on about:blank, made before the maps'. */
  baseline: PanFigures;
  maps: {
    nodes: number;
    /** Navigation start to the map's first boxes in the DOM, ms. */
    layoutMs: number;
    fitView: PanFigures;
    zoomedIn: PanFigures;
  }[];
}

interface BenchWindow {
  __benchReady?: number;
}

// Page scripts are strings: tsx wraps named functions in a `__name` helper that does not
// exist in the page (see pageLoad.ts).

/** Installed before any page script: notes when the laid-out map's first boxes are in the DOM. */
const NOTE_READY = `(() => {
  window.__benchLastLongTask = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLastLongTask = e.startTime + e.duration;
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    if (document.querySelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)')) {
      window.__benchReady = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/**
 * Counts animation frames between START and STOP. Both note the time when they run on the
 * main thread, so a drag the page is too busy to draw any frame of still counts its time.
 */
const START_FRAMES = `(() => {
  const f = { start: performance.now(), times: [], stop: false };
  window.__benchFrames = f;
  const loop = (t) => {
    if (f.stop) return;
    f.times.push(performance.now());
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

const STOP_FRAMES = `(() => {
  const f = window.__benchFrames;
  f.stop = true;
  const end = performance.now();
  const marks = [f.start, ...f.times, end];
  let gap = 0;
  for (let i = 1; i < marks.length; i++) gap = Math.max(gap, marks[i] - marks[i - 1]);
  return { frames: f.times.length, span: end - f.start, gap };
})()`;

/** The viewport's translation and zoom; zeros where there is no React Flow (the baseline). */
const VIEWPORT = `(() => {
  const v = document.querySelector('.react-flow__viewport');
  if (!v) return { x: 0, y: 0, zoom: 1 };
  const m = new DOMMatrixReadOnly(getComputedStyle(v).transform);
  return { x: m.e, y: m.f, zoom: m.a };
})()`;

/**
 * A spot on the pane with nothing on it (no box, arrow, control or overview), for the drag
 * to start on, as near as can be to `target` and with the whole drag inside the pane.
 */
const emptySpot = (target: { x: number; y: number }, dx: number, dy: number) => `(() => {
  const pane = document.querySelector('.react-flow');
  if (!pane) return { x: ${target.x}, y: ${target.y} };
  const r = pane.getBoundingClientRect();
  const inside = (x, y) => x > r.left + 30 && x < r.right - 30 && y > r.top + 30 && y < r.bottom - 30;
  // Nearest first: hit tests on a drawn map are slow, so stop at the first empty spot.
  const spots = [];
  for (let y = r.top + 30; y < r.bottom - 30; y += 10) {
    for (let x = r.left + 30; x < r.right - 30; x += 10) {
      if (inside(x + ${dx}, y + ${dy})) spots.push({ x, y, d: Math.hypot(x - ${target.x}, y - ${target.y}) });
    }
  }
  spots.sort((a, b) => a.d - b.d);
  for (const { x, y } of spots) {
    const el = document.elementFromPoint(x, y);
    if (!el || !el.closest('.react-flow__pane')) continue;
    if (el.closest('.react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__edgelabel-renderer')) continue;
    return { x, y };
  }
  return null;
})()`;

/**
 * Waits until the page has had no long task for 2 s (at most 15 s): what the app does after
 * drawing a big map (keeping its layout, drawing the overview...) is not part of a pan.
 */
async function quiet(page: Page): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 15_000) {
    const idle = (await page.evaluate('performance.now() - window.__benchLastLongTask')) as number;
    if (idle > 2000) return;
    await sleep(250);
  }
}

interface OnePan {
  dragMs: number;
  fps: number;
  gap: number;
  moved: number;
}

/** One drag of ~2 s from an empty spot; `sign` alternates so the map stays around. */
async function pan(page: Page, sign: 1 | -1): Promise<OnePan> {
  const dx = sign * PAN_DX;
  const dy = sign * PAN_DY;
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const target = { x: size.width / 2 - dx / 2, y: size.height / 2 - dy / 2 };
  const at = (await page.evaluate(emptySpot(target, dx, dy))) as { x: number; y: number } | null;
  if (!at) throw new Error('no empty spot on the pane to start a pan on');
  const before = (await page.evaluate(VIEWPORT)) as { x: number; y: number };
  await page.mouse.move(at.x, at.y);
  await page.evaluate(START_FRAMES);
  await page.mouse.down();
  const start = Date.now();
  // Moves at fixed times, as a hand makes them, whether or not the page has handled the last
  // one (Chromium then coalesces them into one per frame, as it does a real mouse's).
  const moves: Promise<void>[] = [];
  for (let i = 1; i <= MOVES; i++) {
    const wait = start + (i * PAN_MS) / MOVES - Date.now();
    if (wait > 0) await sleep(wait);
    moves.push(page.mouse.move(at.x + (dx * i) / MOVES, at.y + (dy * i) / MOVES));
  }
  await Promise.all(moves);
  await page.mouse.up();
  const dragMs = Date.now() - start;
  const f = (await page.evaluate(STOP_FRAMES)) as { frames: number; span: number; gap: number };
  const after = (await page.evaluate(VIEWPORT)) as { x: number; y: number };
  await sleep(300);
  return {
    dragMs,
    fps: (f.frames * 1000) / f.span,
    gap: f.gap,
    moved: Math.hypot(after.x - before.x, after.y - before.y),
  };
}

async function pans(page: Page): Promise<PanFigures> {
  const nodesInDom = await page.locator('.react-flow__node').count();
  const runs: OnePan[] = [];
  for (let i = 0; i < PANS; i++) runs.push(await pan(page, i % 2 === 0 ? 1 : -1));
  const view = (await page.evaluate(VIEWPORT)) as { zoom: number };
  return {
    fps: median(runs.map((r) => r.fps)),
    longestGapMs: median(runs.map((r) => r.gap)),
    fpsRuns: runs.map((r) => Number(r.fps.toFixed(1))),
    gapRuns: runs.map((r) => Number(r.gap.toFixed(1))),
    movedPx: median(runs.map((r) => r.moved)),
    zoom: view.zoom,
    nodesInDom,
    dragMs: median(runs.map((r) => r.dragMs)),
  };
}

/** Fonts loaded, two frames drawn, boxes arrived where they glide to. */
const SETTLE = `(async () => {
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
})()`;

/**
 * The screen centre of the box with the most boxes around it (within 48 px on screen at fit
 * view), the nearest the middle of the pane among equals: where a reader zooms in to read,
 * rather than an empty stretch of a wide map.
 */
const BUSIEST_BOX = `(() => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  const centres = [...document.querySelectorAll('.am-node')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }).filter((c) => c.x > pane.left + 60 && c.x < pane.right - 60 && c.y > pane.top + 40 && c.y < pane.bottom - 40);
  let best = null;
  let bestScore = -Infinity;
  for (const c of centres) {
    const near = centres.filter((o) => Math.hypot(o.x - c.x, o.y - c.y) < 48).length;
    const score = near - Math.hypot(c.x - cx, c.y - cy) / 10000;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
})()`;

/** The zoom the drags "zoomed in" aim at: text at its normal size. */
const READ_ZOOM = 1.1;

/**
 * Zooms in on the busiest part of the map with the mouse wheel (React Flow zooms around the
 * pointer by 2^(-deltaY / 500)) until the zoom is at least 1: the text can be read. One turn
 * of the wheel as far as needed, not many small ones: on a big map each costs seconds.
 */
async function zoomToRead(page: Page): Promise<void> {
  const box = (await page.evaluate(BUSIEST_BOX)) as { x: number; y: number } | null;
  if (!box) throw new Error('no box on screen to zoom in on');
  await page.mouse.move(box.x, box.y);
  for (let i = 0; i < 6; i++) {
    const { zoom } = (await page.evaluate(VIEWPORT)) as { zoom: number };
    if (zoom >= 1) break;
    await page.mouse.wheel(0, -Math.ceil(Math.log2(READ_ZOOM / zoom) * 500));
    await sleep(300);
  }
  // Not waitForMap: its first box may be one culled away at this zoom.
  await page.evaluate(SETTLE);
  await sleep(500);
}

export async function measurePanFps(
  browser: Browser,
  url: string,
  sizes: readonly number[] = PAN_SIZES,
  progress: (line: string) => void = () => {},
): Promise<PanFpsResult> {
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    return { context, page: await context.newPage() };
  };
  // The same drags on an empty page: what this browser gives at best (headless, no GPU).
  let baseline: PanFigures;
  {
    const { context, page } = await newPage();
    try {
      await page.goto('about:blank');
      baseline = await pans(page);
    } finally {
      await context.close();
    }
  }
  const maps: PanFpsResult['maps'] = [];
  for (const n of sizes) {
    const started = performance.now();
    // A fresh context: no layout kept from an earlier visit, the map is laid out now.
    const { context, page } = await newPage();
    try {
      await page.addInitScript({ content: NOTE_READY });
      await page.goto(`${url}?demo=big&n=${n}`);
      // A function, not a string: the app's CSP forbids the eval a string predicate needs.
      await page.waitForFunction(() => (window as BenchWindow).__benchReady, undefined, {
        timeout: layoutTimeout(n),
        polling: 250,
      });
      const layoutMs = (await page.evaluate('window.__benchReady')) as number;
      await waitForMap(page);
      await quiet(page);
      await sleep(500);
      const fitView = await pans(page);
      await zoomToRead(page);
      await quiet(page);
      const zoomedIn = await pans(page);
      maps.push({ nodes: n, layoutMs, fitView, zoomedIn });
    } finally {
      await context.close();
    }
    progress(`  ${n} nodes: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { baseline, maps };
}

export function printPanFps(result: PanFpsResult): void {
  const { baseline } = result;
  const row = (label: string, layout: string, f: PanFigures) => [
    label,
    layout,
    f.zoom.toFixed(2),
    String(f.nodesInDom),
    f.fps.toFixed(1),
    `${((100 * f.fps) / baseline.fps).toFixed(0)} %`,
    ms(f.longestGapMs),
    f.fpsRuns.join(' / '),
    (f.dragMs / 1000).toFixed(1),
    ms(f.movedPx),
  ];
  const rows = [row('empty page (baseline)', '', baseline)];
  for (const m of result.maps) {
    rows.push(row(`${m.nodes} nodes, fit view`, ms(m.layoutMs), m.fitView));
    rows.push(row(`${m.nodes} nodes, zoomed in`, '', m.zoomedIn));
  }
  console.log(
    table(
      [
        'case',
        'layout ms',
        'zoom',
        'nodes in DOM',
        'fps (median)',
        'of baseline',
        'longest gap ms',
        'fps of the pans',
        'drag s',
        'moved px',
      ],
      rows,
    ),
  );
  console.log(
    `  fps: requestAnimationFrame callbacks in the page during a drag (mouse down, ${MOVES} moves\n` +
      `    over ~${PAN_MS / 1000} s, ${PAN_DX} x ${PAN_DY} px, up; from an empty spot of the pane) / its time,\n` +
      '    both taken in the page (counter started before mouse down, stopped after mouse up);\n' +
      `    median of ${PANS} drags (back and forth); each map first left to settle: no long task\n` +
      '    for 2 s (layout kept, overview drawn...), at most 15 s\n' +
      '  of baseline: fps / fps of the same drags on about:blank with only the rAF loop running\n' +
      '    (same browser, just before the maps): headless Chromium without GPU sets the ceiling\n' +
      '    and the machine is shared, so read the ratio rather than the fps\n' +
      '  longest gap: the longest time without a frame during a drag (median of the drags)\n' +
      '  drag s: mouse down to up (median): moves are sent on time without waiting for the page\n' +
      '    to handle the last (Chromium coalesces them), so a drag lasts longer than planned\n' +
      '    only by what the page has left to handle at the end;\n' +
      '    moved px: how far the map moved on screen in a drag (it did pan)\n' +
      "  layout ms: navigation start to ELK's layout drawn (`?demo=big&n=N`, fresh context:\n" +
      '    nothing cached; a sketch is shown before it); fit view: the whole map in the pane;\n' +
      '    zoomed in: mouse wheel over the box with the most boxes near it to zoom >= 1\n' +
      '  nodes in DOM: .react-flow__node elements (boxes, junctions, group frames); from 300\n' +
      '    boxes on only those in view are in the page; below zoom 0.3 boxes have no words',
  );
}
