import { describe, expect, it } from 'vitest';
import { alignLayout } from './alignLayout';
import type { MapLayout, NodeBox } from './types';

const box = (id: string, x: number, y: number): NodeBox => ({
  id,
  kind: 'claim',
  x,
  y,
  width: 100,
  height: 40,
  header: 'CLAIM',
  lines: [id],
});
const layout = (nodes: NodeBox[]): MapLayout => ({
  width: 1000,
  height: 1000,
  nodes,
  groups: [],
  junctions: [],
  edges: [
    {
      id: 'e',
      relationId: 'r',
      kind: 'support',
      part: 'main',
      source: 'a',
      target: 'b',
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
    },
  ],
});

describe('alignLayout', () => {
  it('shifts a re-centred layout back so shared boxes stay put, edges along with them', () => {
    const before = layout([box('a', 100, 100), box('b', 300, 100), box('c', 500, 100)]);
    const after = layout([box('a', 40, 60), box('b', 240, 60)]);
    const aligned = alignLayout(before, after);
    expect(aligned.nodes.map((n) => [n.x, n.y])).toEqual([
      [100, 100],
      [300, 100],
    ]);
    expect(aligned.edges[0]?.points[0]).toEqual({ x: 60, y: 40 });
  });

  it('moves the remembered places of hidden boxes along, so opening a fold puts them back', () => {
    const before = layout([box('a', 100, 100), box('b', 300, 100), box('c', 500, 100)]);
    const after = {
      ...layout([box('a', 40, 60), box('b', 240, 60)]),
      remembered: { c: { x: 490, y: 80 } },
    };
    expect(alignLayout(before, after).remembered).toEqual({ c: { x: 550, y: 120 } });
  });

  it('follows the majority when one box really moved', () => {
    const before = layout([box('a', 0, 0), box('b', 200, 0), box('c', 400, 0)]);
    const after = layout([box('a', 10, 0), box('b', 210, 0), box('c', 900, 0)]);
    expect(alignLayout(before, after).nodes.map((n) => n.x)).toEqual([0, 200, 890]);
  });

  it('keeps the boxes on screen in place when given the part of the map the reader sees', () => {
    // A fold on the left closed a gap: left boxes stayed, right ones moved 300 px left.
    const before = layout([box('a', 0, 0), box('b', 200, 0), box('c', 900, 0), box('d', 1100, 0)]);
    const after = layout([box('a', 0, 0), box('b', 200, 0), box('c', 600, 0), box('d', 800, 0)]);
    const onRight = { x: 800, y: -100, width: 500, height: 300 };
    const aligned = alignLayout(before, after, onRight);
    expect(aligned.nodes.map((n) => n.x)).toEqual([300, 500, 900, 1100]);
    // Looking at empty space, the whole map counts again.
    const empty = { x: 5000, y: 5000, width: 10, height: 10 };
    expect(alignLayout(before, after, empty).nodes.map((n) => n.x)).toEqual(
      alignLayout(before, after).nodes.map((n) => n.x),
    );
  });

  it('leaves a layout with nothing in common as it is', () => {
    const after = layout([box('x', 5, 5)]);
    expect(alignLayout(layout([box('a', 0, 0)]), after)).toBe(after);
  });
});
