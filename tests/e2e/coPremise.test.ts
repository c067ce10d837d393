import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, sharedBrowser } from './mapPage';

// Co-premises and undercuts made with the mouse and the keyboard, not by typing Argdown.

const shared = sharedBrowser();
const SCRATCH = fileURLToPath(new URL('../../.scratch/', import.meta.url));

const MAP = [
  '[Later]: Schools should start later.\n  + [Sleep]: Teenagers sleep later.',
  '[Learn]: Sleep helps learning.',
  '[Buses]: Buses cost money.',
  '[Tired]: Tired pupils learn little in the first lesson.',
].join('\n\n');

/** The names of the drawn lines (a relation's legs share its name), each once. */
const lineNames = async (page: Page) => [
  ...new Set(
    await page.$$eval('.react-flow__edge', (els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    ),
  ),
];
/** The app in a page of its own context (axe-core wants one), drawn, with the errors it logs. */
async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('appUrl'));
  await waitForMap(page);
  return { page, errors };
}

/** axe-core's findings on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
}
const junctions = (page: Page) => page.locator('.am-junction').count();
const box = (page: Page, text: string) => page.locator('.am-node', { hasText: text });

async function openSmallMap(page: Page) {
  await chooseMapFile(page, {
    name: 'school.argdown',
    mimeType: 'text/plain',
    buffer: Buffer.from(MAP),
  });
  await expect.poll(() => page.locator('.am-node').count()).toBe(5);
  await waitForMap(page);
}

/** Drags an arrow from the handle on top of `from` to the point `to`. */
async function drawArrow(page: Page, from: string, to: { x: number; y: number }) {
  const source = box(page, from);
  await source.hover();
  const h = await source.locator('.am-handle--source').boundingBox();
  if (!h) throw new Error(`no handle on "${from}"`);
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The bottom middle of a box, where a drawn arrow ends on it. */
async function bottomOf(page: Page, text: string) {
  const b = await box(page, text).boundingBox();
  if (!b) throw new Error(`no box "${text}"`);
  return { x: b.x + b.width / 2, y: b.y + b.height - 4 };
}

const TOGETHER =
  '“Teenagers sleep later.” together with “Sleep helps learning.” supports “Schools should start later.”';

describe('co-premises', () => {
  it('adds a co-premise in the details of the box that supports, splits and takes it out again; each is one undo step', async () => {
    const { page, errors } = await openApp();
    await openSmallMap(page);
    expect(await junctions(page)).toBe(0);
    await box(page, 'Teenagers sleep later.').click();
    const details = page.getByTestId('details');
    const arrow = details.getByRole('group', { name: /supports “Schools should start later.”/ });
    await arrow.getByLabel('Add a co-premise…').selectOption({ label: '“Sleep helps learning.”' });
    await page.screenshot({ path: `${SCRATCH}co-premise-node-details.png` });
    expect(await violations(page)).toEqual([]);
    await arrow.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => junctions(page)).toBe(1);
    await waitForMap(page);
    expect(await lineNames(page)).toContain(TOGETHER);
    await page.screenshot({ path: `${SCRATCH}co-premise-map.png` });

    await page.getByRole('button', { name: /^Undo: add co-premise/ }).click();
    await expect.poll(() => junctions(page)).toBe(0);
    expect(await lineNames(page)).not.toContain(TOGETHER);
    await page.getByRole('button', { name: /^Redo: add co-premise/ }).click();
    await expect.poll(() => junctions(page)).toBe(1);

    // The arrow's own details list its premises: one gets an arrow of its own, then undo.
    await box(page, 'Teenagers sleep later.').click();
    await details
      .getByRole('button', { name: /^Details of this arrow: .*supports “Schools/ })
      .click();
    await page.getByTestId('co-premises').waitFor();
    await page.screenshot({ path: `${SCRATCH}co-premise-arrow-details.png` });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Own arrow for “Sleep helps learning.”' }).click();
    await expect.poll(() => junctions(page)).toBe(0);
    expect(await lineNames(page)).toEqual(
      expect.arrayContaining([
        '“Teenagers sleep later.” supports “Schools should start later.”',
        '“Sleep helps learning.” supports “Schools should start later.”',
      ]),
    );
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineNames(page)).toContain(TOGETHER);

    // Taken out, the box stays but no longer supports.
    await box(page, 'Teenagers sleep later.').click();
    await details
      .getByRole('button', { name: /^Details of this arrow: .*supports “Schools/ })
      .click();
    await page.getByRole('button', { name: 'Take out “Sleep helps learning.”' }).click();
    await expect.poll(() => junctions(page)).toBe(0);
    expect(await lineNames(page)).toEqual([
      '“Teenagers sleep later.” supports “Schools should start later.”',
    ]);
    expect(await page.locator('.am-node').count()).toBe(5);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineNames(page)).toEqual([TOGETHER]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers "supports together with" when an arrow is drawn onto a supported claim', async () => {
    const { page, errors } = await openApp();
    await openSmallMap(page);
    await drawArrow(page, 'Sleep helps learning.', await bottomOf(page, 'Schools should start'));
    const chooser = page.getByTestId('connect-chooser');
    await chooser.waitFor();
    await page.screenshot({ path: `${SCRATCH}co-premise-chooser.png` });
    expect(await violations(page)).toEqual([]);
    await chooser
      .getByRole('button', { name: 'Supports together with “Teenagers sleep later.” (co-premise)' })
      .click();
    await expect.poll(() => junctions(page)).toBe(1);
    expect(await lineNames(page)).toEqual([TOGETHER]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => junctions(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Whether "Tired pupils…" undercuts the inference from sleeping later to starting later. */
const tiredUndercuts = async (page: Page) =>
  (await lineNames(page)).some(
    (n) =>
      n.startsWith('“Tired pupils') &&
      n.endsWith(
        'undercuts the inference: “Teenagers sleep later.” supports “Schools should start later.”',
      ),
  );

describe('undercuts', () => {
  it('attacks an inference from the chooser after drawing an arrow onto its conclusion', async () => {
    const { page, errors } = await openApp();
    await openSmallMap(page);
    await drawArrow(page, 'Tired pupils', await bottomOf(page, 'Schools should start'));
    const chooser = page.getByTestId('connect-chooser');
    await chooser
      .getByRole('button', {
        name: 'Attacks the inference “Teenagers sleep later.” → “Schools should start later.”',
      })
      .click();
    await expect.poll(() => junctions(page)).toBe(1);
    await waitForMap(page);
    expect(await tiredUndercuts(page)).toBe(true);
    await page.screenshot({ path: `${SCRATCH}undercut-map.png` });
    await page.keyboard.press('Control+z');
    await expect.poll(() => junctions(page)).toBe(0);
    expect((await lineNames(page)).some((n) => n.includes('undercuts'))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('attacks an inference from the arrow details by keyboard, and a drawn arrow ends on its dot', async () => {
    const { page, errors } = await openApp();
    await openSmallMap(page);
    await box(page, 'Teenagers sleep later.').click();
    await page
      .getByTestId('details')
      .getByRole('button', { name: /^Details of this arrow: .*supports “Schools/ })
      .click();
    const field = page.getByTestId('undercut');
    const select = field.getByLabel('Attack this inference (undercut)…');
    await select.focus();
    await select.selectOption({ label: '“Buses cost money.”' });
    await page.screenshot({ path: `${SCRATCH}undercut-arrow-details.png` });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => junctions(page)).toBe(1);
    const busesUndercut =
      '“Buses cost money.” undercuts the inference: “Teenagers sleep later.” supports “Schools should start later.”';
    await expect.poll(() => lineNames(page)).toContain(busesUndercut);
    await waitForMap(page);

    // The dot is there now: an arrow drawn onto it attacks that inference.
    const dot = await page.locator('.am-junction').boundingBox();
    if (!dot) throw new Error('no junction dot');
    await drawArrow(page, 'Tired pupils', { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 });
    const chooser = page.getByTestId('connect-chooser');
    await chooser.waitFor();
    await page.screenshot({ path: `${SCRATCH}undercut-dot-chooser.png` });
    await chooser.getByRole('button', { name: 'Attacks this inference (undercut)' }).click();
    await expect.poll(() => tiredUndercuts(page)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => tiredUndercuts(page)).toBe(false);
    await expect.poll(() => lineNames(page)).toContain(busesUndercut);
    await page.keyboard.press('Control+z');
    await expect.poll(() => junctions(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers no box that would close a circle, and refuses with the reason what the map does not allow', async () => {
    const { page } = await openApp();
    await openSmallMap(page);
    const details = page.getByTestId('details');
    // "Schools should start later" supports "Sleep helps learning" (drawn in the details)...
    await box(page, 'Schools should start later.').click();
    await details.getByLabel('This node…').selectOption('support');
    await details
      .getByLabel('Node', { exact: true })
      .selectOption({ label: '“Sleep helps learning.”' });
    await details.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(async () => (await lineNames(page)).length).toBe(2);
    // ...so it is not offered as a co-premise for "Schools should start later": a circle.
    await box(page, 'Teenagers sleep later.').click();
    const arrow = details.getByRole('group', { name: /supports “Schools should start later.”/ });
    await arrow.getByRole('button', { name: /^New co-premise/ }).waitFor();
    const offered = await arrow
      .locator('[data-testid="add-co-premise"] option')
      .evaluateAll((options) => options.map((o) => o.textContent));
    expect(offered).not.toContain('“Sleep helps learning.”');
    expect(await junctions(page)).toBe(0);

    // The same undercut twice: the second is refused and the map stays as it was.
    await arrow.getByRole('button', { name: /^Details of this arrow/ }).click();
    const field = page.getByTestId('undercut');
    await field.getByLabel('Attack this inference (undercut)…').selectOption({
      label: '“Buses cost money.”',
    });
    await field.getByRole('button', { name: 'Attack', exact: true }).click();
    await expect.poll(() => junctions(page)).toBe(1);
    await field.getByRole('button', { name: 'Attack', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('notice').textContent())
      .toMatch(/Not done: .*already exists/);
    expect((await lineNames(page)).filter((n) => n.includes('undercuts'))).toHaveLength(1);
    await page.context().close();
  });
});
