import { describe, expect, it } from 'vitest';
import { intersects, nodeBoxes, screenshot, sharedApp } from './mapPage';

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
      'Show 4 hidden nodes',
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
    await page.getByRole('button', { name: 'Open this group' }).click();
    await expect.poll(async () => (await ids()).includes('legitimacy')).toBe(true);
    expect(shared.app.errors).toEqual([]);
  });
});
