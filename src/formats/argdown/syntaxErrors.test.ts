import { describe, expect, it } from 'vitest';
import type { MapIssue } from '../../model/types';
import { fromArgdown } from './fromArgdown';
import { issuesOf } from './importedForTests';
import { explainSyntaxError } from './syntaxErrors';

// Argdown's parser says which token it expected; a user needs to hear what is wrong in the file.

const refused = (text: string): MapIssue[] => issuesOf(fromArgdown(text));

describe('fromArgdown: syntax errors in plain words', () => {
  it('says that a heading needs an empty line after it', () => {
    expect(refused('# One\n# Two\n\n[A]: a\n')).toEqual([
      {
        path: 'line 2, column 1',
        message:
          'two headings on consecutive lines (1 and 2): Argdown needs an empty line after a heading',
      },
    ]);
  });

  it('says that a new statement needs an empty line before it', () => {
    expect(refused('[A]: a\n[B]: b\n')).toEqual([
      {
        path: 'line 2, column 1',
        message:
          '"[B]: b" starts a new element, but the line before is not empty: put an empty line between them, or make it a relation (indented, after + or -)',
      },
    ]);
  });

  it("recognises Markdown's --- front matter", () => {
    expect(refused('---\ntitle: Notes\n---\n\n[A]: a\n')).toEqual([
      {
        path: 'line 1, column 1',
        message: expect.stringMatching(/^the file starts with "---": .* between "===" lines/),
      },
    ]);
  });

  it('refuses Argdown+ by name, from its front matter and from its relations', () => {
    const declared = '===\nparser:\n  syntax: argdown+\n===\n\n[A]: a\n  !> [B]: b\n';
    expect(refused(declared)).toEqual([
      { path: 'line 3, column 1', message: expect.stringMatching(/"syntax: argdown\+".*not read/) },
      {
        path: 'line 7, column 6',
        message:
          '"!>" is Argdown+ syntax, which this app does not read: only standard Argdown is supported',
      },
    ]);
    expect(refused('[A]: a\n  ?> [B]: b\n')).toEqual([
      { path: 'line 2, column 6', message: expect.stringMatching(/^"\?>" is Argdown\+ syntax/) },
    ]);
  });

  it('quotes at most one line of the source, cut to about 60 characters', () => {
    const long = `[B]: ${'word '.repeat(40)}`;
    const [issue] = refused(`[A]: a\n${long}\n`);
    expect(issue?.message).toMatch(/^"\[B\]: word word word word word word word…" starts/);
    const front = '[A]: a\n\n===\ntitle: x\n===\n';
    expect(refused(front)).toEqual([
      {
        path: 'line 3, column 1',
        message: 'front matter ("===") is only allowed at the very start of the file',
      },
    ]);
    const raw =
      "Expecting --> Foo <-- but found --> '===\nwebComponent:\n  initialView: source' <--";
    expect(explainSyntaxError('x', { line: 1, column: 1, message: raw })).toBe(
      'Argdown expected foo here, not "===…"',
    );
  });

  it('says an indented line that is no relation is read as one', () => {
    expect(refused('* List item 1\n  * List item 2\n')[0]).toEqual({
      path: 'line 2, column 1',
      message: expect.stringMatching(/^"\* List item 2" is indented under the line before/),
    });
  });

  it('says a syntax error when Argdown stops after one', () => {
    // Argdown's parser stops after one error in a file of a megabyte (./guard.ts).
    const text = `# One\n# Two\n\n${'[A]: a statement of some length\n\n'.repeat(30_000)}`;
    expect(refused(text).at(-1)?.message).toBe(
      'stopped after 1 syntax error: the rest of the file is not checked',
    );
  });
});
