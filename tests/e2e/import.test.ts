import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDefaultMap } from '../../src/explore/testMaps';
import { toAif } from '../../src/formats/aif/toAif';
import { toArgdown } from '../../src/formats/argdown/toArgdown';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, nodeBoxes, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();
const map = loadDefaultMap();

async function open(page: Page, name: string, text: string) {
  await chooseMapFile(page, {
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
}
const title = (page: Page) => page.locator('h1').textContent();
const ids = async (page: Page) => (await nodeBoxes(page)).map((b) => b.id).sort();

const KIALO = [
  'Discussion Title: Should small states join military alliances?',
  '',
  '1. Small states should join military alliances.',
  '1.1. Pro: Alliances coordinate peace operations',
  'and make them more feasible.',
  '1.1.1. Con: Coordination also works without membership.',
  '1.2. Con: Membership ends neutrality.',
  '',
].join('\r\n');

const AIFDB = JSON.stringify({
  nodes: [
    { nodeID: 1, text: 'Alliances still matter to small states', type: 'I' },
    { nodeID: 2, text: 'They coordinate peace operations', type: 'I' },
    { nodeID: '3', text: 'Default Inference', type: 'RA' },
    { nodeID: 4, text: 'Anna: They coordinate peace operations', type: 'L' },
    { nodeID: 5, text: 'Asserting', type: 'YA' },
  ],
  edges: [
    { edgeID: 1, fromID: 2, toID: '3' },
    { edgeID: 2, fromID: '3', toID: 1 },
    { edgeID: 3, fromID: 4, toID: 5 },
    { edgeID: 4, fromID: 5, toID: 2 },
  ],
  locutions: [],
});

describe('opening maps in other formats', () => {
  it('opens an Argdown file and draws the same map', async () => {
    const { page } = shared.app;
    await open(page, 'default.argdown', toArgdown({ ...map, title: 'Read from Argdown' }));
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Read from Argdown');
    await expect
      .poll(() => ids(page), { timeout: 15_000 })
      .toEqual(map.nodes.map((n) => n.id).sort());
  });

  it('opens a Kialo export with CRLF lines and a claim over two lines', async () => {
    const { page } = shared.app;
    await open(page, 'kialo.txt', KIALO);
    await expect
      .poll(() => title(page), { timeout: 15_000 })
      .toBe('Should small states join military alliances?');
    await expect.poll(async () => (await nodeBoxes(page)).length, { timeout: 15_000 }).toBe(4);
    expect(await page.locator('.am-node', { hasText: 'make them more feasible' }).count()).toBe(1);
    await screenshot(page, 'import-kialo');
  });

  it('opens a plain AIFdb nodeset, noting the dialogue nodes it leaves out', async () => {
    const { page } = shared.app;
    await open(page, 'nodeset.json', AIFDB);
    await expect.poll(async () => (await nodeBoxes(page)).length, { timeout: 15_000 }).toBe(2);
    await page.getByTestId('import-notes').waitFor();
    expect(await page.getByTestId('import-notes').textContent()).toContain('nodeset.json');
    // The notes leave the zoom buttons free (they covered Fit View).
    const notes = await page.getByTestId('import-notes').boundingBox();
    const zoom = await page.locator('.react-flow__controls').boundingBox();
    if (!notes || !zoom) throw new Error('notes or zoom buttons not shown');
    expect(notes.x).toBeGreaterThanOrEqual(zoom.x + zoom.width);
    await screenshot(page, 'import-notes');
    // The untitled nodeset is named after its file, told apart from other untitled ones.
    expect(await title(page)).toBe('nodeset');
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('opens our own AIF export with kinds and glosses intact', async () => {
    const { page } = shared.app;
    await open(page, 'map.aif.json', toAif({ ...map, title: 'Read from AIF' }));
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Read from AIF');
    await expect
      .poll(() => ids(page), { timeout: 15_000 })
      .toEqual(map.nodes.map((n) => n.id).sort());
  });

  it('refuses a broken Argdown file by line and column and keeps the open map', async () => {
    const { page } = shared.app;
    const before = await ids(page);
    await open(page, 'broken.argdown', '[A]: a claim {kind: [unclosed}\n  + [B]: b\n');
    const panel = page.getByTestId('rejected-file');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toMatch(/line \d+, column \d+/);
    expect(await ids(page)).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('keeps the file opened last when an earlier one is still being read', async () => {
    const { page } = shared.app;
    // Argdown's parser loads and runs longer than a Kialo file takes: the Kialo map must win.
    await open(page, 'slow.argdown', toArgdown({ ...map, title: 'Opened first' }));
    await open(
      page,
      'fast.txt',
      KIALO.replace('Should small states', 'Opened last: should small states'),
    );
    await expect
      .poll(() => title(page), { timeout: 15_000 })
      .toBe('Opened last: should small states join military alliances?');
    await page.waitForTimeout(1500);
    expect(await title(page)).toBe('Opened last: should small states join military alliances?');
  });

  it('opens a file dropped on the page', async () => {
    const { page } = shared.app;
    await page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
        for (const type of ['dragover', 'drop'])
          window.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
      },
      KIALO.replace('Should small states', 'Dropped: should small states'),
    );
    await expect
      .poll(() => title(page))
      .toBe('Dropped: should small states join military alliances?');
    expect(shared.app.errors).toEqual([]);
  });
});

describe('never losing the open map', () => {
  it('brings an opened map back after a reload, and the default map a click away', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    expect(await page.getByTestId('restored').count()).toBe(0);
    await open(page, 'kialo.txt', KIALO);
    await expect.poll(() => title(page)).toBe('Should small states join military alliances?');
    await page.waitForTimeout(600); // the autosave waits for changes to settle
    await page.reload();
    await waitForMap(page);
    expect(await title(page)).toBe('Should small states join military alliances?');
    await page.getByTestId('restored').waitFor();
    await screenshot(page, 'restored-map');
    await page.getByRole('button', { name: 'Open the default map' }).click();
    await expect.poll(() => title(page)).toBe(map.title);
    await page.waitForTimeout(600);
    await page.reload();
    await waitForMap(page);
    expect(await title(page)).toBe(map.title);
    expect(await page.getByTestId('restored').count()).toBe(0);
    await page.close();
  });
});
