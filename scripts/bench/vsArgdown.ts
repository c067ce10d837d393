import { argdown, type IMapNode, isGroupMapNode } from '@argdown/core';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { Browser, Page } from 'playwright-core';
import { generateMap } from '../../src/demo/generateMap';
import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { diagramView } from '../../src/export/diagramView';
import { renderSvg } from '../../src/export/renderSvg';
import { fromArgdown } from '../../src/formats/argdown/fromArgdown';
import { toArgdown } from '../../src/formats/argdown/toArgdown';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { layoutMap } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import { MARKS } from '../../src/workers/marks';
import { waitForMap } from '../../tests/browser/appPage';
import { median, ms, sleep, table } from './report';

/**
 * Text to map, ours against Argdown's own: the same Argdown files (generated maps written by
 * our `toArgdown`) to an SVG. Argdown: @argdown/core's standard `export-dot` process (parse,
 * model, map, colours, DOT) and Graphviz `dot` (WebAssembly) to SVG. Ours: `fromArgdown`
 * (Argdown's parser and model, then our reading), ELK layout, `renderSvg`. Both in Node.
 * Then the app itself: the file chosen in the Maps dialog to its boxes drawn.
 */

export const VS_ARGDOWN_SIZES = [100, 1000, 2000];
export const VS_ARGDOWN_BROWSER_SIZES = [100, 1000];
const runsFor = (n: number) => (n >= 2000 ? 3 : 5);
const BROWSER_RUNS = 3;
const SEED = 1;

export interface PipelineTimes {
  /** Median total, ms. */
  totalMs: number;
  timesMs: number[];
  /** Medians of the stages, ms, by name. */
  stagesMs: Record<string, number>;
  /** Boxes in the drawn map (statements and arguments for Argdown, nodes for ours). */
  boxes: number;
  svgBytes: number;
}

export interface VsArgdownSize {
  nodes: number;
  argdownBytes: number;
  runs: number;
  argdown: PipelineTimes;
  ours: PipelineTimes;
  /** ours / Argdown, medians. */
  ratio: number;
  /** The app in the browser: file chosen to boxes drawn (null: not measured at this size). */
  app: {
    runs: number;
    medianMs: number;
    timesMs: number[];
    /** Median ms to the first frame with the new map drawn (a big map's sketch). */
    firstDrawnMs: number;
    parseWorkerMs: number;
    elkWorkerMs: number;
  } | null;
}

export interface VsArgdownResult {
  graphvizLoadMs: number;
  sizes: VsArgdownSize[];
}

type Stages = Record<string, number>;
interface Run {
  stages: Stages;
  boxes: number;
  svgBytes: number;
}

/** Argdown's boxes: statements and arguments, inside groups too. */
function argdownBoxes(nodes: readonly IMapNode[]): number {
  return nodes.reduce((a, n) => a + (isGroupMapNode(n) ? argdownBoxes(n.children ?? []) : 1), 0);
}

function theirs(graphviz: Graphviz, text: string): Run {
  const t0 = performance.now();
  const response = argdown.run({ input: text, process: 'export-dot', throwExceptions: true });
  const t1 = performance.now();
  if (!response.dot) throw new Error('Argdown made no DOT');
  const svg = graphviz.dot(response.dot, 'svg');
  const t2 = performance.now();
  return {
    stages: { 'Argdown to DOT': t1 - t0, 'Graphviz dot': t2 - t1 },
    boxes: argdownBoxes(response.map?.nodes ?? []),
    svgBytes: svg.length,
  };
}

const elk = createInProcessElk();

async function ours(text: string): Promise<Run> {
  const t0 = performance.now();
  const imported = fromArgdown(text);
  if (!imported.ok) throw new Error(`fromArgdown: ${imported.issues[0]?.message}`);
  const t1 = performance.now();
  const visible = visibleMap(imported.map, NO_FILTER);
  const layout = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk);
  const t2 = performance.now();
  const view = diagramView(imported.map, visible, {
    language: DEFAULT_LAYOUT_OPTIONS.language,
    legend: false,
    title: false,
    sourceLine: false,
    background: 'white',
  });
  const svg = renderSvg(visible.map, layout, view);
  const t3 = performance.now();
  return {
    stages: { fromArgdown: t1 - t0, layout: t2 - t1, renderSvg: t3 - t2 },
    boxes: layout.nodes.length,
    svgBytes: svg.length,
  };
}

function summarize(runs: Run[]): PipelineTimes {
  const totals = runs.map((r) => Object.values(r.stages).reduce((a, b) => a + b, 0));
  const stagesMs: Stages = {};
  for (const key of Object.keys(runs[0]?.stages ?? {})) {
    stagesMs[key] = median(runs.map((r) => r.stages[key] ?? Number.NaN));
  }
  return {
    totalMs: median(totals),
    timesMs: totals.map((t) => Number(t.toFixed(1))),
    stagesMs,
    boxes: runs[0]?.boxes ?? 0,
    svgBytes: runs[0]?.svgBytes ?? 0,
  };
}

export const argdownFile = (n: number) => toArgdown(generateMap({ nodes: n, seed: SEED }));

/** Both pipelines in Node, warmed up on another map first, alternating run by run. */
export async function measureVsArgdownNode(
  sizes: readonly number[] = VS_ARGDOWN_SIZES,
  progress: (line: string) => void = () => {},
): Promise<VsArgdownResult> {
  const t = performance.now();
  const graphviz = await Graphviz.load();
  const graphvizLoadMs = performance.now() - t;
  // Warm-up (uncounted): JIT, Argdown's parser, ELK, Graphviz's heap.
  const warm = toArgdown(generateMap({ nodes: 200, seed: SEED + 1 }));
  theirs(graphviz, warm);
  await ours(warm);
  const result: VsArgdownSize[] = [];
  for (const n of sizes) {
    const started = performance.now();
    const text = argdownFile(n);
    const a: Run[] = [];
    const o: Run[] = [];
    // Alternating, so a busy spell of the machine hits both alike.
    for (let i = 0; i < runsFor(n); i++) {
      a.push(theirs(graphviz, text));
      o.push(await ours(text));
    }
    const argdownTimes = summarize(a);
    const oursTimes = summarize(o);
    result.push({
      nodes: n,
      argdownBytes: Buffer.byteLength(text),
      runs: a.length,
      argdown: argdownTimes,
      ours: oursTimes,
      ratio: oursTimes.totalMs / argdownTimes.totalMs,
      app: null,
    });
    progress(`  ${n} nodes: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { graphvizLoadMs, sizes: result };
}

// --- the app in the browser ------------------------------------------------------------------

interface WorkerTrip {
  kind: string;
  sent: number;
  received: number;
}
interface Frame {
  t: number;
  state: string;
}

/**
 * Installed before any page script: notes each message posted to a Web Worker and the
 * answer, by worker (the layout worker and the file-parsing worker each answer in order).
 */
const WORKER_TRIPS = `(() => {
  const Native = window.Worker;
  const trips = [];
  window.__benchTrips = trips;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      const href = String(url);
      this.__kind = href.includes('elk') ? 'elk' : href.includes('parse') ? 'parse' : 'other';
      this.__open = [];
      this.addEventListener('message', (e) => {
        // An interim answer (a big map's sketch) comes before the answer to the same request.
        if (e.data && e.data.interim) return;
        const open = this.__open.shift();
        if (open) open.received = performance.now();
      });
    }
    postMessage(...args) {
      const trip = { kind: this.__kind, sent: performance.now(), received: NaN };
      this.__open.push(trip);
      trips.push(trip);
      return super.postMessage(...args);
    }
  };
})();`;

/**
 * From the file input's change event, notes every frame's state: how many boxes are in the
 * page or the far picture, whether any box of the map open before is still there, and the
 * viewport. The map is drawn in the first frame from which the state no longer changes (boxes
 * in, view fitted).
 */
const WATCH_OPEN = `(() => {
  const old = new Set([...document.querySelectorAll('.am-node')].map((el) => el.getAttribute('data-node-id')));
  const log = { change: NaN, frames: [] };
  window.__benchOpen = log;
  window.addEventListener('change', (e) => {
    if (Number.isNaN(log.change)) log.change = e.timeStamp > 0 ? e.timeStamp : performance.now();
  }, { capture: true, once: true });
  const viewport = () => document.querySelector('.react-flow__viewport')?.style.transform ?? '';
  const poll = (t) => {
    if (!Number.isNaN(log.change)) {
      const boxes = document.querySelectorAll('.am-node');
      let oldLeft = false;
      for (const el of boxes) if (old.has(el.getAttribute('data-node-id'))) { oldLeft = true; break; }
      // A big map seen from far away is one picture; it says how many boxes it draws.
      const far = Number(document.querySelector('.am-far')?.getAttribute('data-boxes') ?? 0);
      // Not ready while a big map's sketch stands in for ELK's layout.
      const ready = document.querySelector('[data-layout-ready="true"]') !== null;
      const state = (boxes.length + far) + '|' + oldLeft + '|' + ready + '|' + viewport();
      const last = log.frames[log.frames.length - 1];
      if (!last || last.state !== state) log.frames.push({ t: performance.now(), state });
    }
    if (!log.stop) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

/** Opens `text` as `bench.argdown` through the Maps dialog; ms from the change to drawn. */
async function openOnce(
  page: Page,
  text: string,
): Promise<{ ms: number; firstMs: number; parseMs: number; elkMs: number }> {
  await page.getByRole('button', { name: 'Maps…' }).click();
  await page.evaluate(WATCH_OPEN);
  await page.getByTestId('open-map').setInputFiles({
    name: 'bench.argdown',
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  // Drawn once the state has held for a while with new boxes in and none of the old.
  const started = Date.now();
  for (;;) {
    await sleep(250);
    const log = (await page.evaluate('window.__benchOpen')) as { change: number; frames: Frame[] };
    const last = log.frames[log.frames.length - 1];
    const [boxes, oldLeft, ready] = last ? last.state.split('|') : ['0', 'true', 'false'];
    const now = (await page.evaluate('performance.now()')) as number;
    if (
      last &&
      Number(boxes) > 0 &&
      oldLeft === 'false' &&
      ready === 'true' &&
      now - last.t > 1500
    ) {
      await page.evaluate('window.__benchOpen.stop = true');
      const trips = (await page.evaluate('window.__benchTrips')) as WorkerTrip[];
      const within = (kind: string) =>
        trips
          .filter((w) => w.kind === kind && w.sent >= log.change && w.received <= last.t)
          .reduce((a, w) => a + (w.received - w.sent), 0);
      // The first frame with boxes of the new map only: a big map's sketch, or the map.
      const first = log.frames.find((f) => {
        const [count, left] = f.state.split('|');
        return Number(count) > 0 && left === 'false';
      }) as Frame;
      return {
        ms: last.t - log.change,
        firstMs: first.t - log.change,
        parseMs: within('parse'),
        elkMs: within('elk'),
      };
    }
    if (Date.now() - started > 150_000) throw new Error('the opened Argdown map was not drawn');
  }
}

/**
 * Waits for the workers' warm-up, which the page runs when idle after its first map (parser
 * and sketch code compiled): a reader's file comes seconds after the page, not at once.
 */
async function workersPrepared(page: Page): Promise<void> {
  const names = JSON.stringify([MARKS.parsingPrepared, MARKS.layoutPrepared]);
  // Polled: the page's CSP forbids the string evaluation waitForFunction would use.
  const ready = `${names}.every((n) => performance.getEntriesByName(n).length > 0)`;
  const started = Date.now();
  while (!(await page.evaluate(ready))) {
    if (Date.now() - started > 30_000) throw new Error('the workers did not warm up in 30 s');
    await sleep(100);
  }
}

/** The app: each run a fresh context (no layout cached), the default map, then the file. */
export async function measureVsArgdownApp(
  browser: Browser,
  url: string,
  result: VsArgdownResult,
  sizes: readonly number[] = VS_ARGDOWN_BROWSER_SIZES,
  progress: (line: string) => void = () => {},
): Promise<void> {
  for (const n of sizes) {
    const started = performance.now();
    const text = argdownFile(n);
    const runs: { ms: number; firstMs: number; parseMs: number; elkMs: number }[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript({ content: WORKER_TRIPS });
        await page.goto(url);
        await waitForMap(page);
        await workersPrepared(page);
        runs.push(await openOnce(page, text));
        if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      } finally {
        await context.close();
      }
    }
    const entry = result.sizes.find((s) => s.nodes === n);
    if (entry) {
      entry.app = {
        runs: runs.length,
        medianMs: median(runs.map((r) => r.ms)),
        timesMs: runs.map((r) => Number(r.ms.toFixed(1))),
        firstDrawnMs: median(runs.map((r) => r.firstMs)),
        parseWorkerMs: median(runs.map((r) => r.parseMs)),
        elkWorkerMs: median(runs.map((r) => r.elkMs)),
      };
    }
    progress(`  app, ${n} nodes: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

export function printVsArgdown(r: VsArgdownResult): void {
  const stages = (p: PipelineTimes) =>
    Object.entries(p.stagesMs)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ');
  const rows = r.sizes.map((s) => [
    String(s.nodes),
    (s.argdownBytes / 1000).toFixed(0),
    String(s.runs),
    ms(s.argdown.totalMs),
    ms(s.ours.totalMs),
    `${s.ratio.toFixed(2)}x`,
    s.app ? ms(s.app.firstDrawnMs) : '-',
    s.app ? `${(s.app.firstDrawnMs / s.argdown.totalMs).toFixed(2)}x` : '-',
    s.app ? ms(s.app.medianMs) : '-',
    s.app ? `${(s.app.medianMs / s.argdown.totalMs).toFixed(2)}x` : '-',
    `${s.argdown.boxes} / ${s.ours.boxes}`,
  ]);
  console.log(
    table(
      [
        'nodes',
        'file kB',
        'runs',
        'Argdown+Graphviz ms',
        'ours (Node) ms',
        'ours/theirs',
        'app: first drawn ms',
        'first/theirs',
        'app: final ms',
        'final/theirs',
        'boxes theirs / ours',
      ],
      rows,
    ),
  );
  console.log('');
  console.log(
    table(
      ['nodes', 'Argdown stages (median ms)', 'our stages (median ms)', 'app: workers (median ms)'],
      r.sizes.map((s) => [
        String(s.nodes),
        stages(s.argdown),
        stages(s.ours),
        s.app ? `parse ${ms(s.app.parseWorkerMs)}, ELK ${ms(s.app.elkWorkerMs)}` : '-',
      ]),
    ),
  );
  console.log(
    '  the same Argdown file for both: a generated map (seed 1) written by our toArgdown\n' +
      "  Argdown+Graphviz: @argdown/core's `export-dot` process (parse, model, map, colours, DOT)\n" +
      `    then @hpcc-js/wasm-graphviz dot to SVG, in Node (Graphviz.load once, ${ms(r.graphvizLoadMs)} ms, not counted)\n` +
      '  ours (Node): fromArgdown (Argdown parser and model, then our reading) -> layoutMap with\n' +
      '    the in-process ELK -> renderSvg, no fonts embedded (Argdown embeds none either)\n' +
      '  both warmed up on a 200-node file, then run alternately; medians of 5 (3 at 2000 nodes)\n' +
      '  app: headless Chromium 1280x720, default map open, workers warmed up (as the page does\n' +
      "    when idle after its first map), Maps dialog: from the file input's\n" +
      "    change event to the first frame with the new map drawn (first drawn: a big map's sketch\n" +
      '    while ELK works) and to the first frame from which the boxes in the page and the view\n' +
      `    stay the same (final: ELK's layout, fitted; none of the old map's boxes); fresh context per run\n` +
      `    (no cached layout), median of ${BROWSER_RUNS}; workers: parse and layout worker (measuring + ELK) round trips\n` +
      '  boxes: Argdown draws statements and arguments (premises of a reconstructed argument are\n' +
      '    in its box); ours draws every node',
  );
}
