import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PARSE_DELAY_MS } from '../../src/argdown-editor/parseDelay';
import { waitForMap } from '../browser/appPage';
import {
  chooseMapFile,
  nodeBoxes,
  type OpenedApp,
  openApp,
  screenshot,
  sharedBrowser,
} from './mapPage';

const shared = sharedBrowser();

/** The texts of the drawn nodes, by their kind class. */
const drawn = (page: Page) =>
  page.$$eval('.am-node', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-node-id') ?? '',
      kind: [...el.classList]
        .find((c) => /^am-node--(conclusion|claim|premise|objection|question)$/.test(c))
        ?.slice(9),
      text: [...el.querySelectorAll('.am-line')].map((l) => l.textContent).join(' '),
    })),
  );
const edgeClasses = (page: Page) =>
  page.$$eval('.react-flow__edge path.am-edge:not(.am-edge--piece)', (els) =>
    els.map((e) => e.getAttribute('class') ?? ''),
  );
const focusedNode = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);

/** The whole text in the Argdown editor (CodeMirror draws only the lines in view). */
type EditorDom = { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } };
const argdownText = (page: Page) =>
  page.$eval('.cm-content', (el) => {
    const view = (el as unknown as EditorDom).cmTile?.root?.view;
    if (!view) throw new Error('no CodeMirror view on .cm-content');
    return view.state.doc.toString();
  });

/** Opens the Maps dialog and starts a new empty map, by keyboard. */
async function newEmptyMap(page: Page) {
  await page.getByRole('button', { name: 'Maps…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'New empty map' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('empty-map').waitFor();
}

/** Types into the in-place editor that a new node opens, and keeps the text with Enter. */
async function typeNodeText(page: Page, text: string) {
  const editor = page.locator('.am-node__editor');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await editor.waitFor({ state: 'detached' });
}

describe('making a map by keyboard', () => {
  let app: OpenedApp;

  it('creates a claim, a reason and an objection without the mouse, and undoes and redoes', async () => {
    app = await openApp(shared.browser);
    const { page } = app;
    await newEmptyMap(page);
    await page.keyboard.press('n');
    await typeNodeText(page, 'Schools should start later');
    await expect.poll(() => focusedNode(page)).not.toBeNull();
    const conclusion = await focusedNode(page);
    await page.keyboard.press('r');
    await typeNodeText(page, 'Teenagers sleep later');
    await waitForMap(page);
    // Back up to the conclusion with the arrow keys, then object to it.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedNode(page)).toBe(conclusion);
    await page.keyboard.press('o');
    await typeNodeText(page, 'Buses cost money');
    await waitForMap(page);
    await expect
      .poll(async () => (await drawn(page)).map((n) => `${n.kind}: ${n.text}`).sort())
      .toEqual([
        'conclusion: Schools should start later',
        'objection: Buses cost money',
        'premise: Teenagers sleep later',
      ]);
    const edges = await edgeClasses(page);
    expect(edges.filter((c) => c.includes('am-edge--support'))).toHaveLength(1);
    expect(edges.filter((c) => c.includes('am-edge--attack'))).toHaveLength(1);
    await screenshot(page, 'editing-keyboard');

    // Undo takes back the objection's text, then the objection; redo brings both back.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await drawn(page)).some((n) => n.text === 'New objection'))
      .toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await drawn(page)).length).toBe(2);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    await expect
      .poll(async () => (await drawn(page)).some((n) => n.text === 'Buses cost money'))
      .toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('keeps the edits after a reload', async () => {
    const { page } = app;
    // Past the autosave's pause.
    await page.waitForTimeout(600);
    await page.reload();
    await waitForMap(page);
    expect((await drawn(page)).map((n) => n.text).sort()).toEqual([
      'Buses cost money',
      'Schools should start later',
      'Teenagers sleep later',
    ]);
    await page.close();
  });
});

describe('reordering', () => {
  it('moves a reason among its siblings with Alt+arrow, its own reasons along, undoably', async () => {
    const { page, errors } = await openApp(shared.browser);
    await newEmptyMap(page);
    await page.keyboard.press('n');
    await typeNodeText(page, 'Claim');
    await expect.poll(() => focusedNode(page)).not.toBeNull();
    const claim = await focusedNode(page);
    await page.keyboard.press('r');
    await typeNodeText(page, 'First');
    await expect.poll(() => focusedNode(page)).not.toBe(claim);
    const firstId = await focusedNode(page);
    await page.keyboard.press('r');
    await typeNodeText(page, 'Under first');
    await waitForMap(page);
    // Back up to the claim one step at a time: each move lands before the next key.
    await expect.poll(() => focusedNode(page)).not.toBe(firstId);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedNode(page)).toBe(firstId);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedNode(page)).toBe(claim);
    await page.keyboard.press('r');
    await typeNodeText(page, 'Second');
    await waitForMap(page);
    const x = async (text: string) => {
      const box = (await drawn(page)).find((n) => n.text === text);
      const b = box && (await nodeBoxes(page)).find((n) => n.id === box.id);
      if (!b) throw new Error(`no box "${text}"`);
      return b.x + b.width / 2;
    };
    const before = (await x('First')) < (await x('Second'));
    // Focus "First" and move it one place along (right if it is left, else left).
    const first = (await drawn(page)).find((n) => n.text === 'First');
    await page.locator(`.react-flow__node[data-id="${first?.id}"]`).focus();
    await page.keyboard.press(before ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
    // Its reason goes with it: still under "First", on the same side of "Second". Both are
    // asked in one poll: the boxes glide to their places, not all at the same moment.
    const sides = async () => [
      (await x('First')) < (await x('Second')),
      (await x('Under first')) < (await x('Second')),
    ];
    await expect.poll(sides).toEqual([!before, !before]);
    await page.keyboard.press('Control+z');
    await expect.poll(sides).toEqual([before, before]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('editing on the canvas and in the details', () => {
  it('draws an arrow by dragging from one box to another and asks support or attack', async () => {
    const { page, errors } = await openApp(shared.browser);
    await newEmptyMap(page);
    await page.keyboard.press('n');
    await typeNodeText(page, 'Homework helps');
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await typeNodeText(page, 'Pupils are too tired for homework');
    await waitForMap(page);
    const nodes = await drawn(page);
    const from = nodes.find((n) => n.text.startsWith('Pupils'));
    const to = nodes.find((n) => n.text.startsWith('Homework'));
    if (!from || !to) throw new Error('nodes not drawn');
    // Point at the source box so its handle shows, then drag the handle onto the target.
    const source = page.locator(`.am-node[data-node-id="${from.id}"]`);
    await source.hover();
    const handle = source.locator('.am-handle--source');
    const h = await handle.boundingBox();
    const target = await page.locator(`.am-node[data-node-id="${to.id}"]`).boundingBox();
    if (!h || !target) throw new Error('no handle or target');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height - 4, {
      steps: 12,
    });
    await page.mouse.up();
    const chooser = page.getByRole('dialog', { name: /How does/ });
    await chooser.waitFor();
    await chooser.getByRole('button', { name: 'Attacks' }).click();
    await expect.poll(() => edgeClasses(page)).toHaveLength(1);
    expect((await edgeClasses(page))[0]).toContain('am-edge--attack');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes kind and text in the details panel, deletes, and undoes from the toolbar', async () => {
    const { page, errors } = await openApp(shared.browser);
    const before = (await nodeBoxes(page)).length;
    await page.locator('.am-node[data-node-id="conclusion"]').click();
    await page.getByTestId('node-kind').selectOption('question');
    await expect
      .poll(async () => (await drawn(page)).find((n) => n.id === 'conclusion')?.kind)
      .toBe('question');
    const field = page.getByTestId('node-text-field');
    await field.fill('Can alliances still matter for small states?');
    await expect
      .poll(async () => (await drawn(page)).find((n) => n.id === 'conclusion')?.text)
      .toBe('Can alliances still matter for small states?');
    // An empty text is refused in place; the map keeps the last good one.
    await field.fill('');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/text/i);
    expect((await drawn(page)).find((n) => n.id === 'conclusion')?.text).toBe(
      'Can alliances still matter for small states?',
    );
    await page.getByRole('button', { name: 'Delete node' }).click();
    await expect.poll(async () => (await nodeBoxes(page)).length).toBe(before - 1);
    await page.getByRole('button', { name: /^Undo: delete/ }).click();
    await expect.poll(async () => (await nodeBoxes(page)).length).toBe(before);
    await page.getByRole('button', { name: /^Undo: edit text/ }).click();
    await page.getByRole('button', { name: /^Undo: change kind/ }).click();
    await expect
      .poll(async () => (await drawn(page)).find((n) => n.id === 'conclusion')?.kind)
      .toBe('conclusion');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses an arrow that would close a support cycle, and says why', async () => {
    const { page } = await openApp(shared.browser);
    await page.locator('.am-node[data-node-id="conclusion"]').click();
    const form = page.getByTestId('details');
    await form.getByLabel('This node…').selectOption('support');
    const targets = await form
      .getByLabel('Node', { exact: true })
      .locator('option')
      .allTextContents();
    const anyPremise = targets.find((t) => t.includes('ergänzend'));
    if (!anyPremise) throw new Error(`no premise among ${targets.join(' | ')}`);
    await form.getByLabel('Node', { exact: true }).selectOption({ label: anyPremise });
    const edges = (await edgeClasses(page)).length;
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/Not done: .*circle/);
    expect((await edgeClasses(page)).length).toBe(edges);
    await page.close();
  });
});

describe('the Argdown editor', () => {
  it('shows the default map as Argdown; typing a statement and a reason draws them', async () => {
    const { page, errors } = await openApp(shared.browser);
    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    // The top of the text: the front matter with the map's title.
    expect(await editor.textContent()).toContain('title: "Militärbündnisse und Kleinstaaten');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(
      '\n\n[Neu]: Kleinstaaten gewinnen Gewicht.\n  + [Grund]: Sie koordinieren sich.\n',
    );
    await expect
      .poll(async () => (await drawn(page)).map((n) => n.text))
      .toEqual(
        expect.arrayContaining(['Kleinstaaten gewinnen Gewicht.', 'Sie koordinieren sich.']),
      );
    expect(await edgeClasses(page)).toHaveLength(
      (await page.$$('.react-flow__edge path.am-edge:not(.am-edge--piece)')).length,
    );
    // Text that cannot be read: the map stays as it was and the editor says where.
    const count = (await drawn(page)).length;
    await page.keyboard.type('\n[Kaputt]: {data: [}\n');
    await expect.poll(() => page.getByTestId('argdown-status').textContent()).toMatch(/problem/);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect((await drawn(page)).length).toBe(count);
    await screenshot(page, 'argdown-editor');
    // Ctrl+Z in the editor is the app's undo: the new statements go.
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await drawn(page)).some((n) => n.text === 'Sie koordinieren sich.'))
      .toBe(false);
    expect(await argdownText(page)).not.toContain('[Neu]');
    expect(errors).toEqual([]);
    await page.close();
  });

  // A keystroke a little over the parse delay after the one before lands while that text is
  // read: the map read from the older text used to replace the editor's, and the key was lost.
  it('keeps every key typed while the text before it is read', async () => {
    const { page, errors } = await openApp(shared.browser);
    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n[Langsam]: Sie koordinieren sich.', {
      delay: PARSE_DELAY_MS + 3,
    });
    await expect
      .poll(async () => (await drawn(page)).map((n) => n.text))
      .toContain('Sie koordinieren sich.');
    expect(await argdownText(page)).toContain('[Langsam]: Sie koordinieren sich.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rewrites the text when the map is edited on the canvas', async () => {
    const { page } = await openApp(shared.browser);
    await page.getByRole('button', { name: 'Argdown', exact: true }).click();
    const editor = page.locator('.cm-content');
    await editor.waitFor();
    await page.locator('.am-node[data-node-id="conclusion"]').dblclick();
    await page.locator('.am-node__editor').fill('Allianzen bleiben wichtig.');
    await page.keyboard.press('Enter');
    await expect.poll(() => argdownText(page)).toContain('Allianzen bleiben wichtig.');
    await page.close();
  });
});

describe('maps of your own', () => {
  it('analyses a pasted text: cleaned text offered, selected words become a quoted node', async () => {
    const { page, errors } = await openApp(shared.browser);
    await page.getByRole('button', { name: 'Maps…' }).click();
    await page.getByRole('button', { name: 'New map from a text…' }).click();
    await page
      .getByTestId('pasted-text')
      .fill(
        'Schools should start later. Teen-\nagers sleep later than adults.\n\nBut buses cost money.',
      );
    await expect
      .poll(() => page.getByLabel(/^Cleaned/).inputValue())
      .toBe(
        'Schools should start later. Teenagers sleep later than adults.\n\nBut buses cost money.',
      );
    await page.getByRole('button', { name: 'Use the cleaned text' }).click();
    await page.getByTestId('empty-map').waitFor();
    const panel = page.getByTestId('source-text');
    expect(await panel.textContent()).toContain('Teenagers sleep later than adults.');
    await panel
      .locator('[data-start]')
      .first()
      .evaluate((el) => {
        const text = el.firstChild;
        if (!text?.textContent) throw new Error('no text');
        const range = document.createRange();
        const start = text.textContent.indexOf('Teenagers');
        range.setStart(text, start);
        range.setEnd(text, text.textContent.indexOf('adults.') + 'adults.'.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      });
    await page.getByTestId('node-from-selection').click();
    await waitForMap(page);
    expect((await drawn(page)).map((n) => n.text)).toEqual(['Teenagers sleep later than adults.']);
    // The node quotes exactly those words, and the text marks them.
    expect(await page.getByTestId('details').textContent()).toContain('characters 28–62');
    await expect
      .poll(() => panel.locator('mark').textContent())
      .toBe('Teenagers sleep later than adults.');
    await page.getByTestId('node-text-field').fill('Teenagers sleep later.');
    await page.getByLabel('English gloss', { exact: true }).fill('A gloss');
    await page.getByLabel('Implicit: the text does not state it').check();
    await expect.poll(() => panel.locator('mark').count()).toBe(0);
    await screenshot(page, 'analysis-from-text');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists, renames, duplicates and deletes maps; delete and open are undoable', async () => {
    const { page, errors } = await openApp(shared.browser);
    await newEmptyMap(page);
    await page.keyboard.press('n');
    await typeNodeText(page, 'My first claim');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Maps…' }).click();
    const entries = page.getByTestId('library-entry');
    await expect.poll(() => entries.count()).toBe(1);
    await entries.first().getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('Essay on school times');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Essay on school times');
    await entries.first().getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Essay on school times (copy)')]),
    );
    // Delete the open map: the example map shows; Ctrl+Z brings the deleted map back.
    const open = entries.filter({ hasText: 'open now' });
    await open.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Militärbündnisse');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Essay on school times');
    await page.getByRole('button', { name: 'Maps…' }).click();
    await expect.poll(() => entries.count()).toBe(2);
    // Opening a file is a step too: Ctrl+Z goes back to the map before it.
    await chooseMapFile(page, {
      name: 'debate.argdown',
      mimeType: 'text/plain',
      buffer: Buffer.from('[A]: Homework helps.\n  - [B]: Pupils are tired.\n'),
    });
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('Essay on school times');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Essay on school times');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shares a map by link; opening the link adds it to the library and overwrites nothing', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await waitForMap(page);
    await newEmptyMap(page);
    await page.keyboard.press('n');
    await typeNodeText(page, 'A claim worth sharing');
    await page.getByRole('button', { name: 'Maps…' }).click();
    await page.getByRole('button', { name: 'Share link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/#map=/);
    await page.keyboard.press('Escape');
    // The same browser (same library) opens the link: a second map, the first one kept.
    const other = await context.newPage();
    await other.goto(url);
    await waitForMap(other);
    expect((await drawn(other)).map((n) => n.text)).toEqual(['A claim worth sharing']);
    expect(other.url()).not.toContain('#map=');
    await other.waitForTimeout(600);
    await other.getByRole('button', { name: 'Maps…' }).click();
    await expect.poll(() => other.getByTestId('library-entry').count()).toBe(2);
    // A damaged link says so and opens nothing.
    await other.goto('about:blank');
    await other.goto(url.slice(0, url.length / 2));
    await expect
      .poll(() => other.getByTestId('notice').textContent())
      .toMatch(/damaged or incomplete/);
    await context.close();
  });
});

describe('tags and where a claim was said', () => {
  it('shows Argdown tags on the box with a coloured stripe, and edits them in the details', async () => {
    const { page, errors } = await openApp(shared.browser);
    await chooseMapFile(page, {
      name: 'tagged.argdown',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '[A]: Schools should start later. #health\n  + [B]: Teenagers sleep later. #(sleep research)\n',
      ),
    });
    await expect
      .poll(() => page.locator('.am-node__header', { hasText: '#health' }).count())
      .toBe(1);
    const box = page.locator('.am-node', { hasText: '#health' });
    expect(await box.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
    await box.click();
    const field = page.getByTestId('node-tags-field');
    await expect.poll(() => field.inputValue()).toBe('health');
    await field.fill('health, school');
    await expect
      .poll(() => page.locator('.am-node__header', { hasText: '#school' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the words and speaker of an AIF locution with its claim', async () => {
    const { page } = await openApp(shared.browser);
    const aif = {
      nodes: [
        { nodeID: '1', text: 'Schools should start later', type: 'I' },
        { nodeID: '2', text: 'Alice : schools should really start later', type: 'L' },
        { nodeID: '3', text: 'Asserting', type: 'YA' },
      ],
      edges: [
        { edgeID: '1', fromID: '2', toID: '3' },
        { edgeID: '2', fromID: '3', toID: '1' },
      ],
      locutions: [{ nodeID: '2', personID: '1' }],
      participants: [{ participantID: '1', firstname: 'Alice', surname: 'Smith' }],
    };
    await chooseMapFile(page, {
      name: 'dialogue.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(aif)),
    });
    await expect.poll(() => page.locator('.am-node').count()).toBe(1);
    await page.locator('.am-node').click();
    const said = page.getByTestId('said');
    await said.waitFor();
    expect(await said.textContent()).toContain('schools should really start later');
    expect(await said.textContent()).toContain('Alice Smith');
    await page.close();
  });
});
