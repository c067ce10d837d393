import { describe, expect, it } from 'vitest';
import { nodeBoxes, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();

describe('searching the map', () => {
  it('focuses the search with "/" and finds the burden-sharing node by "Burden"', async () => {
    const { page } = shared.app;
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('/');
    await page.keyboard.type('Burden');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.textContent()).toContain('1 node');
    expect(await results.textContent()).toContain('Burden-Sharings');
    await screenshot(page, 'search-burden');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('Burden-Sharings');
    const pane = await page.locator('.react-flow').boundingBox();
    const box = (await nodeBoxes(page)).find((b) => b.id === 'burden-sharing');
    if (!pane || !box) throw new Error('missing pane or node');
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  });

  it('ignores case and accents and matches umlauts spelled ue', async () => {
    const { page } = shared.app;
    const box = page.getByRole('searchbox', { name: 'Search the map' });
    for (const query of ['buendnisse', 'BÜNDNISSE', 'bundnisse']) {
      await box.fill(query);
      await expect
        .poll(() => page.getByTestId('search-results').textContent())
        .toMatch(/[1-9]\d* nodes?/);
      expect(
        await page.getByTestId('search-results').locator('mark').first().textContent(),
      ).toMatch(/Bündnisse/i);
    }
  });

  it('steps through several hits with Enter', async () => {
    const { page } = shared.app;
    const box = page.getByRole('searchbox', { name: 'Search the map' });
    await box.fill('NATO');
    await expect.poll(() => page.getByTestId('search-results').textContent()).toMatch(/\d+ nodes/);
    await box.press('Enter');
    const first = await page.getByTestId('details').textContent();
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('details').textContent()).not.toBe(first);
    expect(shared.app.errors).toEqual([]);
  });
});
