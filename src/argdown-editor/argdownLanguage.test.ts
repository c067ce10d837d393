import { readFileSync } from 'node:fs';
import { ensureSyntaxTree, StringStream } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { highlightTree } from '@lezer/highlight';
import { describe, expect, it, vi } from 'vitest';
import { type ArgdownState, argdown, argdownHighlight, argdownParser } from './argdownLanguage';

/** Runs the tokenizer over lines as CodeMirror does: one state, carried from line to line. */
function tokenize(text: string): [string, string | null][][] {
  const state = argdownParser.startState?.(2) as ArgdownState;
  return text.split('\n').map((line) => {
    if (line === '') {
      argdownParser.blankLine?.(state, 2);
      return [];
    }
    const stream = new StringStream(line, 4, 2);
    const tokens: [string, string | null][] = [];
    while (!stream.eol()) {
      stream.start = stream.pos;
      const type = argdownParser.token(stream, state);
      if (stream.pos === stream.start) throw new Error(`no progress at ${stream.pos} in ${line}`);
      tokens.push([stream.current(), type]);
    }
    return tokens;
  });
}

/** The tokens of one line that have a type. */
function typed(line: string): [string, string][] {
  return tokenize(line)[0]?.filter((t): t is [string, string] => t[1] !== null) ?? [];
}

describe('the Argdown tokenizer', () => {
  it('reads statement and argument titles, defined and referred to', () => {
    expect(typed('[Car ban]: Cities should ban cars.')).toEqual([
      ['[Car ban]:', 'statementTitle.definition'],
    ]);
    expect(typed('<Safer streets>: Fewer are hurt.')).toEqual([
      ['<Safer streets>:', 'argumentTitle.definition'],
    ]);
    expect(typed('as @[Harm] and <Moral luck> show')).toEqual([
      ['@[Harm]', 'statementTitle'],
      ['<Moral luck>', 'argumentTitle'],
    ]);
  });

  it('reads relation markers only at the start of a line, after indentation', () => {
    const markers = ['+', '-', '+>', '->', '<+', '<-', '_>', '<_', '_', '><'];
    const types = markers.map((m) => typed(`  ${m} [Clean air]`)[0]);
    expect(types).toEqual([
      ['+', 'support'],
      ['-', 'attack'],
      ['+>', 'support'],
      ['->', 'attack'],
      ['<+', 'support'],
      ['<-', 'attack'],
      ['_>', 'undercut'],
      ['<_', 'undercut'],
      ['_', 'undercut'],
      ['><', 'contradiction'],
    ]);
    expect(typed('Pros - and cons + more')).toEqual([]);
  });

  it('reads headings, numbered premises and inferences', () => {
    expect(typed('# Objections #objection')).toEqual([
      ['# ', 'heading'],
      ['Objections ', 'heading'],
      ['#objection', 'hashtag'],
    ]);
    expect(typed('(1) [Luck]: Two drivers.')[0]).toEqual(['(1)', 'statementNumber']);
    expect(typed('----')).toEqual([
      ['--', 'inference'],
      ['--', 'inference'],
    ]);
    expect(typed('-- Modus tollens {uses: [1, 2]} --')).toEqual([
      ['--', 'inference'],
      [' Modus tollens ', 'inference'],
      ['{uses: [1, 2]}', 'meta'],
      [' ', 'inference'],
      ['--', 'inference'],
    ]);
    // Not a heading: indented, or no space after the hash.
    expect(typed(' # text')).toEqual([]);
    expect(typed('#tag text')).toEqual([['#tag', 'hashtag']]);
  });

  it('reads tags, data and links', () => {
    expect(typed('[A]: text #(tag with spaces) #b {kind: "claim", quote: {start: 0}} end')).toEqual(
      [
        ['[A]:', 'statementTitle.definition'],
        ['#(tag with spaces)', 'hashtag'],
        ['#b', 'hashtag'],
        ['{kind: "claim", quote: {start: 0}}', 'meta'],
      ],
    );
    expect(typed('see [the report](https://example.org).')).toEqual([
      ['[the report](https://example.org)', 'link'],
    ]);
  });

  it('reads comments anywhere, like Argdown, and block comments over lines', () => {
    expect(typed('[A]: text // a comment')).toEqual([
      ['[A]:', 'statementTitle.definition'],
      ['// a comment', 'comment'],
    ]);
    const lines = tokenize('/*\n  [Not a title]\n*/ [A]: text <!-- html -->');
    expect(lines[1]).toEqual([['  [Not a title]', 'comment']]);
    expect(lines[2]?.filter((t) => t[1] !== null)).toEqual([
      ['*/', 'comment'],
      ['[A]:', 'statementTitle.definition'],
      ['<!-- html -->', 'comment'],
    ]);
  });

  it('reads the front matter between === lines as data', () => {
    const lines = tokenize('===\ntitle: [Not a title]\n===\n[A]: text');
    expect(lines.slice(0, 3)).toEqual([
      [['===', 'meta']],
      [['title: [Not a title]', 'meta']],
      [['===', 'meta']],
    ]);
    expect(lines[3]?.[0]).toEqual(['[A]:', 'statementTitle.definition']);
  });

  it('reads bold and italic, and escapes', () => {
    expect(tokenize('speech **harms** _only_ others')[0]).toEqual([
      ['speech ', null],
      ['**', 'strong'],
      ['harms', 'strong'],
      ['**', 'strong'],
      [' ', null],
      ['_', 'emphasis'],
      ['only', 'emphasis'],
      ['_', 'emphasis'],
      [' others', null],
    ]);
    expect(typed('\\[not a title\\]')).toEqual([
      ['\\[', 'escape'],
      ['\\]', 'escape'],
    ]);
  });

  it('starts afresh after an empty line when data or an inference was left open', () => {
    const lines = tokenize('[A]: text {open: 1\n\n[B]: text');
    expect(lines[2]?.[0]).toEqual(['[B]:', 'statementTitle.definition']);
  });

  it('reads every line of the sample files without getting stuck', () => {
    for (const name of ['debate', 'equivalence', 'reconstruction']) {
      const text = readFileSync(
        new URL(`../formats/argdown/fixtures/${name}.argdown`, import.meta.url),
        'utf8',
      );
      expect(tokenize(text).flat().length).toBeGreaterThan(0);
    }
  });
});

describe('argdown()', () => {
  it('highlights a document in an editor state with known tags only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = '[A]: text #tag\n  + <B>: more\n  -> [C]\n(1) [D]\n----\n(2) [E]';
    const state = EditorState.create({ doc, extensions: [argdown()] });
    const tree = ensureSyntaxTree(state, doc.length, 5000);
    expect(tree).not.toBeNull();
    const styled: string[] = [];
    if (tree) {
      highlightTree(tree, argdownHighlight, (from, to) => styled.push(doc.slice(from, to)));
    }
    expect(styled).toEqual(expect.arrayContaining(['[A]:', '#tag', '+', '<B>:', '->', '(1)']));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
