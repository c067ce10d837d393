import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { loadDefaultMap } from '../../src/explore/testMaps';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, nodeBoxes, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();
const tour = loadDefaultMap().tours?.[0];
if (!tour) throw new Error('the default map ships without a tour');
const original = tour.steps.map((s) => s.id);

const stepIds = () =>
  shared.app.page.$$eval('[data-step-id]', (els) => els.map((e) => e.getAttribute('data-step-id')));

describe('editing the tour', () => {
  it('reorders steps by keyboard and by dragging', async () => {
    const { page } = shared.app;
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await page.getByTestId('tour-panel').waitFor();
    expect(await stepIds()).toEqual(original);
    await page.getByTestId('tour-step-1').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(stepIds).toEqual([original[1], original[0], ...original.slice(2)]);
    // The moved step keeps the focus, so it can go on moving.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-step-id')))
      .toBe(original[0]);
    await page.getByTestId('tour-step-4').dragTo(page.getByTestId('tour-step-3'));
    await expect
      .poll(stepIds)
      .toEqual([original[1], original[0], original[3], original[2], ...original.slice(4)]);
    await screenshot(page, 'tour-editor');
  });

  it('edits a caption and adds a step from the selected node', async () => {
    const { page } = shared.app;
    const caption = page.getByTestId('tour-step-1').getByLabel('Caption (the audience reads it)');
    await caption.fill('A caption <b>typed</b> in class');
    await page.locator('.am-node[data-node-id="conclusion"]').click();
    await page.getByRole('button', { name: 'Add a step with the selected node' }).click();
    // The conclusion leaves its old step (which keeps its other node) for a new last one.
    const last = page.getByTestId(`tour-step-${original.length + 1}`);
    await expect.poll(() => last.textContent()).toContain('military alliances can still matter');
    const conclusionSteps = await page.$$eval(
      '[data-step-id]',
      (els) =>
        els.filter((e) => e.textContent?.includes('military alliances can still matter')).length,
    );
    expect(conclusionSteps).toBe(1);
    // Deleting a step takes it out; the next one moves up.
    const second = await page.getByTestId('tour-step-2').getAttribute('data-step-id');
    const third = await page.getByTestId('tour-step-3').getAttribute('data-step-id');
    await page.getByRole('button', { name: 'Delete step 2' }).click();
    await expect
      .poll(() => page.getByTestId('tour-step-2').getAttribute('data-step-id'))
      .toBe(third);
    expect(await stepIds()).not.toContain(second);
  });

  it('keeps the edits after a reload and writes them into the JSON export', async () => {
    const { page } = shared.app;
    const before = await stepIds();
    await page.reload();
    await waitForMap(page);
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await expect.poll(stepIds).toEqual(before);
    expect(
      await page
        .getByTestId('tour-step-1')
        .getByLabel('Caption (the audience reads it)')
        .inputValue(),
    ).toBe('A caption <b>typed</b> in class');
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByTestId('export-format').selectOption('json');
    const button = page.getByTestId('export-download');
    await expect.poll(() => button.isEnabled()).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(saved.tours[0].steps.map((s: { id: string }) => s.id)).toEqual(before);
    expect(saved.tours[0].steps[0].caption.en).toBe('A caption <b>typed</b> in class');
    expect(shared.app.errors).toEqual([]);
  });
});

describe('a map without a tour', () => {
  it('is presented in reasoning order, reasons first or conclusion first', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    const { tours: _, ...untoured } = loadDefaultMap();
    await chooseMapFile(page, {
      name: 'untoured.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...untoured, title: 'Without a tour' })),
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Without a tour');
    const shown = async () => (await nodeBoxes(page)).map((b) => b.id).sort();
    const firstStep = async () => {
      await page.locator('.am-present .am-node').first().waitFor({ timeout: 15_000 });
      return shown();
    };
    // Reasons first: the first step shows reasons, the conclusion comes later.
    await page.keyboard.press('p');
    expect(await firstStep()).not.toContain('conclusion');
    await page.keyboard.press('End');
    await expect.poll(shown).toEqual(untoured.nodes.map((n) => n.id).sort());
    await page.keyboard.press('Escape');
    await page.getByTestId('map-canvas').waitFor();
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await page
      .getByTestId('tour-panel')
      .getByRole('combobox', { name: 'Order' })
      .selectOption('conclusion-first');
    await page.locator('.am-node').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    expect(await firstStep()).toEqual(['conclusion']);
    await page.close();
  });
});
