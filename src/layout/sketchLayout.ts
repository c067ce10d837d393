import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import {
  innerEdgesOf,
  levelsInside,
  num,
  paddingOf,
  type TreeLayering,
  topLevelOf,
} from './treeLayering';
import type { Point } from './types';

/**
 * A first drawing of a big map in a few milliseconds, shown while ELK works (seconds at 1000
 * boxes): the tree layering's layers stacked, each layer's boxes in walk order with each run
 * of siblings as near centred under its claim as the layer allows (see packRuns), group
 * members in rows inside their frame, and every edge a three-piece orthogonal line. No
 * crossing minimisation, no routing around boxes: ELK's layout replaces it.
 *
 * Works in a frame where layers run downwards ("depth") and boxes sit side by side along
 * them ("breadth"); `up` is that frame as is, `right` turns it so the conclusion is on the
 * right. Writes positions and edge sections into a copy of the ELK graph, as ELK would, so
 * `fromElkResult` reads it like ELK's answer.
 */
export function sketchLayout(
  graph: ElkNode,
  layering: TreeLayering,
  direction: 'up' | 'right',
): ElkNode {
  const up = direction === 'up';
  // ELK still reads the original's coordinates as its layering: draw on a copy (of what the
  // sketch writes: positions, sizes, edge sections; options are shared).
  const copy = (n: ElkNode): ElkNode => ({
    ...n,
    children: n.children?.map(copy),
    edges: n.edges?.map((e) => ({ ...e })),
  });
  const out = copy(graph);
  const o = out.layoutOptions;
  const gapAlong = num(o, 'elk.spacing.nodeNode', 18);
  const gapAcross =
    num(o, 'elk.layered.spacing.nodeNodeBetweenLayers', 24) +
    2 * num(o, 'elk.layered.spacing.edgeNodeBetweenLayers', 16);
  const pad = paddingOf(out);
  const breadthOf = (n: ElkNode) => (up ? n.width : n.height) ?? 0;
  const depthOf = (n: ElkNode) => (up ? n.height : n.width) ?? 0;

  /** Every node's box in the frame: breadth position `a`, depth position `d`, sizes. */
  const frame = new Map<string, { a: number; d: number; b: number; h: number }>();
  const edges = out.edges ?? [];
  const topOf = topLevelOf(out);
  const innerEdges = innerEdgesOf(out, topOf);

  // 1. Groups: members in rows by their depth inside the group, the frame around them.
  const inside = new Map<string, { a: number; d: number }>();
  for (const g of out.children ?? []) {
    if (!g.children) continue;
    const level = levelsInside(g, innerEdges.get(g.id) ?? []);
    const p = paddingOf(g);
    // Before and after along the rows, before and after across them, in the frame.
    const [a0, a1, d0, d1] = up
      ? [p.left, p.right, p.top, p.bottom]
      : [p.top, p.bottom, p.right, p.left];
    const rows: ElkNode[][] = [];
    for (const k of g.children) pushAt(rows, level.get(k.id) ?? 0, k);
    let d = d0;
    let widest = 0;
    for (const row of rows) {
      if (!row) continue;
      let a = a0;
      for (const k of row) {
        inside.set(k.id, { a, d });
        a += breadthOf(k) + gapAlong;
      }
      widest = Math.max(widest, a - gapAlong);
      d += Math.max(...row.map(depthOf)) + gapAcross;
    }
    const min = (g.layoutOptions?.['elk.nodeSize.minimum'] ?? '').match(/[\d.]+/g)?.map(Number);
    // The frame is at least as wide (on screen) as its label.
    const label = min ? Math.max(...min) : 0;
    const breadth = Math.max(widest + a1, up ? label : 0);
    const depth = Math.max(d - gapAcross + d1, up ? 0 : label);
    g.width = up ? breadth : depth;
    g.height = up ? depth : breadth;
  }

  // 2. Layers of top-level boxes, each in walk order, stacked downwards.
  const layers: ElkNode[][] = [];
  for (const c of out.children ?? []) pushAt(layers, layering.layerOf.get(c.id) ?? 0, c);
  const byWalk = (x: ElkNode, y: ElkNode) =>
    (layering.order.get(x.id) ?? 0) - (layering.order.get(y.id) ?? 0);
  // The claim each top-level box points to first (its parent in the tree).
  const parentOf = new Map<string, string>();
  for (const e of edges) {
    const s = topOf.get(e.sources[0] as string);
    const t = topOf.get(e.targets[0] as string);
    if (s && t && s !== t && !parentOf.has(s)) parentOf.set(s, t);
  }
  let depth = 0;
  const placeTop = (c: ElkNode, a: number, d: number) =>
    frame.set(c.id, { a, d, b: breadthOf(c), h: depthOf(c) });
  for (const layer of layers) {
    if (!layer) continue;
    layer.sort(byWalk);
    // Runs of siblings (one parent above), each wanting to be centred under its parent.
    const runs: Run[] = [];
    for (let i = 0; i < layer.length; ) {
      const parent = parentOf.get((layer[i] as ElkNode).id);
      let j = i;
      let breadth = -gapAlong;
      while (j < layer.length && parentOf.get((layer[j] as ElkNode).id) === parent) {
        breadth += breadthOf(layer[j] as ElkNode) + gapAlong;
        j++;
      }
      const above = parent === undefined ? undefined : frame.get(parent);
      runs.push({
        boxes: layer.slice(i, j),
        breadth,
        wanted: above ? above.a + above.b / 2 - breadth / 2 : undefined,
      });
      i = j;
    }
    for (const [run, a] of packRuns(runs, gapAlong)) {
      let at = a;
      for (const c of run.boxes) {
        placeTop(c, at, depth);
        at += breadthOf(c) + gapAlong;
      }
    }
    depth += Math.max(...layer.map(depthOf)) + gapAcross;
  }

  // Shift into the padding; members go where their group went.
  let minA = Number.POSITIVE_INFINITY;
  for (const f of frame.values()) minA = Math.min(minA, f.a);
  const shift = (up ? pad.left : pad.top) - minA;
  const startD = up ? pad.top : pad.right;
  for (const f of frame.values()) {
    f.a += shift;
    f.d += startD;
  }
  for (const g of out.children ?? []) {
    const at = frame.get(g.id);
    if (!at) continue;
    for (const k of g.children ?? []) {
      const rel = inside.get(k.id) ?? { a: 0, d: 0 };
      frame.set(k.id, { a: at.a + rel.a, d: at.d + rel.d, b: breadthOf(k), h: depthOf(k) });
    }
  }
  let extentA = 0;
  let extentD = 0;
  for (const f of frame.values()) {
    extentA = Math.max(extentA, f.a + f.b);
    extentD = Math.max(extentD, f.d + f.h);
  }
  const totalD = extentD + (up ? pad.bottom : pad.left);

  // 3. From the frame to the drawing: `right` puts depth 0 (the conclusion) on the right.
  const toDrawing = (p: Point): Point => (up ? p : { x: totalD - p.y, y: p.x });
  const place = (n: ElkNode) => {
    const f = frame.get(n.id);
    if (!f) return;
    const corner = toDrawing({ x: f.a, y: up ? f.d : f.d + f.h });
    n.x = corner.x;
    n.y = corner.y;
    for (const k of n.children ?? []) place(k);
  };
  for (const c of out.children ?? []) place(c);

  // 4. Edges: from the reason's near side to the claim's, bending halfway between them.
  for (const e of edges as ElkExtendedEdge[]) {
    const s = frame.get(e.sources[0] as string);
    const t = frame.get(e.targets[0] as string);
    if (!s || !t) continue;
    const below = s.d >= t.d + t.h;
    const start = { x: s.a + s.b / 2, y: below ? s.d : s.d + s.h };
    const end = { x: t.a + t.b / 2, y: below ? t.d + t.h : t.d };
    const bend = (start.y + end.y) / 2;
    const points =
      start.x === end.x
        ? [start, end]
        : [start, { x: start.x, y: bend }, { x: end.x, y: bend }, end];
    const drawn = points.map(toDrawing);
    e.sections = [
      {
        id: `${e.id}:sketch`,
        startPoint: drawn[0] as Point,
        endPoint: drawn[drawn.length - 1] as Point,
        bendPoints: drawn.slice(1, -1),
      },
    ];
  }

  const extentDrawn = { a: extentA + (up ? pad.right : pad.bottom), d: totalD };
  out.width = up ? extentDrawn.a : extentDrawn.d;
  out.height = up ? extentDrawn.d : extentDrawn.a;
  return out;
}

/** A run of siblings in a layer: its boxes, their breadth, where it would like to start. */
interface Run {
  boxes: ElkNode[];
  breadth: number;
  /** Start centring it under its parent; none for boxes without one (the conclusions). */
  wanted: number | undefined;
}

/**
 * Where each run starts: in order, `gap` apart, each as near its wanted start as the others
 * let it be. Runs that would overlap are merged into a block placed at the mean of what its
 * runs want (least squares; "pool adjacent violators"), so a crowded layer spreads both ways
 * around its parents instead of being pushed off to one side. A run without a wish follows
 * the one before it.
 */
export function packRuns(runs: readonly Run[], gap: number): [Run, number][] {
  interface Block {
    first: number;
    count: number;
    breadth: number;
    /** Sum of (wanted start of each run - its offset in the block), over runs with a wish. */
    sum: number;
    wishes: number;
    start: number;
  }
  const blocks: Block[] = [];
  let end = 0; // where the runs placed so far end (for runs without a wish)
  runs.forEach((run, i) => {
    const wish = run.wanted ?? (blocks.length > 0 ? end + gap : 0);
    let block: Block = {
      first: i,
      count: 1,
      breadth: run.breadth,
      sum: wish,
      wishes: 1,
      start: wish,
    };
    // Merge with the block before while they would overlap.
    for (
      let prev = blocks.at(-1);
      prev && prev.start + prev.breadth + gap > block.start;
      prev = blocks.at(-1)
    ) {
      blocks.pop();
      const offset = prev.breadth + gap;
      const sum = prev.sum + block.sum - block.wishes * offset;
      const wishes = prev.wishes + block.wishes;
      block = {
        first: prev.first,
        count: prev.count + block.count,
        breadth: offset + block.breadth,
        sum,
        wishes,
        start: sum / wishes,
      };
    }
    blocks.push(block);
    end = block.start + block.breadth;
  });
  const out: [Run, number][] = [];
  for (const b of blocks) {
    let at = b.start;
    for (let k = b.first; k < b.first + b.count; k++) {
      const run = runs[k] as Run;
      out.push([run, at]);
      at += run.breadth + gap;
    }
  }
  return out;
}

/** Adds `item` to the list at `index`, making the list if there is none yet. */
function pushAt<T>(lists: T[][], index: number, item: T): void {
  const list = lists[index];
  if (list) list.push(item);
  else lists[index] = [item];
}
