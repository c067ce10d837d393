import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateQuotes } from './locateQuotes';
import { parseMap } from './parseMap';
import { type ArgumentMap, formatIssue } from './types';

const readData = (name: string) =>
  readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

const CLEAN_TEXT = readData('passage.clean.txt');

function defaultMap(): ArgumentMap {
  const result = parseMap(readData('default-map.json'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.map;
}

/** The default map as an author writes it: quoted words only, no offsets, no source text. */
function withoutOffsets(map: ArgumentMap): ArgumentMap {
  return {
    ...map,
    source: { ...map.source, text: '' },
    nodes: map.nodes.map((n) => (n.quote ? { ...n, quote: { ...n.quote, start: 0, end: 0 } } : n)),
  };
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (haystack.startsWith(needle, i)) n++;
  }
  return n;
}

describe('locateQuotes', () => {
  it('fills in the offsets of every quote and the source text, giving a valid map', () => {
    const original = defaultMap();
    const { map, issues } = locateQuotes(withoutOffsets(original), CLEAN_TEXT);
    expect(issues).toEqual([]);
    expect(map.source.text).toBe(CLEAN_TEXT);
    map.nodes.forEach((node, i) => {
      const before = original.nodes[i];
      expect(node.id).toBe(before?.id);
      expect(node.quote, node.id).toEqual(before?.quote);
      if (node.quote) {
        expect(CLEAN_TEXT.slice(node.quote.start, node.quote.end)).toBe(node.quote.text);
      }
    });
    const reparsed = parseMap(map);
    expect(reparsed.ok ? [] : reparsed.issues.map(formatIssue)).toEqual([]);
  });

  it('finds a quote that spans a paragraph break', () => {
    const original = defaultMap();
    const spanning = original.nodes.find((n) => n.quote?.text.includes('\n'));
    expect(spanning).toBeDefined();
    const { map } = locateQuotes(withoutOffsets(original), CLEAN_TEXT);
    const found = map.nodes.find((n) => n.id === spanning?.id);
    expect(found?.quote).toEqual(spanning?.quote);
  });

  it('reports a quote that is not in the text, by path, and leaves it alone', () => {
    const input = withoutOffsets(defaultMap());
    const i = input.nodes.findIndex((n) => n.quote !== undefined);
    const node = input.nodes[i];
    if (!node?.quote) throw new Error('no quoted node');
    node.quote.text = 'Diese Worte stehen nicht im Text.';
    const { map, issues } = locateQuotes(input, CLEAN_TEXT);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`nodes[${i}].quote`);
    expect(issues[0]?.message).toContain('does not occur');
    expect(map.nodes[i]?.quote).toEqual(node.quote);
    // The other quotes were still located.
    const other = map.nodes.find((n, j) => j !== i && n.quote);
    expect(other?.quote && other.quote.end > other.quote.start).toBe(true);
  });

  it('reports an ambiguous quote with the number of places, by path', () => {
    const input = withoutOffsets(defaultMap());
    const i = input.nodes.findIndex((n) => n.id === 'nato-opens');
    const node = input.nodes[i];
    if (!node?.quote) throw new Error('no quoted node');
    node.quote.text = 'NATO';
    const times = count(CLEAN_TEXT, 'NATO');
    expect(times).toBeGreaterThan(1);
    const { issues } = locateQuotes(input, CLEAN_TEXT);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^nodes\\[${i}\\]\\.quote: .*occurs ${times} times`)),
    ]);
  });

  it('counts overlapping occurrences as ambiguous', () => {
    const map: ArgumentMap = {
      version: 1,
      title: 't',
      source: { text: '', language: 'en' },
      nodes: [
        {
          id: 'a',
          kind: 'claim',
          implicit: false,
          text: 'aa',
          gloss: '',
          quote: { start: 0, end: 0, text: 'aa' },
        },
      ],
      relations: [],
      groups: [],
    };
    const { issues } = locateQuotes(map, 'aaa');
    expect(issues.map((x) => x.path)).toEqual(['nodes[0].quote']);
    expect(issues[0]?.message).toContain('2 times');
  });
});
