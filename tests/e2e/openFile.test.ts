import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { launchChromium } from '../browser/chromium';
import { chooseMapFile, nodeBoxes, type OpenedApp, openApp, screenshot } from './mapPage';
import { distanceToBorder, drawnEdges } from './routes';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let browser: Browser;
let app: OpenedApp;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('opening map files', () => {
  it('reports a broken file by place and keeps the open map', async () => {
    app = await openApp(browser);
    const before = (await nodeBoxes(app.page)).length;
    await chooseMapFile(app.page, fixture('broken-quote.json'));
    const panel = app.page.getByTestId('rejected-file');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('broken-quote.json');
    expect(text).toContain('nodes[1].quote: text at 18-30 differs from the quoted string');
    expect(text).toContain('unchanged');
    expect((await nodeBoxes(app.page)).length).toBe(before);
    await screenshot(app.page, 'rejected-file');
    expect(app.errors).toEqual([]);
  });

  it('reports a file that is not JSON at all', async () => {
    await chooseMapFile(app.page, {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "version": 1, nodes: [ }'),
    });
    const panel = app.page.getByTestId('rejected-file');
    await expect.poll(() => panel.textContent()).toContain('notes.json');
    expect(await panel.textContent()).toMatch(/not valid JSON/);
  });

  it('draws co-premises joining into one arrow and an undercut landing on that arrow', async () => {
    await chooseMapFile(app.page, fixture('undercut.json'));
    await app.page.waitForSelector('[data-node-id="u"]');
    await waitForMap(app.page);
    await screenshot(app.page, 'undercut-fixture');
    const boxes = new Map((await nodeBoxes(app.page)).map((b) => [b.id, b]));
    expect([...boxes.keys()].sort()).toEqual(['c', 'o', 'p1', 'p2', 'u']);

    const junctions = await app.page.$$eval('.am-junction', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    expect(junctions).toHaveLength(1);
    const junction = junctions[0];
    if (!junction) throw new Error('no junction');

    const edges = await drawnEdges(app.page);
    const legs = edges.filter((e) => e.id.startsWith('#e:r1:leg'));
    expect(legs).toHaveLength(2);
    for (const leg of legs) {
      const end = leg.points[leg.points.length - 1];
      if (!end) throw new Error('leg without points');
      expect(distanceToBorder(end, junction)).toBeLessThan(2);
      expect(leg.classes).not.toContain('am-edge--main');
    }
    const undercut = edges.find((e) => e.id === '#e:r2:main');
    const end = undercut?.points[undercut.points.length - 1];
    if (!end) throw new Error('undercut not drawn');
    expect(distanceToBorder(end, junction)).toBeLessThan(2);
    expect(undercut?.classes).toContain('am-edge--attack');
    // The one arrow from the junction reaches the conclusion.
    const main = edges.find((e) => e.id === '#e:r1:main');
    const c = boxes.get('c');
    const mainEnd = main?.points[main.points.length - 1];
    if (!c || !mainEnd) throw new Error('main arrow not drawn');
    expect(distanceToBorder(mainEnd, c)).toBeLessThan(2);
    expect(app.errors).toEqual([]);
  });
});
