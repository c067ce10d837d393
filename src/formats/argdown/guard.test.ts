import { parser, tokenize } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/types';
import {
  READING_BUDGET,
  readingCost,
  readingHazard,
  syntaxErrorLimit,
  TooManySyntaxErrors,
  withSyntaxErrorLimit,
} from './guard';
import { toArgdown } from './toArgdown';

const costOf = (text: string) => readingCost(text).reduce((sum, t) => sum + t.cost, 0);

/** 2,000 statements of 400 characters, full of brackets nothing closes. */
function bracketMap(): ArgumentMap {
  const words = 'a [b <c {d #(e /* f <!-- g ] h > i } j ) k */ l --> m === n \\ o ';
  const text = (i: number) => `${i}: ${words.repeat(7)}`.slice(0, 400);
  const nodes = Array.from({ length: 2000 }, (_, i) => ({
    id: `n${i}`,
    kind: 'claim' as const,
    implicit: false,
    text: text(i),
    gloss: text(i + 1),
  }));
  const relations = nodes.slice(1).map((n, i) => ({
    id: `r${i}`,
    kind: i % 5 === 0 ? ('continues' as const) : ('support' as const),
    from: [n.id],
    to: `n${Math.floor(i / 3)}`,
  }));
  const source = { text: words.repeat(100), language: 'en' };
  return { version: 1, title: 'brackets', source, nodes, relations, groups: [] };
}

describe('readingHazard', () => {
  it("passes the app's own large exports: brackets in texts are escaped or inside data", () => {
    const map = bracketMap();
    for (const labels of ['source', 'gloss'] as const) {
      const text = toArgdown(map, { labels });
      expect(text.length).toBeGreaterThan(1_000_000);
      expect(costOf(text)).toBeLessThan(READING_BUDGET / 100);
      expect(readingHazard(text)).toBeUndefined();
    }
  });

  it('counts only openers Argdown tries: not escaped ones, nor those in data or front matter', () => {
    const many = 20_000;
    expect(costOf(`[A]: ${'\\{'.repeat(many)}\n`)).toBeLessThan(10); // the link `[A](` tried
    expect(readingHazard(`[A]: a {text: "${'{['.repeat(many)}"}\n`)).toBeUndefined();
    expect(readingHazard(`===\ntext: "${'<!--#('.repeat(many)}"\n===\n\n[A]: a\n`)).toBeUndefined();
  });

  it('points at the opener that costs most, the first of a run', () => {
    const text = `[A]: a\n\n[B]: ${'<'.repeat(30_000)}\n`;
    expect(readingHazard(text)).toEqual({
      offset: text.indexOf('<'),
      message: expect.stringMatching(/^"<" starts an argument title .* the rest of its line/),
    });
  });

  it('sees an opener inside a title as part of the title, as Argdown does', () => {
    // `[x{]:` is a title: the `{` starts no data, so the `<` after it are Argdown's to read.
    const text = `[x{]: ${'<'.repeat(30_000)} }\n`;
    expect(readingHazard(text)?.offset).toBe(text.indexOf('<'));
  });
});

describe('syntax error limit', () => {
  it('allows fewer errors the longer the file, at least one', () => {
    expect(syntaxErrorLimit(100)).toBe(100);
    expect(syntaxErrorLimit(100_000)).toBe(10);
    expect(syntaxErrorLimit(50_000_000)).toBe(1);
  });

  it("stops Argdown's parser at the limit and puts the parser's own method back", () => {
    const before = Object.getOwnPropertyNames(parser);
    const parse = () => {
      parser.input = tokenize('[A]\n  + [A]\n'.repeat(100)).tokens;
      parser.argdown();
    };
    let stopped: unknown;
    try {
      withSyntaxErrorLimit(3, parse);
    } catch (e) {
      stopped = e;
    }
    expect(stopped).toBeInstanceOf(TooManySyntaxErrors);
    expect((stopped as TooManySyntaxErrors).errors).toHaveLength(3);
    expect(Object.getOwnPropertyNames(parser)).toEqual(before);
    parse();
    expect(parser.errors.length).toBeGreaterThan(3);
  });
});
