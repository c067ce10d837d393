import { describe, expect, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { intersects, nodeBoxes, openViewMenu, screenshot, sharedApp } from './mapPage';

const shared = sharedApp();

const noOverlaps = async () => {
  const boxes = await nodeBoxes(shared.app.page);
  return boxes.every((a, i) => boxes.slice(i + 1).every((b) => !intersects(a, b)));
};
const box = async (id: string) => {
  const b = (await nodeBoxes(shared.app.page)).find((x) => x.id === id);
  if (!b) throw new Error(`no box for ${id}`);
  return b;
};

describe('direction, spacing and label language', () => {
  it('lays the map out left to right, conclusion on the right, and keeps that after a reload', async () => {
    const { page } = shared.app;
    await openViewMenu(page);
    await page.getByLabel('Layout').selectOption('right');
    await expect
      .poll(async () => (await box('conclusion')).x > (await box('further-capabilities')).x)
      .toBe(true);
    await waitForMap(page);
    expect(await noOverlaps()).toBe(true);
    await screenshot(page, 'left-to-right');
    await page.reload();
    await waitForMap(page);
    await openViewMenu(page);
    expect(await page.getByLabel('Layout').inputValue()).toBe('right');
    expect((await box('conclusion')).x).toBeGreaterThan((await box('further-capabilities')).x);
    await openViewMenu(page);
    await page.getByLabel('Layout').selectOption('up');
    await expect
      .poll(async () => (await box('conclusion')).y < (await box('further-capabilities')).y)
      .toBe(true);
  });

  it('spreads the boxes out when spacing is roomy', async () => {
    const { page } = shared.app;
    const gap = async () => {
      const [a, b] = [await box('feasibility'), await box('coordination-body')];
      const scale = await page.evaluate(
        () =>
          new DOMMatrixReadOnly(
            getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement)
              .transform,
          ).a,
      );
      return (b.y - (a.y + a.height)) / scale;
    };
    await waitForMap(page);
    const compact = await gap();
    await openViewMenu(page);
    await page.getByLabel('Spacing').selectOption('roomy');
    await expect.poll(gap).toBeGreaterThan(compact * 1.5);
    await waitForMap(page);
    expect(await noOverlaps()).toBe(true);
    await openViewMenu(page);
    await page.getByLabel('Spacing').selectOption('compact');
  });

  it('shows the English glosses in the boxes, fitted to them', async () => {
    const { page } = shared.app;
    await openViewMenu(page);
    await page.getByLabel('Labels').selectOption('gloss');
    const lines = () =>
      page.$$eval('[data-node-id="cost-saving"] .am-line', (els) =>
        els.map((e) => e.textContent).join(' '),
      );
    await expect.poll(lines).toContain('save armament costs');
    await waitForMap(page);
    expect(await noOverlaps()).toBe(true);
    await screenshot(page, 'english-glosses');
    await openViewMenu(page);
    await page.getByLabel('Labels').selectOption('source');
    expect(shared.app.errors).toEqual([]);
  });
});
