import type { Browser, Page } from 'playwright-core';
import type { ArgumentMap } from '../../src/model/types';
import { waitForMap } from '../../tests/browser/appPage';

export interface EditLatency {
  nodes: number;
  /** The node edited: the one nearest the middle of the canvas, zoomed in to be read. */
  node: string;
  /** File chosen in the Maps dialog to its boxes in view drawn (one run). */
  open: Timing;
  /** Text typed into the node's statement in the Argdown editor to the box showing it. */
  argdown: Timing[];
  /** Enter in the node's in-place text field to the box showing the new text. */
  canvas: Timing[];
}

export interface Timing {
  ms: number;
  /** Of which the layout worker had it: measuring and ELK (request posted to answer received). */
  workerMs: number;
}

interface Watch {
  start: number;
  end: number;
  timedOut: boolean;
}

/**
 * Installed before any page script: notes when each message is posted to the layout worker
 * (it measures the boxes and runs ELK) and when it answers, so the layout's share can be told
 * apart. The file-parsing worker is left out: its time is the parse's.
 */
const WORKER_TIMES = `(() => {
  const Native = window.Worker;
  const times = [];
  window.__benchWorker = times;
  window.Worker = class extends Native {
    constructor(url, ...rest) {
      super(url, ...rest);
      this.layout = String(url).includes('elkLayoutWorker');
      this.addEventListener('message', (e) => {
        // An interim answer (a big map's sketch) comes before the answer it belongs to.
        if (!this.layout || (e.data && e.data.interim)) return;
        const open = times.find((t) => Number.isNaN(t.received));
        if (open) open.received = performance.now();
      });
    }
    postMessage(...args) {
      if (this.layout) times.push({ sent: performance.now(), received: NaN });
      return super.postMessage(...args);
    }
  };
})();`;

/**
 * Page scripts are strings: tsx wraps named functions in a `__name` helper that does not exist
 * in the page (see pageLoad.ts). Times are `performance.now()` in the page, so no round-trip
 * to Playwright counts.
 *
 * WATCH starts at the first of `events` (with `key`, if given), by the event's own time stamp,
 * and ends in the first animation frame in which `done` holds: the frame that paints it.
 */
const watch = (events: string[], key: string | null, done: string) => `(() => {
  const state = { start: NaN, end: NaN, timedOut: false };
  window.__benchWatch = state;
  const events = ${JSON.stringify(events)};
  const key = ${JSON.stringify(key)};
  const onStart = (e) => {
    if (key !== null && e.key !== key) return;
    if (Number.isNaN(state.start)) state.start = e.timeStamp > 0 ? e.timeStamp : performance.now();
  };
  for (const type of events) window.addEventListener(type, onStart, { capture: true });
  const done = () => (${done});
  const since = performance.now();
  const poll = () => {
    if (done()) {
      state.end = performance.now();
      for (const type of events) window.removeEventListener(type, onStart, { capture: true });
      return;
    }
    if (performance.now() - since > 120000) {
      state.timedOut = true;
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

/** A box of the map shows `token` in one of its drawn lines. */
const lineShows = (token: string) =>
  `[...document.querySelectorAll('.am-line')].some((l) => l.textContent.includes(${JSON.stringify(token)}))`;

/**
 * Runs `act` and returns the time from its first input event to the frame `done` holds in,
 * and the part of it the worker spent on requests made in between.
 */
async function timed(
  page: Page,
  events: string[],
  key: string | null,
  done: string,
  act: () => Promise<void>,
): Promise<Timing> {
  await page.evaluate(watch(events, key, done));
  await act();
  // Polled with evaluate: the app's CSP forbids the eval a string waitForFunction needs.
  let w = (await page.evaluate('window.__benchWatch')) as Watch;
  for (let waited = 0; !(w.end > 0 || w.timedOut) && waited < 130_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    w = (await page.evaluate('window.__benchWatch')) as Watch;
  }
  if (w.timedOut || !(w.start > 0)) throw new Error(`no update seen (${JSON.stringify(w)})`);
  const worker = (await page.evaluate('window.__benchWorker')) as {
    sent: number;
    received: number;
  }[];
  const workerMs = worker
    .filter((t) => t.sent >= w.start && t.received <= w.end)
    .reduce((a, t) => a + (t.received - t.sent), 0);
  return { ms: w.end - w.start, workerMs };
}

/** The id and screen centre of the box nearest the middle of the canvas. */
const NEAREST_MIDDLE = `(() => {
  const pane = document.querySelector('.am-canvas').getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  let best = null;
  let bestDistance = Infinity;
  for (const el of document.querySelectorAll('.am-node')) {
    const r = el.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (d < bestDistance) [best, bestDistance] = [el, d];
  }
  const r = best.getBoundingClientRect();
  return { id: best.getAttribute('data-node-id'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

const ZOOM = `(() => {
  const t = document.querySelector('.react-flow__viewport').style.transform;
  const m = /scale\\(([0-9.e-]+)\\)/.exec(t);
  return m ? Number(m[1]) : 1;
})()`;

/**
 * Scrolls the Argdown editor to the line that states `id` ("[id]: text {data}") and returns
 * where to click to put the cursor just before the text's last character (its full stop).
 * CodeMirror draws only the lines in view, so it scrolls down until the line is drawn.
 */
const statementEnd = (id: string) => `(async () => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const scroller = document.querySelector('.cm-scroller');
  const prefix = ${JSON.stringify(`[${id}]: `)};
  const find = () => [...document.querySelectorAll('.cm-line')].find((l) => l.textContent.startsWith(prefix));
  let line = find();
  if (!line) {
    scroller.scrollTop = 0;
    await frames();
    line = find();
  }
  while (!line) {
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return null;
    scroller.scrollTop += scroller.clientHeight * 0.8;
    await frames();
    line = find();
  }
  line.scrollIntoView({ block: 'center' });
  await frames();
  line = find();
  let at = line.textContent.lastIndexOf(' {') - 1;
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (at < node.length) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left + 1, y: r.top + r.height / 2 };
    }
    at -= node.length;
  }
  return null;
})()`;

/** Lets the map settle after an edit: boxes arrived, the next edit starts from quiet. */
async function settle(page: Page): Promise<void> {
  await waitForMap(page);
  await page.waitForTimeout(150);
}

/**
 * Opens `map` in the built app at `url` as a user does (Maps dialog, file chooser), opens the
 * Argdown panel, zooms in on the box in the middle and edits its text in the Argdown editor,
 * then on the canvas, timing each edit from the input event to the first frame whose DOM
 * shows the new text.
 */
export async function measureEditLatency(
  browser: Browser,
  url: string,
  map: ArgumentMap,
  { runs, minRuns, budgetMs }: { runs: number; minRuns: number; budgetMs: number },
): Promise<EditLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: WORKER_TIMES });
  try {
    await page.goto(url);
    await waitForMap(page);

    await page.getByRole('button', { name: 'Maps…' }).click();
    const open = await timed(
      page,
      ['change'],
      null,
      // Drawn: boxes in the page, all of the new map (a big map puts only those in view there).
      `(() => { const ids = new Set(${JSON.stringify(map.nodes.map((m) => m.id))}); const boxes = [...document.querySelectorAll('[data-layout-ready="true"] .am-node')]; return boxes.length > 0 && boxes.every((b) => ids.has(b.getAttribute('data-node-id'))); })()`,
      () =>
        page.getByTestId('open-map').setInputFiles({
          name: 'bench.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(map)),
        }),
    );
    await settle(page);

    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    await page.locator('.cm-content').waitFor();
    await settle(page);

    // Zoom in on the box in the middle until it can be read, as a reader does before editing.
    const target = (await page.evaluate(NEAREST_MIDDLE)) as { id: string; x: number; y: number };
    await page.mouse.move(target.x, target.y);
    for (let i = 0; i < 12 && ((await page.evaluate(ZOOM)) as number) < 0.8; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(100);
    }
    await settle(page);
    const box = page.locator(`.am-node[data-node-id="${target.id}"]`);

    // `runs` edits, or fewer (at least `minRuns`) when they take longer than `budgetMs`
    // together; the page's first edit is an uncounted warm-up.
    const repeat = async (warmUp: boolean, edit: (i: number) => Promise<Timing>) => {
      const timings: Timing[] = [];
      const started = Date.now();
      for (let i = warmUp ? 0 : 1; i <= runs; i++) {
        const t = await edit(i);
        if (i > 0) timings.push(t);
        await settle(page);
        if (timings.length >= minRuns && Date.now() - started > budgetMs) break;
      }
      return timings;
    };

    const argdown = await repeat(true, async (i) => {
      const at = (await page.evaluate(statementEnd(target.id))) as { x: number; y: number } | null;
      if (!at) throw new Error(`no statement [${target.id}] in the Argdown editor`);
      await page.mouse.click(at.x, at.y);
      const token = `Argd${i}x`;
      return timed(page, ['beforeinput', 'input'], null, lineShows(token), () =>
        page.keyboard.insertText(` ${token}`),
      );
    });

    const canvas = await repeat(false, async (i) => {
      await box.dblclick();
      await page.locator('.am-node__editor').waitFor();
      await page.keyboard.press('Control+End');
      const token = `Canv${i}x`;
      await page.keyboard.insertText(` ${token}`);
      return timed(page, ['keydown'], 'Enter', lineShows(token), () =>
        page.keyboard.press('Enter'),
      );
    });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return { nodes: map.nodes.length, node: target.id, open, argdown, canvas };
  } finally {
    await context.close();
  }
}
