import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap';
import { generateMap } from './generateMap';

describe('generateMap', () => {
  it.each([100, 2000])('makes a valid map of exactly %i nodes', (n) => {
    const map = generateMap({ nodes: n, seed: 7 });
    expect(map.nodes).toHaveLength(n);
    // Through JSON, as a map file would arrive, so defaults and rules are checked as in the app.
    const parsed = parseMap(JSON.stringify(map));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('is argument-like: linked premises, attacks, undercuts and groups occur', () => {
    const map = generateMap({ nodes: 500, seed: 7 });
    const relationIds = new Set(map.relations.map((r) => r.id));
    expect(map.nodes.filter((n) => n.kind === 'conclusion')).toHaveLength(1);
    expect(map.relations.some((r) => r.from.length > 1)).toBe(true);
    expect(map.relations.some((r) => r.kind === 'attack')).toBe(true);
    expect(map.relations.some((r) => relationIds.has(r.to))).toBe(true);
    expect(map.groups.length).toBeGreaterThan(0);
    for (const g of map.groups) expect(g.members.length).toBeGreaterThanOrEqual(3);
    for (const n of map.nodes) expect(n.text.length).toBeLessThanOrEqual(250);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateMap({ nodes: 300, seed: 11 });
    expect(generateMap({ nodes: 300, seed: 11 })).toEqual(a);
    expect(generateMap({ nodes: 300, seed: 12 })).not.toEqual(a);
  });
});
