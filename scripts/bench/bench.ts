/**
 * npm run bench [-- --json <path>] [-- --reuse-dist] [-- --only <sections>]
 *
 * Prints figures, asserts nothing: page load of the default map in headless Chromium, and
 * layout time and edge crossings of ELK (the app's pipeline) against dagre on generated maps.
 * One ELK variant changes the layering to the one the app tries for small maps only, to show its
 * cost on big ones. Then how far boxes move when a node is folded (2b) or the map edited (2c),
 * and how long an edit takes to show on the map in the browser (4). Medians over several runs;
 * slow cases get fewer runs so the whole bench stays under 15 minutes on a 2-core machine (the
 * run count is printed). Then pan frame rate on big maps (5), long main-thread tasks while
 * laying out (6), the JavaScript loaded before first paint (7), and Argdown text to map against
 * Argdown's own pipeline (8).
 * `--reuse-dist` serves the existing dist/ instead of building first.
 * `--only` runs some sections, comma-separated: load (1), layout (2), crossings (2a: ten
 * maps of each size against dagre, about 5 minutes), stability (2b),
 * edit-movement (2c), memory (3), edit-latency (4), pan-fps (5), long-tasks (6), js-size (7),
 * vs-argdown (8), or `edits` for 2c and 4 (about 4 minutes):
 *   npm run bench -- --only edits --json .scratch/bench.json
 * Sections 5-8 take up to about 3 minutes each.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dagrePackage from '@dagrejs/dagre/package.json' with { type: 'json' };
import elkPackage from 'elkjs/package.json' with { type: 'json' };
import type { Browser } from 'playwright-core';
import { generateMap } from '../../src/demo/generateMap';
import { countCrossings, type DrawnEdge } from '../../src/layout/countCrossings';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { median } from '../../src/layout/stats';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';
import { launchChromium } from '../../tests/browser/chromium';
import { serveBuiltApp } from '../../tests/browser/server';
import {
  measureCrossingsSweep,
  printCrossingsSweep,
  SWEEP_SEEDS,
  type SweepRow,
} from './crossingsSweep';
import { layoutWithDagre } from './dagreLayout';
import type { Timing } from './editLatency';
import {
  type EditMovement as EditMovementResult,
  type EditSummary,
  editCases,
  editMovement as measureEditMovement,
  startViews,
  summarize,
} from './editMovement';
import { LEAVES_LOWEST, layoutWithElk } from './elkLayout';
import { foldCandidates, foldMovement, nodesHiding } from './foldMovement';
import { fetchedOnFirstVisit, type JsSizeResult, measureJsSize, printJsSize } from './jsSize';
import { type LongTasksResult, measureLongTasks, printLongTasks } from './longTasks';
import { measurePageLoads } from './pageLoad';
import { measurePanFps, type PanFpsResult, printPanFps } from './panFps';
import { ms, table } from './report';
// Types only: the module itself (Argdown, Graphviz) is loaded by its section alone.
import type { VsArgdownResult } from './vsArgdown';

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    'reuse-dist': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const SECTIONS = [
  'load',
  'layout',
  'crossings',
  'stability',
  'edit-movement',
  'memory',
  'edit-latency',
  'pan-fps',
  'long-tasks',
  'js-size',
  'vs-argdown',
] as const;
type Section = (typeof SECTIONS)[number];
const ALIASES: Record<string, readonly Section[]> = { edits: ['edit-movement', 'edit-latency'] };
const chosen = new Set<string>(
  args.only
    ? args.only.split(',').flatMap((s): readonly string[] => ALIASES[s.trim()] ?? [s.trim()])
    : SECTIONS,
);
for (const s of chosen) {
  if (!(SECTIONS as readonly string[]).includes(s)) {
    throw new Error(`--only: no section "${s}" (${[...SECTIONS, ...Object.keys(ALIASES)]})`);
  }
}
const wanted = (section: Section) => chosen.has(section);

const SIZES = [100, 500, 1000, 2000];
const PAGE_LOADS = 7;
/** After the first run, a case gets only as many runs as fit in this (at least one). */
const CASE_BUDGET_MS = 60_000;
const SEED = 1;
/** Section 2c: map sizes and edits of each kind. */
const EDIT_MOVEMENT_SIZES = [100, 500];
const EDITS_PER_KIND = 7;
/** Section 4: map sizes, and runs of each kind of edit (fewer past the budget, at least 3). */
const EDIT_LATENCY_SIZES = [100, 1000];
const EDIT_LATENCY_RUNS = { runs: 7, minRuns: 3, budgetMs: 30_000 };

// --- machine --------------------------------------------------------------------------------

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  elkjs: elkPackage.version,
  dagre: dagrePackage.version,
  // Other work on the machine skews every figure; the load says how much there was.
  loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  chromium: '',
};
console.log(`argument-map bench, ${new Date().toISOString()}`);
console.log(
  `  ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}, ` +
    `elkjs ${machine.elkjs}, dagre ${machine.dagre}, load ${machine.loadAverageAtStart.join(' ')}`,
);

// --- 1. page load -----------------------------------------------------------------------------

const pageLoad: Record<
  string,
  {
    runs: number;
    domContentLoadedMs: number;
    nodesInDomMs: number;
    paintedMs: number;
    /** Median over the loads that showed the build's picture; how many did: `pictureRuns`. */
    pictureMs: number | null;
    pictureRuns: number;
  }
> = {};
/** Set once dist/ is built by this run, so a later section serves it without building again. */
let built = false;
/** Sections 5-8: the built app served (built first unless `--reuse-dist` or done) and Chromium. */
async function withApp<T>(run: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const server = await serveBuiltApp({ rebuild: !args['reuse-dist'] && !built });
  built = true;
  const browser = await launchChromium();
  try {
    machine.chromium ||= browser.version();
    return await run(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}
/** The picture's median over the loads that showed it, and how many did. */
function pictureFigures(times: readonly (number | null)[]) {
  const shown = times.filter((t): t is number => t !== null);
  return { pictureMs: shown.length ? median(shown) : null, pictureRuns: shown.length };
}
if (wanted('load')) {
  console.log(`\n1. Default map, navigation start to painted (headless Chromium, 1280x720)`);
  const server = await serveBuiltApp({ rebuild: !args['reuse-dist'] });
  built = true;
  const browser = await launchChromium();
  try {
    machine.chromium = browser.version();
    console.log(
      `  Chromium ${machine.chromium}, ${args['reuse-dist'] ? 'existing' : 'fresh'} build`,
    );
    const rows: string[][] = [];
    for (const [label, shared] of [
      ['warm cache (one context, new page each load; 1 uncounted first load)', true],
      ['cold cache (new context per load)', false],
    ] as const) {
      const loads = await measurePageLoads(browser, server.url, PAGE_LOADS, shared);
      const entry = {
        runs: loads.length,
        domContentLoadedMs: median(loads.map((l) => l.domContentLoaded)),
        nodesInDomMs: median(loads.map((l) => l.nodesInDom)),
        paintedMs: median(loads.map((l) => l.painted)),
        ...pictureFigures(loads.map((l) => l.picture)),
      };
      pageLoad[shared ? 'warm' : 'cold'] = entry;
      rows.push([
        label,
        String(entry.runs),
        ms(entry.domContentLoadedMs),
        ms(entry.nodesInDomMs),
        ms(entry.paintedMs),
        entry.pictureMs === null ? '-' : `${ms(entry.pictureMs)} (${entry.pictureRuns})`,
      ]);
    }
    console.log(
      table(
        [
          'page loads',
          'runs',
          'DOMContentLoaded ms',
          'nodes in DOM ms',
          'painted ms',
          'picture painted ms (loads)',
        ],
        rows,
      ),
    );
    console.log(
      "  picture: the build's picture of the default map (src/firstPicture), shown until the",
    );
    console.log("   app has drawn the map itself in its place; painted: the app's own map drawn");
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- 2. layout --------------------------------------------------------------------------------

const elk = createInProcessElk();
const results: LayoutResult[] = [];
interface LayoutResult {
  nodes: number;
  relations: number;
  groups: number;
  engine: string;
  runs: number;
  medianMs: number | null;
  timesMs: number[];
  crossings: number | null;
  drawnEdges: number | null;
  width: number | null;
  height: number | null;
  ratioToDagre: number | null;
  /** Set when the engine threw on this graph. */
  error?: string;
}
if (wanted('layout')) {
  interface Engine {
    name: string;
    run(map: ArgumentMap): Promise<{ edges: DrawnEdge[]; width: number; height: number }>;
  }
  const engines: Engine[] = [
    { name: "ELK, the app's pipeline", run: (map) => layoutWithElk(map, elk) },
    { name: 'ELK, leaves in lowest layer', run: (map) => layoutWithElk(map, elk, LEAVES_LOWEST) },
    {
      name: 'dagre, groups as clusters',
      run: async (map) => layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, true),
    },
    {
      name: 'dagre, flat',
      run: async (map) => layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, false),
    },
  ];
  const REFERENCE = 'dagre, groups as clusters';

  console.log(`\n2. Layout of generated maps (seed ${SEED}), measure + graph + engine + read back`);
  console.log(
    `  (one uncounted warm-up run of every engine first; runs: 5, or 3 at 2000 nodes, or`,
  );
  console.log(
    `   as many as fit in ${CASE_BUDGET_MS / 1000} s going by the first run, at least one)`,
  );
  const warmUp = generateMap({ nodes: 100, seed: SEED + 1 });
  for (const e of engines) await e.run(warmUp);

  const rows: string[][] = [];
  for (const n of SIZES) {
    const map = generateMap({ nodes: n, seed: SEED });
    const planned = n >= 2000 ? 3 : 5;
    const forSize: LayoutResult[] = [];
    for (const engine of engines) {
      const result: LayoutResult = {
        nodes: n,
        relations: map.relations.length,
        groups: map.groups.length,
        engine: engine.name,
        runs: 0,
        medianMs: null,
        timesMs: [],
        crossings: null,
        drawnEdges: null,
        width: null,
        height: null,
        ratioToDagre: null,
      };
      forSize.push(result);
      let last: Awaited<ReturnType<Engine['run']>> | undefined;
      for (let i = 0; i < planned; i++) {
        const start = performance.now();
        try {
          last = await engine.run(map);
        } catch (e) {
          // An engine that fails on a graph is a finding, not the end of the bench.
          result.error = e instanceof Error ? e.message : String(e);
          last = undefined;
          break;
        }
        result.timesMs.push(performance.now() - start);
        const first = result.timesMs[0] as number;
        if (i + 1 >= Math.max(1, Math.floor(CASE_BUDGET_MS / first))) break;
      }
      if (!last) continue;
      // Layouts are deterministic, so the last run's drawing stands for all.
      result.runs = result.timesMs.length;
      result.medianMs = median(result.timesMs);
      result.crossings = countCrossings(last.edges);
      result.drawnEdges = last.edges.length;
      result.width = Math.round(last.width);
      result.height = Math.round(last.height);
    }
    const reference = forSize.find((r) => r.engine === REFERENCE)?.medianMs;
    for (const r of forSize) {
      if (r.medianMs !== null && reference) r.ratioToDagre = r.medianMs / reference;
      results.push(r);
      rows.push([
        String(n),
        String(r.relations),
        r.engine,
        r.runs ? String(r.runs) : '-',
        r.error ? `failed: ${r.error.slice(0, 40)}` : r.medianMs === null ? '-' : ms(r.medianMs),
        r.ratioToDagre === null ? '-' : `${r.ratioToDagre.toFixed(2)}x`,
        r.crossings === null ? '-' : String(r.crossings),
        r.width === null ? '-' : `${r.width} x ${r.height}`,
      ]);
    }
    const seconds = forSize.reduce((a, r) => a + r.timesMs.reduce((b, t) => b + t, 0), 0) / 1000;
    console.log(
      `  ${n} nodes, ${map.relations.length} relations, ${map.groups.length} groups: ` +
        `done in ${seconds.toFixed(0)} s`,
    );
  }
  console.log(
    table(
      ['nodes', 'relations', 'engine', 'runs', 'median ms', 'x dagre cl.', 'crossings', 'size px'],
      rows,
    ),
  );
  console.log(`  x dagre cl.: median time / median time of "${REFERENCE}" (the reference)`);
  console.log(
    '  crossings: proper crossings of drawn segments of edges that share no node or junction',
  );
}

// --- 2a. crossings on more maps -----------------------------------------------------------------

let crossingsSweep: SweepRow[] | undefined;
if (wanted('crossings')) {
  console.log(
    `\n2a. Edge crossings against dagre on more generated maps (seeds ${SWEEP_SEEDS[0]}-${SWEEP_SEEDS[SWEEP_SEEDS.length - 1]} of each size)`,
  );
  crossingsSweep = await measureCrossingsSweep(elk, console.log);
  printCrossingsSweep(crossingsSweep);
}

// --- 2b. layout stability ---------------------------------------------------------------------

const stability: Record<
  string,
  { foldMedianPx: number; foldOnScreenPx: number; unfoldMedianPx: number; unfoldOnScreenPx: number }
> = {};
if (wanted('stability')) {
  console.log('\n2b. Layout stability: how far the boxes still shown move when one node is folded');
  console.log('  (box centres, px; median over the boxes of each fold, then over the folds)');
  {
    const { readFileSync } = await import('node:fs');
    const { parseMap } = await import('../../src/model/parseMap');
    const parsed = parseMap(
      readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error('default map invalid');
    const stabilityRows: string[][] = [];
    // The same 500-node map, folded where a dozen boxes hang below (most folds while reading).
    const smallFolds = { map: generateMap({ nodes: 500, seed: SEED }) };
    const cases: [string, ArgumentMap, string[]][] = [
      ['default map', parsed.map, foldCandidates(parsed.map, 1)],
      ['generated, 100 nodes', generateMap({ nodes: 100, seed: SEED }), []],
      ['generated, 500 nodes', generateMap({ nodes: 500, seed: SEED }), []],
      ['500 nodes, small folds', smallFolds.map, nodesHiding(smallFolds.map, 8, 15).slice(0, 5)],
    ];
    for (const [name, map, chosen] of cases) {
      const folds = chosen.length > 0 ? chosen : foldCandidates(map, 3).slice(0, 5);
      const figures = { fold: [] as number[], foldScreen: [] as number[], still: [] as number[] };
      const unfold = { all: [] as number[], screen: [] as number[] };
      let hidden = 0;
      for (const id of folds) {
        const m = await foldMovement(map, id, elk);
        figures.fold.push(median(m.fold.moves));
        figures.foldScreen.push(median(m.fold.onScreen));
        figures.still.push(
          m.fold.moves.filter((d) => d < 1).length / Math.max(1, m.fold.moves.length),
        );
        unfold.all.push(median(m.unfold.moves));
        unfold.screen.push(median(m.unfold.onScreen));
        hidden += m.hidden;
      }
      stability[name] = {
        foldMedianPx: median(figures.fold),
        foldOnScreenPx: median(figures.foldScreen),
        unfoldMedianPx: median(unfold.all),
        unfoldOnScreenPx: median(unfold.screen),
      };
      stabilityRows.push([
        name,
        String(folds.length),
        (hidden / folds.length).toFixed(1),
        ms(median(figures.fold)),
        ms(median(figures.foldScreen)),
        `${(100 * median(figures.still)).toFixed(0)} %`,
        ms(median(unfold.all)),
        ms(median(unfold.screen)),
      ]);
    }
    console.log(
      table(
        [
          'map',
          'folds',
          'hidden / fold',
          'fold: median move px',
          'on screen',
          'boxes not moving',
          'unfold: median move px',
          'on screen',
        ],
        stabilityRows,
      ),
    );
    console.log(
      '  on screen: the boxes within a 1280x720 window around the folded node, as a reader sees it',
    );
  }
}

// --- 2c. edit movement ------------------------------------------------------------------------

const editMovement: ({ nodes: number } & EditSummary)[] = [];
if (wanted('edit-movement')) {
  console.log('\n2c. Edit movement: how far the boxes still shown move when the map is edited');
  console.log(
    `  (box centres, px; median over the boxes of each edit, then over the ${EDITS_PER_KIND} ` +
      'edits of a kind, on nodes spread over the map)',
  );
  const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)} %`);
  const px = (x: number | null) => (x === null || Number.isNaN(x) ? '-' : ms(x));
  const rows: string[][] = [];
  for (const n of EDIT_MOVEMENT_SIZES) {
    const start = performance.now();
    const map = generateMap({ nodes: n, seed: SEED });
    const views = await startViews(map, elk);
    const measured: EditMovementResult[] = [];
    for (const edit of editCases(map, EDITS_PER_KIND)) {
      measured.push(await measureEditMovement(map, views, edit, elk));
    }
    for (const r of summarize(measured)) {
      editMovement.push({ nodes: n, ...r });
      rows.push([
        String(n),
        r.kind,
        String(r.edits),
        px(r.first.medianPx),
        px(r.first.onScreenPx),
        px(r.later.medianPx),
        px(r.later.onScreenPx),
        px(r.fresh.medianPx),
        px(r.fresh.onScreenPx),
        pct(r.first.siblingOrderKept),
        pct(r.later.siblingOrderKept),
        pct(r.fresh.siblingOrderKept),
      ]);
    }
    console.log(`  ${n} nodes: done in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  console.log(
    table(
      [
        'nodes',
        'edit',
        'edits',
        'first edit: median move px',
        'on screen',
        'later edit: median move px',
        'on screen',
        'fresh layout: median move px',
        'on screen',
        'sibling order kept: first',
        'later',
        'fresh',
      ],
      rows,
    ),
  );
  console.log(
    '  first edit: from the map as opened (laid out from scratch), relaid out as the app does it\n' +
      '    (previous positions for ELK, then alignLayout on the screen around the edited node)\n' +
      '  later edit: the same from a view relaid out once before, as after any earlier edit\n' +
      '  fresh layout: from the map as opened to a layout from scratch, only aligned (the baseline)\n' +
      '  no edit: the unchanged map relaid out (the control); add reason: addAttached support;\n' +
      "    longer text: a node's text doubled; delete leaf: a node nothing points at\n" +
      '  on screen: the boxes within a 1280x720 window around the edited node before the edit\n' +
      '  sibling order: pairs of nodes supporting one target and in one layer before and after,\n' +
      '    whose left-to-right order held (all pairs of all edits of the kind)',
  );
}

// --- 3. memory --------------------------------------------------------------------------------

interface MemoryFigures {
  rssBeforeMB: number;
  peakRssMB: number;
  heapUsedDeltaMB: number;
}
let memory: MemoryFigures | undefined;
if (wanted('memory')) {
  console.log(
    "\n3. Memory of one 2000-node ELK layout (the app's pipeline, in a child process of its own)",
  );
  const memoryScript = fileURLToPath(new URL('./elkMemory.ts', import.meta.url));
  memory = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', memoryScript, '2000'], {
      encoding: 'utf8',
    }),
  ) as MemoryFigures;
  console.log(
    `  RSS before ${memory.rssBeforeMB} MB, peak ${memory.peakRssMB} MB ` +
      `(+${memory.peakRssMB - memory.rssBeforeMB} MB); heap used after vs before +${memory.heapUsedDeltaMB} MB`,
  );
}

// --- 4. edit latency ----------------------------------------------------------------------------

interface LatencyFigures {
  nodes: number;
  edit: string;
  /** The box edited. */
  node: string;
  runs: number;
  medianMs: number;
  medianFrames: number;
  /** The Argdown editor's PARSE_DELAY_MS, part of every such edit; 0 for the others. */
  debounceMs: number;
  workerMedianMs: number;
  restMedianMs: number;
  timesMs: number[];
}
const editLatency: LatencyFigures[] = [];
if (wanted('edit-latency')) {
  // Loaded only here: the constant's module brings React and CodeMirror along.
  const { PARSE_DELAY_MS } = await import('../../src/argdown-editor/parseDelay');
  const { measureEditLatency } = await import('./editLatency');
  const { parseMap } = await import('../../src/model/parseMap');
  const FRAME_MS = 1000 / 60;
  const frames = (x: number) => (x / FRAME_MS).toFixed(1);
  console.log(
    '\n4. Edit to map updated (headless Chromium, 1280x720): input event to the first frame',
  );
  console.log('  whose DOM shows the new text in the edited box (ms, and 60 Hz frames)');
  const server = await serveBuiltApp({ rebuild: !args['reuse-dist'] && !built });
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    machine.chromium ||= browser.version();
    for (const n of EDIT_LATENCY_SIZES) {
      const start = performance.now();
      const map = generateMap({ nodes: n, seed: SEED });
      if (!parseMap(JSON.stringify(map)).ok) throw new Error(`generated map of ${n} nodes invalid`);
      const result = await measureEditLatency(browser, server.url, map, EDIT_LATENCY_RUNS);
      const row = (label: string, timings: Timing[], debounceMs: number): LatencyFigures => {
        const total = median(timings.map((t) => t.ms));
        const worker = median(timings.map((t) => t.workerMs));
        const rest = median(timings.map((t) => t.ms - debounceMs - t.workerMs));
        rows.push([
          String(n),
          label,
          String(timings.length),
          ms(total),
          frames(total),
          debounceMs ? `${debounceMs} (${frames(debounceMs)})` : '-',
          ms(worker),
          ms(rest),
        ]);
        return {
          nodes: n,
          edit: label,
          node: result.node,
          runs: timings.length,
          medianMs: total,
          medianFrames: total / FRAME_MS,
          debounceMs,
          workerMedianMs: worker,
          restMedianMs: rest,
          timesMs: timings.map((t) => t.ms),
        };
      };
      editLatency.push(
        row('open file', [result.open], 0),
        row('Argdown editor: type in statement', result.argdown, PARSE_DELAY_MS),
        row('canvas: node text, Enter', result.canvas, 0),
      );
      console.log(`  ${n} nodes: done in ${((performance.now() - start) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    table(
      [
        'nodes',
        'edit',
        'runs',
        'median ms',
        'frames',
        'debounce ms (frames)',
        'layout worker ms',
        'rest ms',
      ],
      rows,
    ),
  );
  console.log(
    `  debounce: the Argdown editor reads the text ${PARSE_DELAY_MS} ms after the last keystroke ` +
      '(PARSE_DELAY_MS)\n' +
      '  layout worker: requests posted to the layout worker (measuring + ELK) until its answers (median per edit)\n' +
      '  rest: the page itself (parse, measure, graph, render), median of total - debounce - worker\n' +
      '  the edited box: the one in the middle of the canvas, zoomed in to be read; each map gets\n' +
      '    one uncounted warm-up edit first; open file: Maps dialog, file chosen, to the boxes in view drawn',
  );
}

// --- 5. pan/zoom frame rate ----------------------------------------------------------------------

let panFps: PanFpsResult | undefined;
if (wanted('pan-fps')) {
  console.log('\n5. Pan frame rate on big maps (headless Chromium, 1280x720, `?demo=big&n=N`)');
  panFps = await withApp((browser, url) => measurePanFps(browser, url, undefined, console.log));
  printPanFps(panFps);
}

// --- 6. long tasks while laying out -------------------------------------------------------------

let longTasks: LongTasksResult | undefined;
if (wanted('long-tasks')) {
  console.log(
    '\n6. Long main-thread tasks while the map is laid out (headless Chromium, 1280x720)',
  );
  longTasks = await withApp((browser, url) => measureLongTasks(browser, url, console.log));
  printLongTasks(longTasks);
}

// --- 7. JavaScript before first paint -----------------------------------------------------------

let jsSize: JsSizeResult | undefined;
if (wanted('js-size')) {
  console.log('\n7. JavaScript of the built app: before first paint, and loaded later');
  const { fetched, precached } = await withApp(fetchedOnFirstVisit);
  const sizes = measureJsSize(fileURLToPath(new URL('../../dist', import.meta.url)));
  for (const c of [...sizes.initial, ...sizes.lazy]) c.fetchedOnLoad = fetched.has(c.file);
  const fetchedLazy = sizes.lazy.filter((c) => c.fetchedOnLoad).map((c) => c.file);
  jsSize = { ...sizes, fetchedLazy, precachedFiles: precached.size };
  printJsSize(jsSize);
}

// --- 8. text to map, against Argdown ------------------------------------------------------------

let vsArgdown: VsArgdownResult | undefined;
if (wanted('vs-argdown')) {
  // Loaded only here: Argdown's and Graphviz's modules.
  const { measureVsArgdownApp, measureVsArgdownNode, printVsArgdown } = await import('./vsArgdown');
  console.log('\n8. Argdown text to map: ours against Argdown + Graphviz, on the same files');
  vsArgdown = await measureVsArgdownNode(undefined, console.log);
  const result = vsArgdown;
  await withApp((browser, url) =>
    measureVsArgdownApp(browser, url, result, undefined, console.log),
  );
  printVsArgdown(vsArgdown);
}

if (args.json) {
  writeFileSync(
    args.json,
    `${JSON.stringify(
      {
        machine,
        seed: SEED,
        sections: [...chosen],
        ...(wanted('load') ? { pageLoad } : {}),
        ...(wanted('layout') ? { layout: results } : {}),
        ...(crossingsSweep ? { crossingsSweep } : {}),
        ...(wanted('stability') ? { stability } : {}),
        ...(wanted('edit-movement') ? { editMovement } : {}),
        ...(wanted('memory') ? { memory } : {}),
        ...(wanted('edit-latency') ? { editLatency } : {}),
        ...(panFps ? { panFps } : {}),
        ...(longTasks ? { longTasks } : {}),
        ...(jsSize ? { jsSize } : {}),
        ...(vsArgdown ? { vsArgdown } : {}),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${args.json}`);
}
