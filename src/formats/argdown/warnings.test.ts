import { describe, expect, it } from 'vitest';
import { fromArgdown } from './fromArgdown';
import { Warnings } from './warnings';

describe('fromArgdown: many warnings of a kind', () => {
  const text = (count: number) =>
    Array.from({ length: count }, (_, i) => `[C${i}]: c${i}\n  + <A${i}>: reason ${i}`).join(
      '\n\n',
    );
  const warningsOf = (count: number) => {
    const result = fromArgdown(text(count));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.warnings;
  };

  it('are one line, with their count and the first few by name and line', () => {
    expect(warningsOf(500)).toEqual([
      {
        path: 'line 2, column 5',
        message:
          '500 arguments have no premise-conclusion structure: each becomes a node with its description (or its title) as text (<A0> at line 2, <A1> at line 5, <A2> at line 8, and 497 more)',
      },
    ]);
  });

  it('stay as they are when there are only two', () => {
    expect(warningsOf(2).map((w) => w.message)).toEqual([
      '<A0> has no premise-conclusion structure: it becomes a node with its description as text',
      '<A1> has no premise-conclusion structure: it becomes a node with its description as text',
    ]);
  });
});

describe('Warnings', () => {
  it('keeps reading order, a group standing where its first warning stands', () => {
    const w = new Warnings();
    const same = (name: string) => ({ kind: 'things are odd', name });
    w.add({ startLine: 9, startColumn: 1 }, 'c is odd', same('c'));
    w.add({ startLine: 5, startColumn: 1 }, 'alone');
    w.add({ startLine: 3, startColumn: 1 }, 'a is odd', same('a'));
    w.add({ startLine: 7, startColumn: 2 }, 'b is odd', same('b'));
    w.add(undefined, 'about the file');
    expect(w.sorted()).toEqual([
      { path: '', message: 'about the file' },
      {
        path: 'line 3, column 1',
        message: '3 things are odd (a at line 3, b at line 7, c at line 9)',
      },
      { path: 'line 5, column 1', message: 'alone' },
    ]);
  });
});
