import { describe, expect, it } from 'vitest';
import { contentBounds } from './bounds';
import type { MapLayout, NodeBox } from './types';

const box = (id: string, x: number, y: number): NodeBox => ({
  id,
  kind: 'claim',
  x,
  y,
  width: 100,
  height: 40,
  header: '',
  lines: [],
});

describe('contentBounds', () => {
  it('holds the boxes, junctions and a line routed round them', () => {
    // A circle of reasons: ELK takes the line that closes it round the boxes, above and beside.
    const layout: MapLayout = {
      width: 400,
      height: 300,
      nodes: [box('a', 50, 50), box('b', 200, 150)],
      groups: [],
      junctions: [{ relationId: 'r2', kind: 'support', x: 310, y: 120, size: 8 }],
      edges: [
        {
          id: 'e1',
          relationId: 'r1',
          kind: 'support',
          part: 'main',
          source: 'b',
          target: 'a',
          points: [
            { x: 250, y: 190 },
            { x: 250, y: 210 },
            { x: 340, y: 210 },
            { x: 340, y: 8 },
            { x: 100, y: 8 },
            { x: 100, y: 50 },
          ],
        },
      ],
    };
    expect(contentBounds(layout)).toEqual({ x: 50, y: 8, width: 290, height: 202 });
    expect(contentBounds({ ...layout, edges: [] })).toEqual({
      x: 50,
      y: 50,
      width: 268,
      height: 140,
    });
  });

  it('is empty at 0,0 for a layout without boxes', () => {
    const empty: MapLayout = {
      width: 0,
      height: 0,
      nodes: [],
      groups: [],
      junctions: [],
      edges: [],
    };
    expect(contentBounds(empty)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
