import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap } from '../model/types';
import { paragraphsOf, textSegments } from './textSegments';

const parsed = parseMap(
  readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('default map invalid');
const defaultMap = parsed.map;

const tiny = (text: string, quotes: [string, number, number][]): ArgumentMap => ({
  version: 1,
  title: 't',
  source: { text, language: 'en' },
  nodes: quotes.map(([id, start, end]) => ({
    id,
    kind: 'claim',
    implicit: false,
    text: text.slice(start, end),
    gloss: '',
    quote: { start, end, text: text.slice(start, end) },
  })),
  relations: [],
  groups: [],
});

describe('textSegments', () => {
  it('covers the whole source text, in order, without gaps', () => {
    const segs = textSegments(defaultMap);
    expect(segs.map((s) => s.text).join('')).toBe(defaultMap.source.text);
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBe(segs[i - 1]?.end);
  });

  it('marks each quote with its node and leaves unquoted text unmarked', () => {
    const segs = textSegments(
      tiny('Aa. Bb. Cc.', [
        ['a', 0, 3],
        ['c', 8, 11],
      ]),
    );
    expect(segs.map((s) => [s.text, s.nodeIds])).toEqual([
      ['Aa.', ['a']],
      [' Bb. ', []],
      ['Cc.', ['c']],
    ]);
  });

  it('splits overlapping quotes into pieces quoted by both', () => {
    const segs = textSegments(
      tiny('one two three', [
        ['x', 0, 7],
        ['y', 4, 13],
      ]),
    );
    expect(segs.map((s) => [s.text, s.nodeIds])).toEqual([
      ['one ', ['x']],
      ['two', ['x', 'y']],
      [' three', ['y']],
    ]);
  });

  it('finds every quoted node of the default map in the segments, and some unquoted text', () => {
    const segs = textSegments(defaultMap);
    const quoting = new Set(segs.flatMap((s) => s.nodeIds));
    expect([...quoting].sort()).toEqual(
      defaultMap.nodes
        .filter((n) => n.quote)
        .map((n) => n.id)
        .sort(),
    );
    expect(segs.some((s) => s.nodeIds.length === 0 && /\p{L}/u.test(s.text))).toBe(true);
  });
});

describe('paragraphsOf', () => {
  it('breaks at blank lines and keeps offsets into the source', () => {
    const map = tiny('First para.\n\nSecond para.', [['a', 0, 11]]);
    const paras = paragraphsOf(textSegments(map));
    expect(paras.map((p) => p.map((s) => s.text).join(''))).toEqual([
      'First para.',
      'Second para.',
    ]);
    for (const p of paras)
      for (const s of p) expect(map.source.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives the default map its five paragraphs, headings among them', () => {
    const paras = paragraphsOf(textSegments(defaultMap)).map((p) => p.map((s) => s.text).join(''));
    expect(paras).toHaveLength(5);
    expect(paras[1]).toBe('6. Neue verteidigungs- und sicherheitspolitische Optionen');
  });
});
