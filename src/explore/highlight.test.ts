import { describe, expect, it } from 'vitest';
import { highlightFor } from './highlight';
import { loadDefaultMap } from './testMaps';

describe('highlightFor', () => {
  const map = loadDefaultMap();

  it('stresses, for the burden-sharing premise, the chain up to the conclusion', () => {
    const h = highlightFor(map, { nodeId: 'burden-sharing', relationId: null });
    expect(h?.nodes.get('burden-sharing')).toBe('focus');
    for (const id of ['cost-saving', 'further-capabilities', 'conclusion']) {
      expect(h?.nodes.get(id), id).toBe('up');
    }
    expect(h?.nodes.has('nato-eu')).toBe(false);
    expect(h?.relations.get('r-burden')).toBe('up');
  });

  it('stresses, for the conclusion, everything below it as reasons or objections', () => {
    const h = highlightFor(map, { nodeId: 'conclusion', relationId: null });
    expect(h?.nodes.get('nato-eu')).toBe('down');
    expect(h?.nodes.get('traditional-view')).toBe('down');
    expect(h?.relations.get('r-traditional')).toBe('down');
  });

  it('stresses a selected relation and its two ends only', () => {
    const h = highlightFor(map, { nodeId: null, relationId: 'r-cost' });
    expect([...(h?.nodes.entries() ?? [])].sort()).toEqual([
      ['cost-saving', 'end'],
      ['further-capabilities', 'end'],
    ]);
    expect(h?.relations.get('r-cost')).toBe('focus');
  });

  it('gives nothing to stress when nothing is selected', () => {
    expect(highlightFor(map, { nodeId: null, relationId: null })).toBeNull();
  });
});
