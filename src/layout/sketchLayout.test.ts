import { describe, expect, it } from 'vitest';
import { generateMap } from '../demo/generateMap';
import { fromElkResult } from './fromElkResult';
import { measureNodes } from './measureNodes';
import { packRuns, sketchLayout } from './sketchLayout';
import { LARGE_MAP_TUNING, toElkGraph, treeLayeringOf } from './toElkGraph';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type MapLayout } from './types';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

function sketch(
  nodes: number,
  options: LayoutOptions,
): { layout: MapLayout; groupOf: Map<string, string> } {
  const map = generateMap({ nodes, seed: 5 });
  const sizes = measureNodes(map, options.labels, options.language);
  const graph = toElkGraph(map, sizes, options, LARGE_MAP_TUNING);
  const layering = treeLayeringOf.get(graph);
  if (!layering) throw new Error('no tree layering');
  const groupOf = new Map<string, string>();
  for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);
  return {
    layout: fromElkResult(map, sizes, sketchLayout(graph, layering, options.direction)),
    groupOf,
  };
}

describe('the sketch of a big map', () => {
  it.each(['up', 'right'] as const)(
    'places every box, none on another, members inside their group, all inside the drawing (%s)',
    (direction) => {
      const { layout, groupOf } = sketch(400, { ...DEFAULT_LAYOUT_OPTIONS, direction });
      expect(layout.nodes).toHaveLength(400);
      const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
      const groups = new Map(layout.groups.map((g) => [g.id, g]));
      // Boxes at the top level, and groups, never overlap; members only within their group.
      const tops: Box[] = [...layout.groups];
      for (const n of layout.nodes) {
        expect(within(n, drawing)).toBe(true);
        const group = groupOf.get(n.id);
        if (group) expect(within(n, groups.get(group) as Box)).toBe(true);
        else tops.push(n);
      }
      const clashes = tops.flatMap((a, i) => tops.slice(i + 1).filter((b) => overlap(a, b)));
      expect(clashes).toEqual([]);
      for (const g of layout.groups) {
        const members = layout.nodes.filter((n) => groupOf.get(n.id) === g.id);
        const clash = members.some((a, i) => members.slice(i + 1).some((b) => overlap(a, b)));
        expect(clash).toBe(false);
      }
    },
  );

  it('draws reasons beyond their claim, away from the conclusion, and every edge between its ends', () => {
    const { layout } = sketch(400, DEFAULT_LAYOUT_OPTIONS);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    let below = 0;
    let mains = 0;
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      if (!s || !t || e.kind === 'continues') continue;
      mains++;
      if (s.y > t.y) below++;
      // Orthogonal pieces only.
      for (let i = 1; i < e.points.length; i++) {
        const [a, b] = [e.points[i - 1], e.points[i]] as [
          { x: number; y: number },
          { x: number; y: number },
        ];
        expect(a.x === b.x || a.y === b.y).toBe(true);
      }
    }
    // Cross-links may point anywhere; the tree's edges (most of them) point up.
    expect(below / mains).toBeGreaterThan(0.85);
  });

  it('spreads crowded layers both ways around their claims: 2000 boxes fit a screen', () => {
    // Breadth along the layers / depth across them; ELK's layout is kept within 3.5 (up) and
    // 1.7 (right). Pushed off to one side, layer after layer, the sketch was 10 and 2.1.
    for (const [direction, most] of [
      ['up', 5],
      ['right', 1.5],
    ] as const) {
      const { layout } = sketch(2000, { ...DEFAULT_LAYOUT_OPTIONS, direction });
      const along =
        direction === 'up' ? layout.width / layout.height : layout.height / layout.width;
      expect(along).toBeLessThan(most);
    }
  });
});

describe('packing runs of siblings along a layer', () => {
  const run = (breadth: number, wanted?: number) => ({ boxes: [], breadth, wanted });
  const starts = (runs: ReturnType<typeof run>[]) => packRuns(runs, 10).map(([, a]) => a);

  it('leaves runs with room where they want to be', () => {
    expect(starts([run(100, 0), run(50, 200), run(20, 400)])).toEqual([0, 200, 400]);
  });

  it('spreads runs that want the same place evenly around it, in order, a gap apart', () => {
    expect(starts([run(100, 0), run(100, 0)])).toEqual([-55, 55]);
    expect(starts([run(100, 0), run(100, 0), run(100, 0)])).toEqual([-110, 0, 110]);
  });

  it('puts a run without a wish right after the one before it', () => {
    expect(starts([run(100), run(40), run(60, 500)])).toEqual([0, 110, 500]);
  });
});
