import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { table } from './report';

/**
 * The JavaScript the built app loads before its first paint, gzipped as a server sends it:
 * the scripts of `dist/index.html` (entry module, module preloads, classic scripts) and every
 * chunk the entry reaches by static imports. The rest of `dist/assets` loads later, when asked
 * for (workers, the Argdown parser, exporters, PDF...).
 */

/** The budget for the JavaScript before first paint. */
export const INITIAL_BUDGET_KB = 200;

export interface ChunkSize {
  /** Path under dist/, e.g. `assets/index-abc123.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** How it gets into the page: entry, modulepreload, static import, script, or lazy. */
  how: string;
  /** Whether a first visit's page load of the default map fetched it (null: not checked). */
  fetchedOnLoad: boolean | null;
}

export interface JsSizeResult {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  initialGzipBytes: number;
  initialBytes: number;
  lazyGzipBytes: number;
  budgetKB: number;
  withinBudget: boolean;
  /** JS files a first visit of the default map fetched that the static analysis calls lazy. */
  fetchedLazy: string[];
  /** JS files the service worker fetched meanwhile (its precache, in the background). */
  precachedFiles: number;
}

const gzipSize = (buf: Buffer) => gzipSync(buf).length;

/** `./x.js`, `../x.js` or `/assets/x.js` relative to the chunk `from` (under dist/), as dist path. */
function resolve(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

/**
 * The static imports of a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`, `export*from"./x.js"`. Dynamic `import("./x.js")` is left out.
 */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re =
    /(?:^|[;}\s])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s*[\w$]+)?)?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

export function measureJsSize(
  distDir: string,
): Omit<JsSizeResult, 'fetchedLazy' | 'precachedFiles'> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const how = new Map<string, string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    if (tag.startsWith('<script')) {
      const src = attr('src');
      if (src) how.set(resolve('index.html', src), attr('type') === 'module' ? 'entry' : 'script');
    } else if (attr('rel') === 'modulepreload') {
      const href = attr('href');
      if (href) how.set(resolve('index.html', href), 'modulepreload');
    }
  }
  // Everything a module script reaches by static imports comes before it runs.
  const queue = [...how.entries()].filter(([, h]) => h !== 'script').map(([f]) => f);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const spec of staticImports(readFileSync(join(distDir, file), 'utf8'))) {
      const target = resolve(file, spec);
      if (!how.has(target)) {
        how.set(target, 'static import');
        queue.push(target);
      }
    }
  }
  const size = (file: string, h: string): ChunkSize => {
    const buf = readFileSync(join(distDir, file));
    return { file, bytes: buf.length, gzipBytes: gzipSize(buf), how: h, fetchedOnLoad: null };
  };
  const initial = [...how.entries()].map(([f, h]) => size(f, h));
  const lazy = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .filter((f) => !how.has(f))
    .map((f) => size(f, 'lazy'));
  const sum = (xs: ChunkSize[], key: 'bytes' | 'gzipBytes') => xs.reduce((a, c) => a + c[key], 0);
  const initialGzipBytes = sum(initial, 'gzipBytes');
  return {
    initial: initial.sort((a, b) => b.gzipBytes - a.gzipBytes),
    lazy: lazy.sort((a, b) => b.gzipBytes - a.gzipBytes),
    initialGzipBytes,
    initialBytes: sum(initial, 'bytes'),
    lazyGzipBytes: sum(lazy, 'gzipBytes'),
    budgetKB: INITIAL_BUDGET_KB,
    withinBudget: initialGzipBytes <= INITIAL_BUDGET_KB * 1000,
  };
}

/**
 * The JS files (under dist/) a first visit fetches until the default map is drawn: a check of
 * the static analysis, and it shows which lazy chunks every first visit needs all the same.
 */
export async function fetchedOnFirstVisit(
  browser: Browser,
  url: string,
): Promise<{ fetched: Set<string>; precached: Set<string> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fetched = new Set<string>();
  const precached = new Set<string>();
  const origin = new URL(url).origin;
  // Workers' scripts are requests of the context too. The service worker's are not the
  // page's: it precaches every file of the build in the background once installed.
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || !u.pathname.endsWith('.js')) return;
    if (r.serviceWorker()) precached.add(u.pathname.slice(1));
    else fetched.add(u.pathname.slice(1));
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-layout-ready="true"] :is(.react-flow__node, .am-far)', {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
  } finally {
    await context.close();
  }
  return { fetched, precached };
}

/** What a lazy chunk is for, from its name (hash dropped). */
function purpose(file: string): string {
  const name = posix.basename(file).replace(/-[\w-]{8}\.js$/, '');
  const known: [RegExp, string][] = [
    [/^elkLayoutWorker/, 'layout worker (measuring + ELK)'],
    [/^parseWorker/, 'file parsing worker'],
    [/^fromArgdown/, 'Argdown import'],
    [/^ArgdownPanel/, 'Argdown editor panel'],
    [/^svgToPdf|^jspdf|^index\.es|^purify|^html2canvas/, 'PDF export'],
    [/^svgToPng/, 'PNG export'],
    [/^ExportPanel|^svgSize|^bundledFonts/, 'export'],
    [/^Present|^usePresentKeys/, 'presentation'],
    [/^TourPanel/, 'tour editor'],
    [/^generateMap/, 'demo maps (?demo=big)'],
    [/^fromAif|^fromKialo/, 'import'],
    [/^parseMap/, 'map checks (opening, restoring)'],
    [/^LibraryPanel|^shareLink/, 'Maps dialog, share links'],
    [/^registry|^toArgdown/, 'saving as a file'],
    [/^OutlinePanel/, 'outline'],
    [/^SourceTextPanel/, 'source text panel'],
    [/^NodeFields|^RelationFields/, 'editing fields'],
    [/^tourSteps/, 'tours'],
    [/^workbox|^sw$/, 'service worker'],
  ];
  return known.find(([re]) => re.test(name))?.[1] ?? '';
}

export function printJsSize(r: JsSizeResult): void {
  const kb = (b: number) => (b / 1000).toFixed(1);
  const seen = (c: ChunkSize) => (c.fetchedOnLoad === null ? '?' : c.fetchedOnLoad ? 'yes' : '-');
  const rows: string[][] = r.initial.map((c) => [
    c.file,
    c.how,
    kb(c.bytes),
    kb(c.gzipBytes),
    seen(c),
  ]);
  rows.push([
    `initial JS, ${r.initial.length} files`,
    '',
    kb(r.initialBytes),
    kb(r.initialGzipBytes),
    '',
  ]);
  console.log(table(['initial (before first paint)', 'how', 'kB', 'kB gzip', 'fetched'], rows));
  console.log(
    `  initial JS ${kb(r.initialGzipBytes)} kB gzip: ${
      r.withinBudget ? 'within' : 'OVER'
    } the issue's budget of ${r.budgetKB} kB gzip`,
  );

  // Font subsets (bundled for exports) are many small files: one row for all of them.
  const fonts = r.lazy.filter((c) => /ibm-plex-sans-/.test(c.file));
  const small = r.lazy.filter((c) => !fonts.includes(c) && c.gzipBytes < 1000);
  const lazyRows: string[][] = r.lazy
    .filter((c) => !fonts.includes(c) && !small.includes(c))
    .map((c) => [c.file, purpose(c.file), kb(c.bytes), kb(c.gzipBytes), seen(c)]);
  const group = (label: string, cs: ChunkSize[], what: string) => {
    if (cs.length === 0) return;
    const fetched = cs.filter((c) => c.fetchedOnLoad).length;
    lazyRows.push([
      `${cs.length} ${label}`,
      what,
      kb(cs.reduce((a, c) => a + c.bytes, 0)),
      kb(cs.reduce((a, c) => a + c.gzipBytes, 0)),
      cs[0]?.fetchedOnLoad === null ? '?' : `${fetched} of ${cs.length}`,
    ]);
  };
  group('IBM Plex font URL modules (ibm-plex-sans-*.js)', fonts, 'fonts for exports');
  group('other chunks under 1 kB gzip', small, '');
  lazyRows.push([`lazy JS, ${r.lazy.length} files`, '', '', kb(r.lazyGzipBytes), '']);
  console.log('');
  console.log(table(['loaded later (lazy)', 'for', 'kB', 'kB gzip', 'fetched'], lazyRows));
  console.log(
    '  kB = 1000 bytes; gzip: node:zlib at its default level (6), as a server compresses\n' +
      '  initial: the scripts and module preloads of dist/index.html and every chunk the entry\n' +
      '    reaches by static imports (import ... from "./x.js"), followed through the chunks\n' +
      '  fetched: requested by a first visit (fresh context) until the default map is drawn;\n' +
      '    a lazy chunk fetched there (the layout worker: no layout is cached yet) is needed before\n' +
      '    the first map all the same, but loads in parallel or off the main thread',
  );
  if (r.fetchedLazy.length > 0) {
    console.log(`  lazy but fetched on the first visit: ${r.fetchedLazy.join(', ')}`);
  }
  console.log(
    `  not counted: the service worker fetched ${r.precachedFiles} JS files meanwhile (its\n` +
      '    precache of the build, in the background)',
  );
}
