import { describe, expect, it } from 'vitest';
import { moveAmongSiblings } from '../edit/siblingEdits';
import { createInProcessElk } from '../layout/elkInProcess';
import { layoutMap } from '../layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from '../layout/types';
import { swappedPair, swapSubtrees } from './siblingSwap';
import { tinyMap } from './testMaps';

const map = tinyMap(
  ['c', 'a', 'a1', 'a2', 'b', 'b1'],
  [
    ['r1', 'support', 'a', 'c'],
    ['r2', 'support', 'b', 'c'],
    ['r3', 'support', 'a1', 'a'],
    ['r4', 'support', 'a2', 'a'],
    ['r5', 'support', 'b1', 'b'],
  ],
);
const centreX = (layout: MapLayout, id: string) => {
  const b = layout.nodes.find((n) => n.id === id);
  if (!b) throw new Error(`no box ${id}`);
  return b.x + b.width / 2;
};

describe('reordering siblings on the map', () => {
  it('tells a swap of two nodes from any other change', () => {
    const moved = moveAmongSiblings(map, 'b', -1);
    if (!moved.ok) throw new Error(moved.message);
    expect(swappedPair(map, moved.map)).toEqual(['a', 'b']);
    expect(swappedPair(map, map)).toBeNull();
    expect(swappedPair(map, { ...map, nodes: map.nodes.slice(1) })).toBeNull();
  });

  it('draws the two siblings, with what hangs below them, the other way round', async () => {
    const elk = createInProcessElk();
    const before = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, elk);
    expect(centreX(before, 'a')).toBeLessThan(centreX(before, 'b'));
    const moved = moveAmongSiblings(map, 'b', -1);
    if (!moved.ok) throw new Error(moved.message);
    const previous = new Map(
      before.nodes.map((n) => [n.id, { x: n.x + n.width / 2, y: n.y + n.height / 2 }]),
    );
    const hint = swapSubtrees(previous, moved.map, 'a', 'b', 'x');
    const after = await layoutMap(moved.map, DEFAULT_LAYOUT_OPTIONS, elk, { centres: hint });
    expect(centreX(after, 'b')).toBeLessThan(centreX(after, 'a'));
    // Their reasons follow them.
    expect(centreX(after, 'b1')).toBeLessThan(centreX(after, 'a1'));
    expect(centreX(after, 'b1')).toBeLessThan(centreX(after, 'a2'));
    // Without the hint ELK keeps the old order: the hint is what turns them.
    const kept = await layoutMap(moved.map, DEFAULT_LAYOUT_OPTIONS, elk, { centres: previous });
    expect(centreX(kept, 'a')).toBeLessThan(centreX(kept, 'b'));
  });
});
