import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../demo/generateMap';
import { containsPoint, type Rect, rectsOverlap } from './bounds';
import { createInProcessElk } from './elkInProcess';
import { layoutMap } from './layoutMap';
import { measureNodes } from './measureNodes';
import { orderTreeLayers } from './orderTreeLayers';
import { LARGE_MAP_TUNING, toElkGraph, treeLayeringOf } from './toElkGraph';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point } from './types';

const elk = createInProcessElk();

/** A generated big map's ELK graph with our order, and the layer of each top-level box. */
function ordered(options: LayoutOptions) {
  const map = generateMap({ nodes: 300, seed: 3 });
  const sizes = measureNodes(map, options.labels, options.language);
  const graph = toElkGraph(map, sizes, options, LARGE_MAP_TUNING);
  const plainEdges = (graph.edges ?? []).map((e) => e.id);
  const layering = treeLayeringOf.get(graph);
  if (!layering) throw new Error('no tree layering');
  const result = orderTreeLayers(graph, layering, options.direction);
  // The coordinate ELK's interactive layering reads, 1e5 per layer (see placeInLayer).
  const layerOf = (n: ElkNode) =>
    options.direction === 'up'
      ? Math.round(((n.y ?? 0) + (n.height ?? 0) / 2) / 1e5)
      : Math.round(-((n.x ?? 0) + (n.width ?? 0) / 2) / 1e5);
  return { map, graph, plainEdges, result, layerOf };
}

describe("our own order of a big map's layers", () => {
  it.each(['up', 'right'] as const)(
    'hands ELK only edges one layer long, long ones split through dummies (%s)',
    (direction) => {
      const { graph, result, layerOf } = ordered({ ...DEFAULT_LAYOUT_OPTIONS, direction });
      expect(result.dummies).toBeGreaterThan(20);
      const top = new Map<string, ElkNode>();
      for (const c of graph.children ?? []) {
        top.set(c.id, c);
        for (const k of [...(c.children ?? []), ...(c.ports ?? [])]) top.set(k.id, c);
        // Edges into members may enter through ports of the member's own (memberPorts).
        for (const m of c.children ?? []) for (const p of m.ports ?? []) top.set(p.id, c);
      }
      for (const e of graph.edges ?? []) {
        const s = top.get(e.sources[0] ?? '') as ElkNode;
        const t = top.get(e.targets[0] ?? '') as ElkNode;
        if (s !== t) expect(Math.abs(layerOf(s) - layerOf(t))).toBe(1);
      }
    },
  );

  it('is kept by ELK: boxes of each layer stand in the order given', async () => {
    const { graph, layerOf } = ordered(DEFAULT_LAYOUT_OPTIONS);
    const given = new Map<number, string[]>();
    for (const c of graph.children ?? []) {
      const l = layerOf(c);
      given.set(l, [...(given.get(l) ?? []), c.id]);
    }
    const drawn = await elk.layout(graph);
    const centre = new Map(
      (drawn.children ?? []).map((c) => [c.id, (c.x ?? 0) + (c.width ?? 0) / 2]),
    );
    for (const ids of given.values()) {
      const xs = ids.map((id) => centre.get(id) as number);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
    // The file's first ELK run of 300 boxes, its JIT cold: 7 s once on a loaded 2-core machine.
  }, 30_000);

  it('sets no box on another, and every member inside its group frame', async () => {
    const { map } = ordered(DEFAULT_LAYOUT_OPTIONS);
    const layout = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, elk);
    const sorted = [...layout.nodes].sort((a, b) => a.x - b.x);
    for (const [i, a] of sorted.entries()) {
      for (const b of sorted.slice(i + 1)) {
        if (b.x >= a.x + a.width) break;
        expect(rectsOverlap(a, b)).toBe(false);
      }
    }
    const frames = new Map(layout.groups.map((g) => [g.id, g]));
    const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const g of map.groups) {
      const frame = frames.get(g.id) as Rect;
      for (const m of g.members) {
        const box = boxes.get(m) as Rect;
        expect(containsPoint(frame, { x: box.x, y: box.y })).toBe(true);
        expect(containsPoint(frame, { x: box.x + box.width, y: box.y + box.height })).toBe(true);
      }
    }
  });

  it('draws each edge once, from its source box to its target box in right angles', async () => {
    const { map, plainEdges } = ordered(DEFAULT_LAYOUT_OPTIONS);
    const layout = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, elk);
    expect(layout.edges.map((e) => e.id).sort()).toEqual([...plainEdges].sort());
    const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
    for (const n of layout.nodes) boxes.set(n.id, n);
    for (const j of layout.junctions) {
      boxes.set(`#j:${j.relationId}`, { x: j.x, y: j.y, width: j.size, height: j.size });
    }
    const onBorder = (p: Point, id: string) => {
      const b = boxes.get(id);
      if (!b) throw new Error(`no box ${id}`);
      const inX = p.x >= b.x - 1 && p.x <= b.x + b.width + 1;
      const inY = p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
      const nearSide =
        Math.min(
          Math.abs(p.x - b.x),
          Math.abs(p.x - b.x - b.width),
          Math.abs(p.y - b.y),
          Math.abs(p.y - b.y - b.height),
        ) <= 1;
      return inX && inY && nearSide;
    };
    for (const e of layout.edges) {
      const first = e.points[0] as Point;
      const last = e.points[e.points.length - 1] as Point;
      expect(onBorder(first, e.source)).toBe(true);
      expect(onBorder(last, e.target)).toBe(true);
      for (let i = 1; i < e.points.length; i++) {
        const a = e.points[i - 1] as Point;
        const b = e.points[i] as Point;
        expect(Math.min(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeLessThan(0.5);
      }
    }
  });

  it.each(['up', 'right'] as const)(
    'leads each edge out of a group on the side facing its other end (%s)',
    async (direction) => {
      const options = { ...DEFAULT_LAYOUT_OPTIONS, direction };
      const { map } = ordered(options);
      const layout = await layoutMap(map, options, elk);
      const frameOf = new Map<string, Rect>();
      const frames = new Map(layout.groups.map((g) => [g.id, g as Rect]));
      for (const g of map.groups)
        for (const m of g.members) frameOf.set(m, frames.get(g.id) as Rect);
      const boxes = new Map(layout.nodes.map((n) => [n.id, n as Rect]));
      // Which way a point lies from a frame, along the layers (up: above/below; right: right/left).
      const side = (f: Rect, p: Point) =>
        direction === 'up'
          ? p.y < f.y
            ? 'ahead'
            : p.y > f.y + f.height
              ? 'behind'
              : 'level'
          : p.x > f.x + f.width
            ? 'ahead'
            : p.x < f.x
              ? 'behind'
              : 'level';
      let leaving = 0;
      const wrongSide: string[] = [];
      for (const e of layout.edges) {
        for (const [member, other, points] of [
          [e.source, e.target, e.points],
          [e.target, e.source, [...e.points].reverse()],
        ] as const) {
          const frame = frameOf.get(member);
          const otherBox = boxes.get(other);
          if (!frame || !otherBox || frameOf.get(other) === frame) continue;
          const centre = {
            x: otherBox.x + otherBox.width / 2,
            y: otherBox.y + otherBox.height / 2,
          };
          const facing = side(frame, centre);
          if (facing === 'level') continue;
          leaving++;
          const out = points.find((p) => !containsPoint(frame, p)) as Point;
          if (side(frame, out) !== facing) wrongSide.push(`${e.id} from ${member}`);
        }
      }
      expect(leaving).toBeGreaterThan(50);
      expect(wrongSide).toEqual([]);
    },
  );
});
