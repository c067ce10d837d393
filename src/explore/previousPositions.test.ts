import { describe, expect, it } from 'vitest';
import type { MapLayout } from '../layout/types';
import { previousLayout, previousPositions } from './previousPositions';
import { tinyMap } from './testMaps';
import { NO_FILTER, visibleMap } from './visibleMap';

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });
const layoutOf = (
  nodes: ReturnType<typeof box>[],
  groups: ReturnType<typeof box>[] = [],
): MapLayout => ({
  width: 1000,
  height: 1000,
  nodes: nodes.map((n) => ({ ...n, kind: 'claim', header: '', lines: [] })),
  groups: groups.map((g) => ({ ...g, label: g.id })),
  junctions: [],
  edges: [],
});

const map = tinyMap(
  ['c', 'a', 'b'],
  [
    ['r1', 'support', 'a', 'c'],
    ['r2', 'support', 'b', 'c'],
  ],
  [{ id: 'g', members: ['a', 'b'] }],
);

describe('previousPositions', () => {
  it('gives every box shown its centre', () => {
    const open = visibleMap(map, NO_FILTER);
    const shown = { visible: open, layout: layoutOf([box('c', 100, 0), box('a', 0, 100)]) };
    const positions = previousPositions(shown, open);
    expect(positions.get('c')).toEqual({ x: 150, y: 20 });
    expect(positions.get('a')).toEqual({ x: 50, y: 120 });
  });

  it("puts a newly collapsed group's box where its frame was, and back", () => {
    const open = visibleMap(map, NO_FILTER);
    const boxed = visibleMap(map, { ...NO_FILTER, collapsedGroups: ['g'] });
    const standIn = boxed.groupBoxes.get('g') as string;
    const frame = box('g', 0, 100);
    const collapsing = previousPositions(
      { visible: open, layout: layoutOf([box('c', 100, 0)], [frame]) },
      boxed,
    );
    expect(collapsing.get(standIn)).toEqual({ x: 50, y: 120 });
    const opening = previousPositions(
      { visible: boxed, layout: layoutOf([box('c', 100, 0), box(standIn, 300, 100)]) },
      open,
    );
    expect(opening.get('g')).toEqual({ x: 350, y: 120 });
  });

  it('puts boxes shown again where they were last remembered, in the tree order only', () => {
    const folded = visibleMap(map, { ...NO_FILTER, collapsed: ['c'] });
    const open = visibleMap(map, NO_FILTER);
    const layout = {
      ...layoutOf([box('c', 100, 0)]),
      remembered: { a: { x: 40, y: 200 }, zz: { x: 1, y: 1 } },
    };
    const inTree = previousLayout(
      { visible: folded, layout: { ...layout, treeOrder: true } },
      open,
    );
    expect(inTree.centres.get('a')).toEqual({ x: 40, y: 200 });
    // Only boxes of the next view; the memory itself goes on whole.
    expect(inTree.centres.has('zz')).toBe(false);
    expect(inTree.remembered).toEqual(layout.remembered);
    const inOwn = previousLayout({ visible: folded, layout }, open);
    expect(inOwn.centres.has('a')).toBe(false);
  });
});
