import { describe, expect, it } from 'vitest';
import { screenshot, sharedApp } from './mapPage';

const shared = sharedApp();

/** Each drawn node's highlight role, read from its classes ('' when none). */
const roles = () =>
  shared.app.page.$$eval('.am-node', (els) =>
    Object.fromEntries(
      els.map((e) => [
        e.getAttribute('data-node-id'),
        /am-role--(\w+)/.exec(e.className)?.[1] ?? '',
      ]),
    ),
  );

describe('following chains of reasoning', () => {
  it('highlights, for the burden-sharing node, its chain up to the conclusion and dims the rest', async () => {
    await shared.app.page.click('[data-node-id="burden-sharing"]');
    await expect.poll(async () => (await roles())['burden-sharing']).toBe('focus');
    const r = await roles();
    expect(r['cost-saving']).toBe('up');
    expect(r['further-capabilities']).toBe('up');
    expect(r.conclusion).toBe('up');
    expect(r['nato-eu']).toBe('dim');
    expect(r['coordination-body']).toBe('dim');
    const dimmed = await shared.app.page
      .locator('[data-node-id="nato-eu"]')
      .evaluate((e) => Number(getComputedStyle(e).opacity));
    expect(dimmed).toBeLessThan(0.5);
    await screenshot(shared.app.page, 'chain-burden-sharing');
  });

  it('highlights everything below the conclusion as its reasons and objections', async () => {
    await shared.app.page.click('[data-node-id="conclusion"]');
    await expect.poll(async () => (await roles()).conclusion).toBe('focus');
    const r = await roles();
    expect(r['nato-eu']).toBe('down');
    expect(r['traditional-view']).toBe('down');
    await screenshot(shared.app.page, 'chain-conclusion');
  });

  it('clears the highlight with Esc', async () => {
    await shared.app.page.keyboard.press('Escape');
    await expect.poll(async () => Object.values(await roles()).every((r) => r === '')).toBe(true);
  });

  it('highlights the two ends of a clicked arrow', async () => {
    await shared.app.page
      .locator('.react-flow__edge[data-id="#e:r-cost:main"]')
      .dispatchEvent('click');
    await expect.poll(async () => (await roles())['cost-saving']).toBe('end');
    const r = await roles();
    expect(r['further-capabilities']).toBe('end');
    expect(r.conclusion).toBe('dim');
    await shared.app.page.keyboard.press('Escape');
    expect(shared.app.errors).toEqual([]);
  });
});
