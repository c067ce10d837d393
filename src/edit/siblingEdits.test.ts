import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { moveAmongSiblings, siblingsOf } from './siblingEdits';

const map = tinyMap(
  ['c', 'a', 'x', 'b', 'o'],
  [
    ['r1', 'support', 'a', 'c'],
    ['r2', 'support', 'b', 'c'],
    ['r3', 'attack', 'o', 'c'],
    ['r4', 'support', 'x', 'a'],
  ],
);

describe('siblings', () => {
  it('are the nodes bearing on the same node, in the map’s order', () => {
    expect(siblingsOf(map, 'b')).toEqual({ target: 'c', siblings: ['a', 'b', 'o'] });
    expect(siblingsOf(map, 'c')).toBeNull();
  });

  it('move one place at a time, other nodes keeping their places; the ends refuse', () => {
    const moved = moveAmongSiblings(map, 'b', -1);
    expect(moved.ok && moved.map.nodes.map((n) => n.id)).toEqual(['c', 'b', 'x', 'a', 'o']);
    const last = moveAmongSiblings(map, 'o', 1);
    expect(!last.ok && last.message).toMatch(/last already/);
    expect(moveAmongSiblings(map, 'c', 1).ok).toBe(false);
  });
});
