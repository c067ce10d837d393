import { describe, expect, it } from 'vitest';
import type { MapIssue } from '../../model/types';
import { fromArgdown } from './fromArgdown';
import { argdownOfMarkdown } from './markdown';

const DOCUMENT = [
  '---', // 1
  'title: Notes',
  '---',
  '',
  '# Heading', // 5
  '',
  'Some prose with [a link](https://example.org).',
  '',
  '```argdown',
  '[A]: a', // 10
  '  + [B]: b',
  '```',
  '',
  '```js',
  'const x = "[C]: not Argdown";', // 15
  '```',
  '',
  '~~~argdown-map',
  '===',
  'title: Block title', // 20
  '===',
  '[B]',
  '  - [C]: c',
  '~~~',
  '',
].join('\n');

describe('fromArgdown: Markdown with Argdown code blocks', () => {
  it('reads the blocks together, says the rest is left out, and keeps line numbers', () => {
    const result = fromArgdown(DOCUMENT);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.title).toBe('Notes');
    expect(result.map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(result.map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual([
      'b support a',
      'c attack b',
    ]);
    expect(result.warnings).toEqual([
      {
        path: 'line 10, column 1',
        message:
          'this is Markdown: its 2 Argdown code blocks (lines 10, 19) are read together, as one Argdown text; the rest of the document is left out',
      },
    ]);
  });

  it("locates a problem in a block at the document's line", () => {
    const result = fromArgdown('# Doc\n\nProse.\n\n```argdown\n[A]: a\n[B]: b\n```\n');
    expect(result.ok).toBe(false);
    const issues: MapIssue[] = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).toEqual(['line 6, column 1', 'line 7, column 1']);
    expect(issues[0]?.message).toMatch(/^this is Markdown: its Argdown code block \(line 6\)/);
  });

  it('takes the first heading as the title when there is no front matter', () => {
    const result = fromArgdown('# The debate\n\n```{argdown}\n[A]: a\n```\n');
    expect(result.ok && result.map.title).toBe('The debate');
  });
});

describe('argdownOfMarkdown', () => {
  it('finds nothing in plain Argdown, nor in other code blocks', () => {
    expect(argdownOfMarkdown('[A]: a\n  + [B]: b\n')).toBeUndefined();
    expect(argdownOfMarkdown('```js\n```argdown\n[A]: a\n```\n')).toBeUndefined();
  });

  it('takes an unclosed block to the end, less the fence indentation', () => {
    expect(argdownOfMarkdown('Text\r\n  ```argdown\r\n  [A]: a\r\n    + [B]: b')).toEqual({
      argdown: '\n\n[A]: a\n  + [B]: b',
      blocks: [3],
      title: undefined,
    });
  });
});
