import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/types';
import { foldForSearch, type SearchHit, searchNodes } from './search';
import { loadDefaultMap, tinyMap } from './testMaps';

const map = loadDefaultMap();

/** What the UI would mark: the original characters under each hit. */
const marked = (m: ArgumentMap, hits: SearchHit[]) =>
  hits.map((h) => {
    const node = m.nodes.find((n) => n.id === h.nodeId);
    return `${h.nodeId}.${h.field}:${node?.[h.field].slice(h.start, h.end)}`;
  });

describe('foldForSearch', () => {
  it('drops case, accents and umlaut dots, spells ß as ss and unifies dashes', () => {
    expect(foldForSearch('Straße ÜBER «Café» – Bündnis')).toBe('strasse uber «cafe» - bundnis');
  });

  it('treats composed and decomposed umlauts alike', () => {
    expect(foldForSearch('Bu\u0308ndnis')).toBe(foldForSearch('Bündnis'));
  });
});

describe('searchNodes on the default map', () => {
  it('finds "Bündnisse" whatever way the umlaut and case are typed', () => {
    const expected = searchNodes(map, 'Bündnis');
    expect(marked(map, expected)).toContain('further-capabilities.text:Bündnis');
    expect(marked(map, expected)).toContain('conclusion.text:bündnis'); // in Militärbündnisse
    for (const q of ['Buendnis', 'bundnis', 'BÜNDNIS', 'BUENDNIS', 'bündnisse']) {
      const ids = searchNodes(map, q).map((h) => h.nodeId);
      expect(ids, q).toEqual(expected.map((h) => h.nodeId));
    }
  });

  it('"Burden" finds «Burden-Sharings» in the text and the gloss, marking just the word', () => {
    expect(marked(map, searchNodes(map, 'Burden'))).toEqual([
      'burden-sharing.text:Burden',
      'burden-sharing.gloss:burden',
    ]);
  });

  it('a query with ß finds the Swiss spelling with ss', () => {
    expect(marked(map, searchNodes(map, 'Einbuße'))).toEqual(['realism-declines.text:Einbusse']);
  });

  it('several words must all occur, in any order', () => {
    const both = searchNodes(map, 'Bündnisse Kleinstaaten');
    expect([...new Set(both.map((h) => h.nodeId))]).toEqual(['conclusion', 'traditional-view']);
    expect(searchNodes(map, 'Kleinstaaten Bündnisse')).toEqual(both);
    expect(searchNodes(map, 'Bündnisse zzzz')).toEqual([]);
  });

  it('hits come in map order, text before gloss', () => {
    const hits = searchNodes(map, 'NATO');
    const order = map.nodes.map((n) => n.id);
    const positions = hits.map((h) => order.indexOf(h.nodeId) * 2 + (h.field === 'gloss' ? 1 : 0));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('searches only the labels asked for', () => {
    expect(searchNodes(map, 'alliances', 'source')).toEqual([]);
    expect(searchNodes(map, 'alliances', 'gloss').length).toBeGreaterThan(0);
    expect(searchNodes(map, 'Bündnis', 'gloss')).toEqual([]);
    expect(searchNodes(map, 'Burden', 'source').map((h) => h.field)).toEqual(['text']);
  });

  it('an empty or blank query finds nothing', () => {
    expect(searchNodes(map, '')).toEqual([]);
    expect(searchNodes(map, '   \n\t ')).toEqual([]);
  });
});

describe('searchNodes offsets', () => {
  const m = tinyMap([
    { id: 'a', text: 'Der Fuß der Brücke: Bündnisse', gloss: 'Strasse' },
    { id: 'b', text: 'Bu\u0308ndnis mit Buendnis', gloss: '' },
  ]);

  it('map back to the original text after ß and umlauts', () => {
    expect(marked(m, searchNodes(m, 'bruecke'))).toEqual(['a.text:Brücke']);
    expect(marked(m, searchNodes(m, 'bundnisse'))).toEqual(['a.text:Bündnisse']);
    expect(marked(m, searchNodes(m, 'fuss'))).toEqual(['a.text:Fuß']);
    expect(marked(m, searchNodes(m, 'Straße'))).toEqual(['a.gloss:Strasse']);
  });

  it('cover a decomposed umlaut whole, and a query ü also finds a text spelled ue', () => {
    expect(marked(m, searchNodes(m, 'Bündnis'))).toEqual([
      'a.text:Bündnis',
      'b.text:Bu\u0308ndnis',
      'b.text:Buendnis',
    ]);
  });

  it('mark every occurrence of every word, overlapping words as one mark', () => {
    const hits = searchNodes(m, 'der fuß der');
    expect(marked(m, hits)).toEqual(['a.text:Der', 'a.text:Fuß', 'a.text:der']);
    expect(marked(m, searchNodes(m, 'Brü rücke'))).toEqual(['a.text:Brücke']);
  });

  it('a very long query costs little and finds nothing', () => {
    expect(searchNodes(map, 'ü'.repeat(5_000))).toEqual([]);
  });
});
