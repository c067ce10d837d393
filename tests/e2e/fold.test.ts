import { describe, expect, it } from 'vitest';
import { foldCandidates } from '../../scripts/bench/foldMovement';
import { generateMap } from '../../src/demo/generateMap';
import { median } from '../../src/layout/stats';
import {
  type Box,
  chooseMapFile,
  intersects,
  nodeBoxes,
  openApp,
  screenshot,
  sharedApp,
} from './mapPage';

const shared = sharedApp();

const ids = async () => (await nodeBoxes(shared.app.page)).map((b) => b.id).sort();
const noOverlaps = async () => {
  const boxes = await nodeBoxes(shared.app.page);
  return boxes.every((a, i) => boxes.slice(i + 1).every((b) => !intersects(a, b)));
};
const LEGITIMACY_REASONS = ['wide-participation', 'cooperation-extends', 'nato-opens', 'nato-eu'];

describe('folding reasons and groups', () => {
  it('folds the legitimacy function: its sub-claims go, the badge counts them, nothing overlaps', async () => {
    const { page } = shared.app;
    const before = await ids();
    await page.getByTestId('fold-legitimacy').click();
    await expect.poll(ids).toEqual(before.filter((id) => !LEGITIMACY_REASONS.includes(id)));
    expect(await page.getByTestId('fold-legitimacy').textContent()).toBe('+4');
    expect(await page.getByTestId('fold-legitimacy').getAttribute('aria-label')).toBe(
      'Show 4 hidden nodes below “Sie kann aber auch deren Legitimation steigern …”',
    );
    await page.waitForTimeout(400); // let the boxes glide to their places
    expect(await noOverlaps()).toBe(true);
    await screenshot(page, 'folded-legitimacy');
  });

  it('unfolds it again', async () => {
    const { page } = shared.app;
    await page.getByTestId('fold-legitimacy').click();
    await expect.poll(async () => (await ids()).includes('nato-eu')).toBe(true);
    await page.waitForTimeout(400);
    expect(await noOverlaps()).toBe(true);
  });

  it('draws a group as one box and opens it again', async () => {
    const { page } = shared.app;
    await page.getByTestId('fold-group-g-legitimacy').click();
    await expect.poll(async () => (await ids()).includes('legitimacy')).toBe(false);
    const box = page.locator('.am-node', { hasText: 'Funktion 2: Legitimation' });
    await box.waitFor();
    await page.waitForTimeout(400);
    expect(await noOverlaps()).toBe(true);
    await screenshot(page, 'folded-group');
    await page.getByRole('button', { name: 'Open the group “Funktion 2: Legitimation”' }).click();
    await expect.poll(async () => (await ids()).includes('legitimacy')).toBe(true);
    expect(shared.app.errors).toEqual([]);
  });
});

describe('folding a group on the default map', () => {
  // A reader's trial: folding section 6 moved the conclusion up by a layer, under the toolbar.
  it('keeps the boxes on screen in place, none under the toolbar, and says it is a group', async () => {
    const { page, errors } = await openApp(shared.browser, { width: 1366, height: 768 });
    const area = await page.locator('.react-flow').boundingBox();
    if (!area) throw new Error('no map area');
    const onScreen = (b: Box) =>
      b.x >= area.x &&
      b.y >= area.y &&
      b.x + b.width <= area.x + area.width &&
      b.y + b.height <= area.y + area.height;
    const before = (await nodeBoxes(page)).filter(onScreen);
    expect(before.map((b) => b.id)).toContain('conclusion');
    await page.getByTestId('fold-group-g-section-6').click();
    await expect
      .poll(async () => (await nodeBoxes(page)).some((b) => b.id === 'core-functions-lost'))
      .toBe(false);
    await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
    await page.waitForTimeout(300);
    const after = await nodeBoxes(page);
    const now = new Map(after.map((b) => [b.id, b]));
    const moves = before.flatMap((b) => {
      const a = now.get(b.id);
      return a ? [{ id: b.id, move: Math.round(Math.hypot(a.x - b.x, a.y - b.y)) }] : [];
    });
    expect(moves.length).toBeGreaterThan(8);
    expect(moves.filter((m) => m.move > 6)).toEqual([]);
    expect(after.filter((b) => b.y < area.y).map((b) => b.id)).toEqual([]);
    // The group's box reads as a folded group, not as a claim of the text.
    const box = page.locator('.am-node', { hasText: '6. Neue verteidigungs' });
    expect(await box.locator('.am-node__header').textContent()).toBe('GROUP · 4 NODES');
    await screenshot(page, 'folded-section-6');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('folding in a big map, zoomed in', () => {
  it('keeps the boxes the reader is looking at in place', async () => {
    const { page } = shared.app;
    const map = generateMap({ nodes: 100, seed: 1 });
    const folded = foldCandidates(map, 3)[1] as string;
    await chooseMapFile(page, {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(map)),
    });
    await expect.poll(async () => (await nodeBoxes(page)).length).toBe(100);
    // Zoom in on the node to fold: the reader now sees only its neighbourhood.
    // Fitted, the map is far away and its boxes have no buttons: aim at the box itself.
    const at = await page.locator(`.am-node[data-node-id="${folded}"]`).boundingBox();
    if (!at) throw new Error('box to fold not drawn');
    // Its fold button sits on the lower right corner.
    await page.mouse.move(at.x + at.width, at.y + at.height);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(600);
    const inView = (b: Box) => b.x > 0 && b.y > 0 && b.x + b.width < 1280 && b.y + b.height < 720;
    const before = (await nodeBoxes(page)).filter(inView);
    expect(before.length).toBeGreaterThan(3);
    await page.getByTestId(`fold-${folded}`).click();
    await expect.poll(async () => (await nodeBoxes(page)).length).toBeLessThan(100);
    await page.waitForTimeout(600); // let the boxes glide to their places
    const after = new Map((await nodeBoxes(page)).map((b) => [b.id, b]));
    const moves = before.flatMap((b) => {
      const a = after.get(b.id);
      return a ? [Math.hypot(a.x - b.x, a.y - b.y)] : [];
    });
    expect(moves.length).toBeGreaterThan(2);
    // Boxes beside the fold close its gap; the rest stay put: most move less than half a box
    // (ELK places the boxes anew, so a few move by a third of a box or more). Laid out afresh
    // and re-centred, every box on screen used to move about 4000 px, off screen.
    expect(median(moves)).toBeLessThan(median(before.map((b) => b.width)) / 2);
    await screenshot(page, 'folded-zoomed-in');
  });
});
