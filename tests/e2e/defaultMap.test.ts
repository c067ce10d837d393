import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { intersects, nodeBoxes, screenshot, sharedApp } from './mapPage';
import { distanceToBorder, drawnEdges } from './routes';

const defaultMap = JSON.parse(
  readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8'),
) as {
  nodes: { id: string; text: string }[];
  relations: { id: string; to: string; from: string[]; kind: string }[];
};

const shared = sharedApp();

describe('the default map in a 1280x720 window', () => {
  it('loads with no console error and writes a screenshot', async () => {
    const path = await screenshot(shared.app.page, 'default-map');
    expect(shared.app.errors).toEqual([]);
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });

  it('gets ELK ready in a Web Worker once idle, not on the page (the map was laid out at build)', async () => {
    await expect
      .poll(() => shared.app.workers.some((url) => url.includes('elkLayoutWorker')))
      .toBe(true);
  });

  it('draws one box per node of the map, each with its kind in words', async () => {
    const boxes = await nodeBoxes(shared.app.page);
    expect(boxes.map((b) => b.id).sort()).toEqual(defaultMap.nodes.map((n) => n.id).sort());
    const headers = await shared.app.page.$$eval('.am-node__header', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    for (const h of headers) expect(h).toMatch(/CONCLUSION|CLAIM|PREMISE|OBJECTION|QUESTION/);
  });

  it('has no two node boxes overlapping', async () => {
    const boxes = await nodeBoxes(shared.app.page);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a && b && intersects(a, b)) overlaps.push(`${a.id} / ${b.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('keeps every line of text inside its box', async () => {
    const overflowing = await shared.app.page.$$eval('.am-node', (nodes) => {
      const out: string[] = [];
      for (const node of nodes) {
        const box = node.getBoundingClientRect();
        const lines = node.querySelectorAll('.am-line, .am-node__header span');
        for (const line of lines) {
          const range = document.createRange();
          range.selectNodeContents(line);
          const r = range.getBoundingClientRect();
          if (r.right > box.right - 1 || r.bottom > box.bottom - 1 || r.left < box.left) {
            out.push(`${node.getAttribute('data-node-id')}: "${line.textContent}"`);
          }
        }
        if (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1) {
          out.push(`${node.getAttribute('data-node-id')}: content larger than its box`);
        }
      }
      return out;
    });
    expect(overflowing).toEqual([]);
  });

  it('shows every group title whole, over the lines that leave the group through it', async () => {
    // Along each title's middle, what the reader sees (and a click hits) is the title, never a
    // line: on this map a support and an attack leave "6. Neue …" through its title row.
    const hidden = await shared.app.page.$$eval('.am-group__label', (labels) =>
      labels.flatMap((label) => {
        const r = label.getBoundingClientRect();
        const y = r.top + r.height / 2;
        const out: string[] = [];
        for (let x = r.left + 2; x < r.right - 2; x += 2) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !label.contains(hit)) out.push(`${label.textContent} at x=${Math.round(x)}`);
        }
        return out;
      }),
    );
    expect(hidden).toEqual([]);
  });

  it('shows the whole map at a readable size at fit view', async () => {
    const { scale, fontSize } = await shared.app.page.evaluate(() => {
      const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
      const line = document.querySelector('.am-line') as HTMLElement;
      return {
        scale: new DOMMatrixReadOnly(getComputedStyle(vp).transform).a,
        fontSize: Number.parseFloat(getComputedStyle(line).fontSize),
      };
    });
    // Body text on screen at fit view, in CSS pixels: at least 9.5 px.
    expect(scale * fontSize).toBeGreaterThanOrEqual(9.5);
    const pane = await shared.app.page.locator('.react-flow').boundingBox();
    if (!pane) throw new Error('no React Flow pane');
    for (const b of await nodeBoxes(shared.app.page)) {
      expect(b.x).toBeGreaterThanOrEqual(pane.x);
      expect(b.y).toBeGreaterThanOrEqual(pane.y);
      expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
      expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height);
    }
  });

  it('draws each relation along its route, from the reason to what it supports or attacks', async () => {
    const boxes = new Map((await nodeBoxes(shared.app.page)).map((b) => [b.id, b]));
    const edges = await drawnEdges(shared.app.page);
    for (const r of defaultMap.relations) {
      const main = edges.find((e) => e.id === `#e:${r.id}:main`);
      expect(main, r.id).toBeDefined();
      const points = main?.points ?? [];
      expect(points.length).toBeGreaterThanOrEqual(2);
      const target = boxes.get(r.to);
      const end = points[points.length - 1];
      if (!target || !end) throw new Error(`${r.id}: no target box or no end point`);
      expect(distanceToBorder(end, target), `${r.id} ends on ${r.to}`).toBeLessThan(2);
      if (r.from.length === 1) {
        const source = boxes.get(r.from[0] ?? '');
        const start = points[0];
        if (!source || !start) throw new Error(`${r.id}: no source`);
        expect(distanceToBorder(start, source), `${r.id} starts on ${r.from[0]}`).toBeLessThan(2);
      }
      // Orthogonal routing: consecutive points share x or y (ELK's bend points, not a curve).
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        if (a && b) expect(Math.min(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeLessThan(0.5);
      }
    }
    const classes = Object.fromEntries(edges.map((e) => [e.id, e.classes]));
    expect(classes['#e:r-traditional:main']).toContain('am-edge--attack');
    expect(classes['#e:r-feasibility:main']).toContain('am-edge--support');
  });

  it('puts the conclusion on top', async () => {
    const boxes = await nodeBoxes(shared.app.page);
    const top = boxes.reduce((a, b) => (b.y < a.y ? b : a));
    expect(top.id).toBe('conclusion');
  });

  it('shows the details of a clicked node: text, gloss, kind and quote', async () => {
    const { page } = shared.app;
    await page.click('[data-node-id="traditional-view"]');
    const details = page.getByTestId('details');
    await details.waitFor();
    expect(await details.textContent()).toMatch(/Implicit: the reconstruction adds this claim/);
    await page.click('[data-node-id="cost-saving"]');
    await expect.poll(() => details.textContent()).toContain('Einsparung von Rüstungskosten');
    const text = await details.textContent();
    expect(text).toContain(
      'Schliesslich können Bündnisse auch der Einsparung von Rüstungskosten dienen',
    );
    expect(text).toContain('save armament costs');
    expect(text).toMatch(/CLAIM/);
    expect(text).toMatch(/characters \d+–\d+, p\. 229/);
    await screenshot(page, 'default-map-details');
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(await page.getByTestId('details').count()).toBe(0);
  });

  it('zooms with the controls, shows the minimap while part of the map is hidden, fits back', async () => {
    const { page } = shared.app;
    const scale = () =>
      page.evaluate(
        () =>
          new DOMMatrixReadOnly(
            getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement)
              .transform,
          ).a,
      );
    // Closing the details widened the map's pane: it is fitted again, whole, no minimap.
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    await waitForMap(page);
    const fitScale = await scale();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(scale).toBeGreaterThan(fitScale * 1.2);
    await page.locator('.react-flow__minimap').waitFor();
    await screenshot(page, 'default-map-zoomed');
    // A press on the overview's left end brings the left of the map into view, zoom kept.
    const translation = () =>
      page.evaluate(
        () =>
          new DOMMatrixReadOnly(
            getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement)
              .transform,
          ).e,
      );
    const zoomedScale = await scale();
    const before = await translation();
    const overview = await page.getByRole('img', { name: 'Minimap' }).boundingBox();
    if (!overview) throw new Error('no overview');
    await page.mouse.click(overview.x + 4, overview.y + overview.height / 2);
    await expect.poll(translation).toBeGreaterThan(before + 50);
    expect(await scale()).toBeCloseTo(zoomedScale, 3);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(scale).toBeCloseTo(fitScale, 2);
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
  });
});
