import type { Browser, Page } from 'playwright-core';
import { MARKS } from '../../src/workers/marks';
import { median, ms, sleep, table } from './report';

/**
 * Long main-thread tasks (the browser's `longtask` entries: 50 ms or more) while the app lays
 * out a map: from navigation to the map drawn, and from a change of layout direction to the
 * new layout drawn. A long task is a time the page cannot answer the reader at all.
 */

export const LONG_TASK_CASES: { label: string; query: string; nodes: number | null }[] = [
  { label: 'default map', query: '', nodes: null },
  { label: 'generated, 500 nodes', query: '?demo=big&n=500', nodes: 500 },
  { label: 'generated, 2000 nodes', query: '?demo=big&n=2000', nodes: 2000 },
];
/** Loads per case (the 2000-node one also changes the direction each time). */
const RUNS = 3;
/** After the first load of a case, more only while the case has taken less than this. */
const CASE_BUDGET_MS = 70_000;
/** The direction the relayout switches to (the default is `up`). */
const NEW_DIRECTION = 'right';

export interface TaskFigures {
  /** The longest task, ms (0: none). */
  longestMs: number;
  /** Tasks of 50 ms or more. */
  count: number;
  /** Their total duration, ms. */
  totalMs: number;
  /** What they block beyond 50 ms each (as Total Blocking Time counts), ms. */
  blockingMs: number;
  /** The span the tasks were taken from: navigation (or change) to the map drawn, ms. */
  spanMs: number;
}

export interface LongTaskCase {
  label: string;
  runs: number;
  /** Medians over the runs, figure by figure. */
  median: TaskFigures;
  perRun: TaskFigures[];
}

export interface LongTasksResult {
  loads: LongTaskCase[];
  /**
   * The same loads from the app's request for a layout (its `layout asked` mark) to the map
   * drawn: while the worker lays out, apart from the page's start-up.
   */
  layouts: LongTaskCase[];
  /** On the 2000-node map: direction changed to the new layout drawn. */
  relayout: LongTaskCase | null;
}

interface Task {
  start: number;
  duration: number;
}

// Page scripts are strings: tsx wraps named functions in a `__name` helper that does not
// exist in the page (see pageLoad.ts).

/**
 * Installed before any page script: collects long tasks from the start (`buffered`), and
 * notes when the map is drawn as pageLoad.ts does (first boxes, fonts, two frames).
 */
const OBSERVE = `(() => {
  const tasks = [];
  window.__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    if (!document.querySelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)')) {
      requestAnimationFrame(poll);
      return;
    }
    document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          window.__benchDrawn = performance.now();
        }),
      ),
    );
  };
  requestAnimationFrame(poll);
})();`;

/**
 * Notes when the Layout select changes (the event's time stamp), then checks each frame for
 * the boxes in the page at new places: the first frame that draws the new layout.
 */
const WATCH_RELAYOUT = `(() => {
  window.__benchChange = NaN;
  window.__benchRelaid = NaN;
  const onChange = (e) => {
    if (Number.isNaN(window.__benchChange)) window.__benchChange = e.timeStamp > 0 ? e.timeStamp : performance.now();
  };
  window.addEventListener('change', onChange, { capture: true });
  const signature = () =>
    [...document.querySelectorAll('.react-flow__node')]
      .slice(0, 200)
      .map((el) => el.getAttribute('data-id') + el.style.transform)
      .join('|');
  const before = signature();
  const since = performance.now();
  const poll = () => {
    if (!Number.isNaN(window.__benchChange) && signature() !== before) {
      window.__benchRelaid = performance.now();
      window.removeEventListener('change', onChange, { capture: true });
      return;
    }
    if (performance.now() - since > 180000) return;
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

function figures(tasks: Task[], from: number, to: number): TaskFigures {
  const within = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    longestMs: Math.max(0, ...within.map((t) => t.duration)),
    count: within.length,
    totalMs: within.reduce((a, t) => a + t.duration, 0),
    blockingMs: within.reduce((a, t) => a + Math.max(0, t.duration - 50), 0),
    spanMs: to - from,
  };
}

function summary(label: string, perRun: TaskFigures[]): LongTaskCase {
  const m = (key: keyof TaskFigures) => median(perRun.map((f) => f[key]));
  return {
    label,
    runs: perRun.length,
    median: {
      longestMs: m('longestMs'),
      count: m('count'),
      totalMs: m('totalMs'),
      blockingMs: m('blockingMs'),
      spanMs: m('spanMs'),
    },
    perRun,
  };
}

/**
 * Polls `expression` (a time noted by a page script) until it is a number > 0. Not
 * waitForFunction: it says nothing of the page when it times out.
 */
async function until(page: Page, expression: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const value = (await page.evaluate(expression)) as number | undefined;
    if (typeof value === 'number' && value > 0) return value;
    if (Date.now() - started > timeoutMs) {
      const state = await page.evaluate(`({
        url: location.href,
        boxes: document.querySelectorAll('.react-flow__node').length,
        canvas: document.querySelector('.am-canvas')?.textContent?.slice(0, 120) ?? null,
        tasks: (window.__benchLongTasks ?? []).length,
      })`);
      throw new Error(`${expression} not set after ${timeoutMs} ms: ${JSON.stringify(state)}`);
    }
    await sleep(250);
  }
}

/** Long tasks are reported a little after they end: wait, then read them all. */
async function tasksSoFar(page: Page): Promise<Task[]> {
  await sleep(1000);
  return (await page.evaluate('window.__benchLongTasks')) as Task[];
}

/** Changes the layout direction in the View menu and measures until the new layout is drawn. */
async function relayout(page: Page): Promise<TaskFigures> {
  await page.locator('details.am-filter > summary').click();
  await sleep(300);
  await page.evaluate(WATCH_RELAYOUT);
  await page.getByLabel('Layout').selectOption(NEW_DIRECTION);
  const relaid = await until(page, 'window.__benchRelaid', 180_000);
  const change = (await page.evaluate('window.__benchChange')) as number;
  return figures(await tasksSoFar(page), change, relaid);
}

export async function measureLongTasks(
  browser: Browser,
  url: string,
  progress: (line: string) => void = () => {},
): Promise<LongTasksResult> {
  const loads: LongTaskCase[] = [];
  const layouts: LongTaskCase[] = [];
  const relayouts: TaskFigures[] = [];
  for (const c of LONG_TASK_CASES) {
    const started = performance.now();
    const perRun: TaskFigures[] = [];
    const whileLaying: TaskFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (i > 0 && performance.now() - started > CASE_BUDGET_MS) break;
      // A fresh context each time: a first visit, no layout cached, nothing in the HTTP cache.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const page = await context.newPage();
        await page.addInitScript({ content: OBSERVE });
        await page.goto(url + c.query);
        const drawn = await until(
          page,
          'window.__benchDrawn',
          c.nodes && c.nodes >= 2000 ? 180_000 : 90_000,
        );
        const tasks = await tasksSoFar(page);
        perRun.push(figures(tasks, 0, drawn));
        const asked = (await page.evaluate(
          `performance.getEntriesByName(${JSON.stringify(MARKS.layoutAsked)})[0]?.startTime ?? null`,
        )) as number | null;
        if (asked !== null) whileLaying.push(figures(tasks, asked, drawn));
        if (c.nodes === 2000) relayouts.push(await relayout(page));
      } finally {
        await context.close();
      }
    }
    loads.push(summary(c.label, perRun));
    if (whileLaying.length > 0) layouts.push(summary(c.label, whileLaying));
    progress(
      `  ${c.label}: ${perRun.length} runs in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  return {
    loads,
    layouts,
    relayout: relayouts.length > 0 ? summary('2000 nodes, direction changed', relayouts) : null,
  };
}

export function printLongTasks(r: LongTasksResult): void {
  const row = (what: string, c: LongTaskCase) => [
    c.label,
    what,
    String(c.runs),
    ms(c.median.spanMs),
    ms(c.median.longestMs),
    c.perRun.map((f) => ms(f.longestMs)).join(' / '),
    String(c.median.count),
    ms(c.median.totalMs),
    ms(c.median.blockingMs),
  ];
  const rows = r.loads.map((c) => row('navigation to map drawn', c));
  rows.push(...r.layouts.map((c) => row('layout asked to map drawn', c)));
  if (r.relayout) rows.push(row(`Layout: up -> ${NEW_DIRECTION}, to drawn`, r.relayout));
  console.log(
    table(
      [
        'map',
        'span',
        'runs',
        'span ms',
        'longest task ms',
        'longest per run',
        'tasks >= 50 ms',
        'their total ms',
        'blocking ms',
      ],
      rows,
    ),
  );
  console.log(
    "  long tasks: the main thread's `longtask` entries (50 ms or more), observed from before\n" +
      '    navigation (init script, buffered); each figure is the median over the runs\n' +
      '  navigation to map drawn: tasks starting from navigation until the first boxes are in\n' +
      '    the DOM, fonts ready and two frames drawn; each load in a fresh context (first visit:\n' +
      '    no cached layout or code, so ELK runs in its worker)\n' +
      '  layout asked to map drawn: the same loads, from the app asking its worker for the\n' +
      '    layout (a performance mark) on: while the worker lays out, without the page start-up\n' +
      `  direction changed: on the 2000-node map just drawn, View menu, Layout set to\n` +
      `    "${NEW_DIRECTION}": from the change event to the first frame with the boxes at new places\n` +
      '  blocking: the sum of each task beyond its first 50 ms (as Total Blocking Time counts)',
  );
}
