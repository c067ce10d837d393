import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../diagram/contrast';
import { cssVariables } from '../diagram/cssVariables';

const sheet = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const sheets = {
  app: sheet('../app/app.css'),
  editor: sheet('../argdown-editor/argdownEditor.css'),
};
const LIGHT = ':root';
const DARK = ':root[data-theme="dark"]';
/** Every palette variable of a theme, app and editor together. */
const palette = (selector: string) => ({
  ...cssVariables(sheets.app, selector),
  ...cssVariables(sheets.editor, selector),
});

/** [foreground, background] variable names without `--am-`: pairs drawn on one another. */
const TEXT: [string, string[]][] = [
  [
    'ink',
    [
      'paper',
      'surface',
      'surface-alt',
      'field',
      'box-fill',
      'conclusion-fill',
      'objection-fill',
      'question-fill',
      'accent-soft',
      'pressed',
      'quote',
      'quote-hovered',
      'mark',
      'mention',
    ],
  ],
  [
    'muted',
    [
      'paper',
      'surface',
      'surface-alt',
      'box-fill',
      'question-fill',
      'accent-soft',
      'mark',
      'mention',
    ],
  ],
  ['ink-soft', ['surface']],
  ['unquoted', ['surface']],
  ['attack', ['surface', 'objection-fill']],
  ['conclusion', ['surface', 'conclusion-fill']],
  ['accent', ['surface']],
  ['on-accent', ['accent']],
  ['link', ['surface']],
  ['on-notice', ['notice']],
  ['group-label', ['paper']],
];
const CODE = [
  'heading',
  'statement',
  'argument',
  'support',
  'attack',
  'undercut',
  'contradiction',
  'number',
  'inference',
  'hashtag',
  'meta',
  'comment',
  'link',
  'escape',
];
/** Lines, outlines and marks, which WCAG asks 3:1 of, on the canvas. */
const LINES = ['line', 'attack', 'continues', 'focus', 'role-up', 'role-down', 'role-end'];
const BOX_FILLS = ['box-fill', 'conclusion-fill', 'objection-fill', 'question-fill'];
const TAGS = Array.from({ length: 8 }, (_, i) => `tag-${i}`);

/** Each pair below `least`, as "foreground on background ratio", so a failure says which. */
function tooFaint(
  colours: Record<string, string>,
  pairs: [string, string[]][],
  least: number,
): string[] {
  const value = (name: string) => {
    const v = colours[`--am-${name}`];
    if (!v) throw new Error(`no --am-${name}`);
    return v;
  };
  return pairs.flatMap(([fg, bgs]) =>
    bgs
      .map((bg) => ({ bg, ratio: contrast(value(fg), value(bg)) }))
      .filter(({ ratio }) => ratio < least)
      .map(({ bg, ratio }) => `${fg} on ${bg} ${ratio.toFixed(2)}`),
  );
}

describe('the light and dark palettes', () => {
  it('gives every colour of the light theme a dark value', () => {
    for (const css of Object.values(sheets)) {
      const names = (selector: string) => Object.keys(cssVariables(css, selector)).sort();
      expect(names(DARK)).toEqual(names(LIGHT));
    }
  });

  for (const [theme, selector] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    describe(`${theme}`, () => {
      const colours = palette(selector);

      it('keeps text at 4.5:1 on what it is drawn on (WCAG AA)', () => {
        expect(tooFaint(colours, TEXT, 4.5)).toEqual([]);
        const code: [string, string[]][] = CODE.map((name) => [`code-${name}`, ['surface']]);
        expect(tooFaint(colours, code, 4.5)).toEqual([]);
      });

      it('keeps lines and tag stripes at 3:1, and the tags apart', () => {
        const lines = LINES.map((line): [string, string[]] => [line, ['paper']]);
        expect(tooFaint(colours, lines, 3)).toEqual([]);
        const tags = TAGS.map((tag): [string, string[]] => [tag, BOX_FILLS]);
        expect(tooFaint(colours, tags, 3)).toEqual([]);
        expect(new Set(TAGS.map((tag) => colours[`--am-${tag}`])).size).toBe(TAGS.length);
      });
    });
  }
});
