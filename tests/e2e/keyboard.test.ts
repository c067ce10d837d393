import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedApp } from './mapPage';

const shared = sharedApp();

const focusedNode = () =>
  shared.app.page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.id ?? null,
  );

/** The focused box, whether it is the one selected, and whether it lies wholly in the pane. */
const focusedBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement?.closest<HTMLElement>('.react-flow__node');
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box || !pane) return null;
    const r = box.getBoundingClientRect();
    return {
      id: box.dataset.id,
      selected: box.querySelector('.am-node--selected') !== null,
      onScreen:
        r.left >= pane.left &&
        r.right <= pane.right &&
        r.top >= pane.top &&
        r.bottom <= pane.bottom,
    };
  });

/** Two frames: React Flow's own key handling blurred a box a frame after the key. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('keyboard and outline', () => {
  it('tabs into the map at the conclusion, follows arrows, opens details with Enter, folds with Space', async () => {
    const { page } = shared.app;
    await page.locator('.react-flow__node[data-id="conclusion"]').focus();
    expect(
      await page.locator('.react-flow__node[data-id="conclusion"]').getAttribute('tabindex'),
    ).toBe('0');
    expect(await focusedNode()).toBe('conclusion');
    const focusRing = await page
      .locator('.react-flow__node[data-id="conclusion"] .am-node')
      .evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedNode).not.toBe('conclusion');
    const below = await focusedNode();
    expect(['further-capabilities', 'traditional-view', 'core-functions-lost']).toContain(below);
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedNode).toBe('conclusion');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('somit');
    await page.locator('.react-flow__node[data-id="legitimacy"]').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('fold-legitimacy').textContent()).toBe('+4');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('fold-legitimacy').textContent()).toBe('−');
  });

  it('gives focus back to the box when Esc closes its details, so arrows go on from it', async () => {
    const { page } = shared.app;
    const details = page.getByTestId('details');
    await page.locator('.react-flow__node[data-id="legitimacy"]').focus();
    await page.keyboard.press('Enter');
    await details.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await twoFrames(page);
    expect(await focusedNode()).toBe('legitimacy');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedNode).not.toBe('legitimacy');
    const above = await focusedNode();
    expect(above).not.toBeNull();
    // From inside the details too (Esc, or their close button), as from a dialog.
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(focusedNode).toBe(above);
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(focusedNode).toBe(above);
  });

  it('lists the argument as a tree in the outline, in step with the map selection', async () => {
    const { page } = shared.app;
    await page.getByRole('button', { name: 'Outline' }).click();
    const tree = page.getByRole('tree');
    await tree.waitFor();
    expect(await tree.locator('[role="treeitem"]').count()).toBeGreaterThanOrEqual(16);
    const firstItem = tree.locator('[role="treeitem"]').first();
    expect(await firstItem.textContent()).toContain(
      'Militärbündnisse können für Kleinstaaten somit',
    );
    // The outline narrows the map; the node may sit outside the pane, so click it directly.
    await page.locator('.react-flow__node[data-id="cost-saving"]').dispatchEvent('click');
    await expect
      .poll(() => tree.locator('[role="treeitem"][aria-selected="true"]').first().textContent())
      .toContain('Einsparung von Rüstungskosten');
    await screenshot(page, 'outline');
    expect(shared.app.errors).toEqual([]);
  });

  it('shows the shortcut sheet with ?', async () => {
    const { page } = shared.app;
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Fold or unfold its reasons');
    await screenshot(page, 'shortcut-sheet');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);
  });
});

describe('keyboard on a big map', () => {
  it('keeps focus on the selected box, on screen, as arrows go to boxes out of view', async () => {
    // Only the boxes in view are in the page: focus fell to the page when an arrow went to
    // one out of view, and the next keys did nothing.
    const page = await shared.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('appUrl')}?demo=big&n=1000`);
    await page.waitForSelector('[data-layout-ready="true"] .am-far', { timeout: 50_000 });
    await page.locator('.react-flow__node[tabindex="0"]').focus();
    let at = (await focusedBox(page))?.id;
    expect(at).toBeDefined();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      await expect
        .poll(() => focusedBox(page))
        .toMatchObject({
          id: expect.not.stringMatching(`^${at}$`),
          selected: true,
          onScreen: true,
        });
      at = (await focusedBox(page))?.id;
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await page.close();
  });
});
