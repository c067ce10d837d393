import { describe, expect, it } from 'vitest';
import { intersects, nodeBoxes, openViewMenu, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();

const ids = async () => (await nodeBoxes(shared.app.page)).map((b) => b.id);
const noOverlaps = async () => {
  const boxes = await nodeBoxes(shared.app.page);
  return boxes.every((a, i) => boxes.slice(i + 1).every((b) => !intersects(a, b)));
};

describe('filters', () => {
  it('hides implicit claims and a group, laying the rest out without holes', async () => {
    const { page } = shared.app;
    await openViewMenu(page);
    await page.getByRole('checkbox', { name: 'implicit claims', exact: true }).click();
    await expect.poll(async () => (await ids()).includes('traditional-view')).toBe(false);
    await page.getByRole('checkbox', { name: 'Funktion 1: Koordination', exact: true }).click();
    await expect.poll(async () => (await ids()).includes('feasibility')).toBe(false);
    expect(await ids()).not.toContain('coordination-body');
    expect(await ids()).toContain('legitimacy');
    await page.waitForTimeout(400);
    expect(await noOverlaps()).toBe(true);
    expect(await page.locator('.react-flow__node-group-frame').count()).toBe(3);
    await screenshot(page, 'filtered');
    expect(page.url()).toContain('hide=implicit');
  });

  it('hides a relation kind and brings everything back', async () => {
    const { page } = shared.app;
    await page.getByRole('checkbox', { name: 'text continues with', exact: true }).click();
    await expect
      .poll(() => page.locator('.react-flow__edge[data-id="#e:r-question:main"]').count())
      .toBe(0);
    await page.getByRole('checkbox', { name: 'text continues with', exact: true }).click();
    await page.getByRole('checkbox', { name: 'implicit claims', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Funktion 1: Koordination', exact: true }).click();
    await expect.poll(async () => (await ids()).length).toBe(16);
    expect(shared.app.errors).toEqual([]);
  });
});
