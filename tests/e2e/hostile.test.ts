import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMap } from '../browser/appPage';
import { chooseMapFile, sharedApp } from './mapPage';

const shared = sharedApp();
const dir = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));
const corpus = readdirSync(dir).filter((f) => !f.endsWith('.md'));

/** What each hostile file must yield: the map opens (its text shown as text), or a message. */
const EXPECTED: Record<string, { opens: true } | { refused: RegExp }> = {
  'script-labels.json': { opens: true },
  // Argdown reads `<...>` as an argument's title: the markup is a syntax error, located.
  'script-labels.argdown': { refused: /line 1, column 9/ },
  'script-labels.kialo.txt': { opens: true },
  'script-labels.aif.json': { opens: true },
  'javascript-url.json': { opens: true },
  'broken.json': { refused: /not valid JSON/ },
  'deeply-nested.json': { refused: /.+/ },
  'not-a-map.json': { refused: /version|nodes/ },
  'dangling-ids.json': { refused: /relations\[0\]\.from\[0\]: unknown node "ghost"/ },
  'support-cycle.json': { refused: /support cycle/ },
  'self-relation.json': { refused: /cannot attack itself/ },
  'unknown-version.json': { refused: /version/ },
};

const title = (page: Page) => page.locator('h1').textContent();
/** Whatever a payload would have done if it had run. */
const ran = (page: Page) =>
  page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile ?? 0);

async function open(page: Page, name: string, buffer: Buffer) {
  await chooseMapFile(page, { name, mimeType: 'text/plain', buffer });
}

/** The app still answers: a click on a box selects it and shows its details. */
async function stillAnswers(page: Page) {
  await waitForMap(page);
  const box = page.locator('.am-node').first();
  await box.click();
  await page.getByTestId('details').waitFor({ timeout: 5000 });
  await page.keyboard.press('Escape');
}

describe('hostile and broken files', () => {
  it('has an expectation for every file of the corpus', () => {
    expect(corpus.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of corpus) {
    it(`${name}: nothing runs, and it opens as text or is refused with its problem`, async () => {
      const { page } = shared.app;
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const before = await title(page);
      await open(page, name, readFileSync(`${dir}${name}`));
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`no expectation for ${name}`);
      if ('opens' in expected) {
        await expect.poll(() => title(page)).not.toBe(before);
        await waitForMap(page);
        // The markup is shown as the characters it is made of.
        const text = await page.locator('.react-flow').textContent();
        if (name !== 'javascript-url.json') expect(text).toMatch(/<img|<script/);
        expect(await page.locator('.react-flow img, .react-flow script').count()).toBe(0);
      } else {
        const panel = page.getByTestId('rejected-file');
        await expect.poll(() => panel.textContent()).toContain(name);
        expect(await panel.textContent()).toMatch(expected.refused);
        expect(await title(page)).toBe(before);
        await page.getByTestId('rejected-file').getByRole('button').first().click();
      }
      await page.waitForTimeout(200);
      expect(await ran(page)).toBe(0);
      expect(dialogs).toEqual([]);
      await stillAnswers(page);
    });
  }

  it('forbids inline script on the page (Content Security Policy), so injected markup cannot run', async () => {
    const { page } = shared.app;
    const blocked = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          let violation = '';
          document.addEventListener('securitypolicyviolation', (e) => {
            violation = e.violatedDirective;
          });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true;';
          document.body.append(script);
          setTimeout(() => {
            const ran = (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
            resolve({ ran, violation });
          }, 100);
        }),
    );
    expect(blocked).toEqual({ ran: false, violation: expect.stringMatching(/^script-src/) });
  });

  it('refuses a 10 MB label by its place, and a file over the size limit before reading it', async () => {
    const { page } = shared.app;
    const before = await title(page);
    const huge = {
      version: 1,
      title: 'Huge',
      source: { text: '', language: 'en' },
      nodes: [{ id: 'a', kind: 'claim', implicit: true, text: 'x'.repeat(10 * 1024 * 1024) }],
      relations: [],
      groups: [],
    };
    await open(page, 'huge-label.json', Buffer.from(JSON.stringify(huge)));
    const panel = page.getByTestId('rejected-file');
    await expect
      .poll(() => panel.textContent(), { timeout: 20_000 })
      .toMatch(/nodes\[0\]\.text: is longer than 5000 characters/);
    expect(await title(page)).toBe(before);
    await open(page, 'too-big.json', Buffer.alloc(21 * 1024 * 1024, 32));
    await expect.poll(() => panel.textContent()).toMatch(/too-big\.json[\s\S]*(MB|limit)/);
    expect(await title(page)).toBe(before);
    await stillAnswers(page);
  });
});
