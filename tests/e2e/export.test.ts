import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mapToSvg } from '../../scripts/export/mapToSvg';
import { loadDefaultMap } from '../../src/explore/testMaps';
import { MAX_PDF_PAGE } from '../../src/export/pdfPage';
import { MAX_PNG_PIXELS } from '../../src/export/pngScale';
import { svgSize } from '../../src/export/svgSize';
import { rectsOverlap } from '../../src/layout/bounds';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import { waitForMap } from '../browser/appPage';
import { type Box, chooseMapFile, intersects, nodeBoxes, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();
const dir = mkdtempSync(join(tmpdir(), 'am-export-'));

async function openExport(page: Page) {
  if (!(await page.getByTestId('export-dialog').isVisible()))
    await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByTestId('export-dialog').waitFor();
}

/** Picks a format (and more), waits for the file to be ready and downloads it. */
async function download(page: Page, format: string, more?: () => Promise<void>) {
  await openExport(page);
  await page.getByTestId('export-format').selectOption(format);
  await more?.();
  const button = page.getByTestId('export-download');
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  await expect
    .poll(async () => (await button.textContent()) ?? '')
    .toMatch(new RegExp(`\\.${format}$`));
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});
const words = (s: string) =>
  s
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

describe('exporting the default map', () => {
  it('downloads an SVG that renders every box with its text and no overlaps', async () => {
    const { page } = shared.app;
    const { path, name } = await download(page, 'svg');
    expect(name).toBe('militaerbuendnisse-und-kleinstaaten-vom.svg');
    const svg = readFileSync(path, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/(href|url)\(?=?["']?https?:/);
    await screenshot(page, 'export-dialog-svg');
    // A consumer that did not write it: Chromium renders the file on its own.
    const viewer = await shared.browser.newPage({ viewport: svgSize(svg) });
    await viewer.goto(`file://${path}`);
    const drawn = await viewer.$$eval('g[data-node-id]', (gs) =>
      gs.map((g) => {
        const r = (g.querySelector('rect.am-box') ?? g).getBoundingClientRect();
        return {
          id: g.getAttribute('data-node-id') ?? '',
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          text: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      }),
    );
    const map = loadDefaultMap();
    expect(drawn.map((d) => d.id).sort()).toEqual(map.nodes.map((n) => n.id).sort());
    for (const n of map.nodes) {
      const box = drawn.find((d) => d.id === n.id);
      expect(words(box?.text ?? '')).toEqual(expect.arrayContaining(words(n.text)));
    }
    const boxes: Box[] = drawn;
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(intersects(a, b), `${a.id} / ${b.id}`).toBe(false);
    await viewer.screenshot({ path: join(dir, 'svg.png') });
    await viewer.close();
  });

  it('draws the same SVG as the command-line exporter for the same view', async () => {
    const { page } = shared.app;
    const { path } = await download(page, 'svg');
    const cli = await mapToSvg(loadDefaultMap(), {
      layout: DEFAULT_LAYOUT_OPTIONS,
      collapse: [],
      legend: true,
      title: true,
      sourceLine: true,
      background: 'white',
    });
    expect(readFileSync(path, 'utf8')).toBe(cli.svg);
  });

  it('downloads PNGs at 1x, 2x and 4x the diagram size', async () => {
    const { page } = shared.app;
    const svg = readFileSync((await download(page, 'svg')).path, 'utf8');
    const size = svgSize(svg);
    for (const scale of ['1', '2', '4']) {
      const { path, name } = await download(page, 'png', async () => {
        await page.getByTestId('export-scale').selectOption(scale);
      });
      // Downloaded side by side, the sizes keep apart.
      expect(name).toBe(
        `militaerbuendnisse-und-kleinstaaten-vom${scale === '1' ? '' : `@${scale}x`}.png`,
      );
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(pngSize(png)).toEqual({
        width: size.width * Number(scale),
        height: size.height * Number(scale),
      });
    }
  });

  it('downloads a vector PDF in which pdftotext finds every node text', async () => {
    const { page } = shared.app;
    const { path } = await download(page, 'pdf', async () => {
      await page.getByTestId('export-page').selectOption('a4');
    });
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    // pdftotext joins a hyphen at a line end with the next line ("Unterstützungs-" + "und"),
    // so each word is looked for within the extracted text rather than as a whole word.
    const found = text.normalize('NFC').replace(/\s+/g, ' ');
    for (const n of loadDefaultMap().nodes)
      for (const w of words(n.text)) expect(found.includes(w), `"${w}" of ${n.id}`).toBe(true);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    await screenshot(page, 'export-dialog-pdf');
  });

  it('exports just the current view of a zoomed-in map', async () => {
    const { page } = shared.app;
    await page.getByRole('button', { name: 'Close' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(400);
    const pane = await page.locator('.react-flow').boundingBox();
    if (!pane) throw new Error('no map pane');
    const onScreen = (await nodeBoxes(page))
      .filter((b) => rectsOverlap(b, pane))
      .map((b) => b.id)
      .sort();
    const { path } = await download(page, 'svg', async () => {
      await page.getByRole('radio', { name: 'Current view' }).check();
      await page.getByRole('checkbox', { name: 'Title' }).uncheck();
      await page.getByRole('checkbox', { name: 'Legend' }).uncheck();
      await page.getByRole('checkbox', { name: 'Source line' }).uncheck();
    });
    const svg = readFileSync(path, 'utf8');
    const zoom = await page.evaluate(
      () =>
        new DOMMatrixReadOnly(
          getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement)
            .transform,
        ).a,
    );
    // The picture is the pane at zoom 1, and holds the boxes seen on screen, no others.
    expect(svgSize(svg).width).toBeCloseTo(Math.ceil(pane.width / zoom), -1);
    const drawn = [...svg.matchAll(/data-node-id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(drawn).toEqual(onScreen);
    expect(drawn.length).toBeLessThan(loadDefaultMap().nodes.length);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Fit View' }).click();
  });

  it('lays the diagram out again with the English gloss when asked', async () => {
    const { page } = shared.app;
    const { path } = await download(page, 'svg', async () => {
      await page
        .getByTestId('export-dialog')
        .getByRole('combobox', { name: 'Labels' })
        .selectOption('gloss');
    });
    const svg = readFileSync(path, 'utf8');
    const conclusion = loadDefaultMap().nodes.find((n) => n.kind === 'conclusion');
    const gloss = words(conclusion?.gloss ?? '');
    expect(gloss.length).toBeGreaterThan(5);
    const drawn = new Set(words(svg));
    for (const w of gloss) expect(drawn.has(w), w).toBe(true);
    expect(svg).not.toContain('Militärbündnisse können');
    await page
      .getByTestId('export-dialog')
      .getByRole('combobox', { name: 'Labels' })
      .selectOption('source');
  });

  it('downloads the data formats under the map title', async () => {
    const { page } = shared.app;
    for (const [format, ext] of [
      ['argdown', 'argdown'],
      ['json', 'json'],
    ] as const) {
      const { path, name } = await download(page, format);
      expect(name.endsWith(`.${ext}`)).toBe(true);
      expect(readFileSync(path, 'utf8')).toContain('Militärbündnisse');
    }
    expect(shared.app.errors).toEqual([]);
  });
});

describe('exporting a big map', () => {
  let page: Page;
  let svg: string | undefined;
  /** The SVG of the whole map, downloaded once (in a test: expect.poll works in tests only). */
  const bigSvg = async () => {
    svg ??= readFileSync((await download(page, 'svg')).path, 'utf8');
    return svg;
  };
  const errors: string[] = [];
  beforeAll(async () => {
    page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('appUrl')}?demo=big&n=500`);
    await page.waitForSelector('[data-layout-ready="true"] .am-far', { timeout: 60_000 });
  }, 120_000);
  afterAll(() => page?.close());

  it('draws a PNG as large as a browser allows, says so, and keeps its proportions', async () => {
    const size = svgSize(await bigSvg());
    // At 2x: about 52000 × 22500 pixels, past what a canvas takes; it used to fail.
    expect(size.width * size.height * 4).toBeGreaterThan(MAX_PNG_PIXELS);
    const { path } = await download(page, 'png', async () => {
      await page.getByTestId('export-scale').selectOption('2');
    });
    const png = pngSize(readFileSync(path));
    expect(png.width * png.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(png.width / png.height).toBeCloseTo(size.width / size.height, 2);
    const note = await page.getByTestId('export-shrunk').textContent();
    expect(note).toContain(`${png.width} × ${png.height} pixels`);
    await screenshot(page, 'export-big-png');
    expect(errors).toEqual([]);
  }, 180_000);

  it('scales a PDF fitted to it down to the largest page, whole, and says so', async () => {
    const size = svgSize(await bigSvg());
    // Wider than a PDF page can be: its right part used to be cut off.
    expect(size.width * 0.75).toBeGreaterThan(MAX_PDF_PAGE);
    const { path } = await download(page, 'pdf', async () => {
      await page.getByTestId('export-page').selectOption('fit');
    });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    const [, w = 0, h = 0] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []).map(Number);
    expect(w).toBeLessThanOrEqual(MAX_PDF_PAGE);
    expect(h).toBeLessThanOrEqual(MAX_PDF_PAGE);
    expect(w / h).toBeCloseTo(size.width / size.height, 2);
    // The rightmost box's text, line by line as pdftotext -raw gives it in drawing order.
    const rightmost = await page.evaluate(
      (markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const boxes = [...doc.querySelectorAll('g[data-node-id]')].map((g) => {
          const rect = g.querySelector('rect.am-box');
          // Boxes are in layout coordinates, moved into the picture by their group's translate.
          const shift = /translate\((-?[\d.]+)/.exec(
            g.parentElement?.getAttribute('transform') ?? '',
          );
          return {
            right:
              Number(shift?.[1] ?? 0) +
              Number(rect?.getAttribute('x')) +
              Number(rect?.getAttribute('width')),
            // The first line is the header ("REASON"), the same in many boxes.
            lines: [...g.querySelectorAll('text')].slice(1).map((t) => t.textContent ?? ''),
          };
        });
        return boxes.reduce((a, b) => (b.right > a.right ? b : a));
      },
      await bigSvg(),
    );
    // Beyond where the page used to be cut off.
    expect(rightmost.right * 0.75).toBeGreaterThan(MAX_PDF_PAGE);
    expect(rightmost.right).toBeLessThanOrEqual(size.width);
    const flat = (text: string) => text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
    const text = flat(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat(rightmost.lines.join('\n')));
    const note = await page.getByTestId('export-shrunk').textContent();
    const percent = Math.floor((w / (size.width * 0.75)) * 100);
    const cm = (pt: number) => Math.round((pt / 72) * 2.54);
    expect(note).toMatch(new RegExp(`scaled down to ${percent}\\s%`));
    expect(note).toMatch(new RegExp(`page of ${cm(w)} × ${cm(h)}\\scm`));
    await screenshot(page, 'export-big-pdf');
    expect(errors).toEqual([]);
  }, 180_000);
});

/** A map file as the app saves it, with these node texts, each supporting the one before. */
function chainMap(title: string, texts: Record<string, string>): Buffer {
  const ids = Object.keys(texts);
  return Buffer.from(
    JSON.stringify({
      version: 1,
      title,
      source: { text: '', language: 'en' },
      nodes: ids.map((id, i) => ({
        id,
        kind: i === 0 ? 'conclusion' : 'premise',
        implicit: false,
        text: texts[id],
      })),
      relations: ids.slice(1).map((id, i) => ({
        id: `r-${id}`,
        kind: 'support',
        from: [id],
        to: ids[i],
      })),
      groups: [],
      tours: [],
    }),
  );
}

describe('exporting a PDF of scripts the font lacks, and of a tall map', () => {
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
  }, 120_000);
  afterAll(() => page?.close());

  async function open(name: string, buffer: Buffer, nodeId: string) {
    if (await page.getByTestId('export-dialog').isVisible())
      await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();
    await chooseMapFile(page, { name, mimeType: 'application/json', buffer });
    await page.locator(`.am-node[data-node-id="${nodeId}"]`).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
  }

  it('says before downloading which boxes and scripts the PDF would leave out', async () => {
    await open(
      'scripts.json',
      chainMap('Scripts', {
        zh: 'Democracy works best 民主是最好的制度',
        he: 'Peace first: שלום עכשיו',
        latin: 'Grösse und Füsse',
        ko: '한국어 문장 Korean',
      }),
      'ko',
    );
    const { path } = await download(page, 'pdf', async () => {
      await page.getByTestId('export-page').selectOption('fit');
    });
    const note = await page.getByTestId('export-font-gaps').textContent();
    expect(note).toBe(
      '3 boxes contain characters the PDF font cannot draw (Chinese, Hebrew, Korean): they would be left out of the PDF. SVG and PNG keep them.',
    );
    await screenshot(page, 'export-pdf-font-gaps');
    // What the font has is all there.
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const w of ['Democracy works best', 'Peace first:', 'Grösse und Füsse', 'Korean'])
      expect(text).toContain(w);
    // Not for SVG.
    await page.getByTestId('export-format').selectOption('svg');
    await expect.poll(() => page.getByTestId('export-font-gaps').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps every letter of a label that mixes the Latin, Latin Extended, Greek and Cyrillic subsets', async () => {
    // Each subset is a font file of its own; the PDF embeds one font per weight.
    const texts = {
      pl: 'Łódź és Győr, Zürich',
      el: 'Ελλάδα and Athens',
      ru: 'Москва and Moscow',
      vi: 'Tiếng Việt, Hà Nội',
    };
    await open('subsets.json', chainMap('Subsets', texts), 'vi');
    const { path } = await download(page, 'pdf', async () => {
      await page.getByTestId('export-page').selectOption('fit');
    });
    expect(await page.getByTestId('export-font-gaps').count()).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const label of Object.values(texts)) expect(text).toContain(label);
    expect(errors).toEqual([]);
  });

  it('prints a tall map on A4 upright, larger than on A4 landscape', async () => {
    const texts = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`s${i}`, `Step ${i} of a long chain of reasons`]),
    );
    await open('tall.json', chainMap('Tall', texts), 's9');
    const bbox = async (orientation: string) => {
      const { path } = await download(page, 'pdf', async () => {
        await page.getByTestId('export-page').selectOption('a4');
        await page.getByTestId('export-orientation').selectOption(orientation);
      });
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      const [, w = 0, h = 0] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []).map(
        Number,
      );
      // Height of the words "Step 0": the size the text is printed at.
      const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
      const [, y0 = 0, y1 = 0] = (
        /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Step</.exec(html) ?? []
      ).map(Number);
      return { w, h, text: y1 - y0, path };
    };
    const auto = await bbox('auto');
    expect(auto.w).toBeCloseTo(595.28, 0);
    expect(auto.h).toBeCloseTo(841.89, 0);
    await screenshot(page, 'export-pdf-portrait');
    const landscape = await bbox('landscape');
    expect(landscape.w).toBeCloseTo(841.89, 0);
    expect(auto.text).toBeGreaterThan(landscape.text * 1.3);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', auto.path, join(dir, 'tall')]);
    expect(errors).toEqual([]);
  });
});
