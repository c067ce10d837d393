import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossingsOf, type LayerEdge, type LayeredGraph, orderLayers } from './layerOrder';

const graph = (layers: number[][], edges: readonly LayerEdge[]): LayeredGraph => ({
  layers,
  edges,
});

describe('crossings between layers', () => {
  it('counts every pair of edges whose ends come in the other order', () => {
    // 0-5, 1-4, 2-3: each pair crosses.
    const g = graph(
      [
        [0, 1, 2],
        [3, 4, 5],
      ],
      [
        { upper: 0, lower: 5 },
        { upper: 1, lower: 4 },
        { upper: 2, lower: 3 },
      ],
    );
    expect(crossingsOf(g)).toBe(3);
  });

  it('does not count edges that meet at a box', () => {
    const g = graph(
      [[0], [1, 2, 3]],
      [
        { upper: 0, lower: 3 },
        { upper: 0, lower: 1 },
        { upper: 0, lower: 2 },
      ],
    );
    expect(crossingsOf(g)).toBe(0);
  });

  it('counts edges that leave one box from two places and end the other way round', () => {
    // A group with a member on its left and one on its right, their reasons swapped below.
    const g = graph(
      [[0], [1, 2]],
      [
        { upper: 0, lower: 2, upperAt: -0.3 },
        { upper: 0, lower: 1, upperAt: 0.3 },
      ],
    );
    expect(crossingsOf(g)).toBe(1);
    expect(orderLayers(g)).toEqual({ layers: [[0], [2, 1]], crossings: 0 });
  });
});

describe('order of the boxes in each layer', () => {
  it('untangles a tree given in a shuffled order: a tree can always be drawn without crossings', () => {
    // Three levels below a root, each box with three children; the layers reversed/rotated.
    const layers: number[][] = [[0], [], [], []];
    const edges: LayerEdge[] = [];
    let next = 1;
    const grow = (v: number, depth: number) => {
      if (depth === 3) return;
      for (let i = 0; i < 3; i++) {
        const c = next++;
        (layers[depth + 1] as number[]).push(c);
        edges.push({ upper: v, lower: c });
        grow(c, depth + 1);
      }
    };
    grow(0, 0);
    const shuffled = layers.map((l, i) => [...l.slice(i), ...l.slice(0, i)].reverse());
    expect(crossingsOf(graph(shuffled, edges))).toBeGreaterThan(20);
    expect(orderLayers(graph(shuffled, edges)).crossings).toBe(0);
  });

  it('crosses no more edges than in the order given, keeps every box in its layer, and is repeatable', () => {
    const arbitraryGraph = fc
      .array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 5 })
      .chain((sizes) => {
        const layers: number[][] = [];
        let next = 0;
        for (const size of sizes) layers.push(Array.from({ length: size }, () => next++));
        const gaps = layers.slice(0, -1).map((upper, l) => {
          const lower = layers[l + 1] as number[];
          return fc.array(
            fc.record({
              upper: fc.constantFrom(...upper),
              lower: fc.constantFrom(...lower),
              upperAt: fc.double({ min: -0.45, max: 0.45, noNaN: true }),
            }),
            { maxLength: 12 },
          );
        });
        return fc.tuple(fc.constant(layers), ...gaps);
      });
    fc.assert(
      fc.property(arbitraryGraph, ([layers, ...gaps]) => {
        const g = graph(layers, gaps.flat());
        const found = orderLayers(g, { restarts: 2 });
        expect(found.layers.map((l) => [...l].sort((a, b) => a - b))).toEqual(layers);
        expect(found.crossings).toBe(crossingsOf(graph(found.layers, g.edges)));
        expect(found.crossings).toBeLessThanOrEqual(crossingsOf(g));
        expect(orderLayers(g, { restarts: 2 })).toEqual(found);
      }),
      { numRuns: 300 },
    );
  });

  it('counts edge ends a hair apart the same wherever their boxes stand', () => {
    // Found by fast-check: 0 + 5e-324 differs from 0, 1 + 5e-324 does not, so moving box 1 to
    // the left once made ties into crossings and the "better" order crossed more.
    const g = graph(
      [
        [0, 1],
        [2, 3],
      ],
      [
        { upper: 1, lower: 2, upperAt: 0 },
        { upper: 1, lower: 3, upperAt: 0 },
        { upper: 1, lower: 2, upperAt: -5e-324 },
        { upper: 1, lower: 3, upperAt: -5.551115123125784e-17 },
        { upper: 1, lower: 3, upperAt: 0 },
        { upper: 1, lower: 3, upperAt: 5e-324 },
        { upper: 0, lower: 3, upperAt: 0 },
        { upper: 0, lower: 2, upperAt: 5e-324 },
      ],
    );
    const found = orderLayers(g, { restarts: 2 });
    expect(found.crossings).toBeLessThanOrEqual(crossingsOf(g));
    expect(found.crossings).toBe(crossingsOf(graph(found.layers, g.edges)));
  });

  it('finds fewer crossings with restarts from shuffled orders than from one start', () => {
    // Layers of 12 boxes, each joined to three pseudo-random boxes of the next layer.
    const layers = Array.from({ length: 6 }, (_, l) =>
      Array.from({ length: 12 }, (_, i) => l * 12 + i),
    );
    const edges: LayerEdge[] = [];
    for (let l = 0; l < 5; l++) {
      for (let i = 0; i < 12; i++) {
        for (const k of [1, 5, 7])
          edges.push({ upper: l * 12 + i, lower: (l + 1) * 12 + ((i * k + l) % 12) });
      }
    }
    const once = orderLayers(graph(layers, edges));
    const searched = orderLayers(graph(layers, edges), { restarts: 10 });
    expect(searched.crossings).toBeLessThan(once.crossings);
  });
});
