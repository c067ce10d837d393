import { describe, expect, it } from 'vitest';
import { countCrossings, type DrawnEdge } from './countCrossings';

const edge = (source: string, target: string, ...xy: number[]): DrawnEdge => {
  const points = [];
  for (let i = 0; i < xy.length; i += 2) points.push({ x: xy[i] ?? 0, y: xy[i + 1] ?? 0 });
  return { source, target, points };
};

describe('countCrossings', () => {
  it('counts an X of two unrelated edges once', () => {
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 10), edge('c', 'd', 0, 10, 10, 0)])).toBe(1);
  });

  it('ignores edges that share an endpoint node', () => {
    expect(countCrossings([edge('a', 'b', 0, 0, 10, 10), edge('c', 'b', 0, 10, 10, 0)])).toBe(0);
  });

  it('ignores touching and overlapping segments', () => {
    const touching = [edge('a', 'b', 0, 0, 10, 0), edge('c', 'd', 5, 0, 5, 10)];
    const overlapping = [edge('a', 'b', 0, 0, 10, 0), edge('c', 'd', 5, 0, 15, 0)];
    expect(countCrossings(touching)).toBe(0);
    expect(countCrossings(overlapping)).toBe(0);
  });

  it('counts every crossing of orthogonal polylines', () => {
    // A vertical line crossed by a U-shaped route twice, and a far-away edge that crosses none.
    const edges = [
      edge('a', 'b', 5, -10, 5, 20),
      edge('c', 'd', 0, 0, 10, 0, 10, 10, 0, 10),
      edge('e', 'f', 100, 0, 100, 10),
    ];
    expect(countCrossings(edges)).toBe(2);
  });
});
