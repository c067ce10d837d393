/**
 * Tree-aware layering and ordering for big maps, computed before ELK. Self-contained: it reads
 * and rewrites only the ELK graph that toElkGraph builds (root options, top-level children and
 * edges), so it can move to src/layout/treeLayering.ts as is.
 *
 * Why: ELK's GREEDY cycle breaking and NETWORK_SIMPLEX layering ignore that an argument map is a
 * tree with a few cross-links; its own bounded-width layerings (MIN_WIDTH, COFFMAN_GRAHAM) take
 * 10-100x longer on 1000 nodes. This pass, O(n log n):
 *  1. Takes the top-level boxes (ungrouped nodes, groups, top-level junctions) and the edges
 *     between them; an edge into or out of a group counts as the group's.
 *  2. Walks depth-first down from the conclusion(s) (nothing above them), reasons in model
 *     order. The walk order is the order of siblings, in which tree edges cannot cross; edges
 *     back into the walk's own path close cycles and are the ones drawn reversed.
 *  3. Fills layers from the top, each connected part of the map on its own: a box is ready once
 *     all it points to sits in a layer above. Unbounded, that is each box one layer below its
 *     lowest target (tree depth). The parts stand side by side in bands, deepest first.
 *  4. Only if the drawing would spread more than `maxSpread` along the layers (estimated from
 *     box sizes, spacing and edges through each layer) are each layer and band bounded to a
 *     breadth W, bisected to meet it; ready boxes with the longest chain below them go first,
 *     then the ones waiting longest, then in walk order, so leaves move down into later layers.
 *  5. A relayout (`kept`) keeps the layers on screen instead, as far as the edges allow.
 * ELK then gets it as INTERACTIVE layering and INTERACTIVE cycle breaking (a coordinate along
 * the layer axis per top-level box), with the top-level children in walk order (model order).
 * The caller sets those two ELK options; see toElkGraph.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

export interface TreeLayeringOptions {
  direction: 'up' | 'right';
  /**
   * Most the drawing may spread along its layers, as (breadth along a layer) / (depth across
   * the layers): width / height for `up`, height / width for `right`. Infinity: never bound.
   */
  maxSpread: number;
  /**
   * Extra depth per edge crossing a layer gap: ELK's orthogonal router gives bent edges their
   * own horizontal tracks. About 4 px with SIMPLE node placement (fitted on generated maps of
   * 500-2000 nodes: the estimate then lands within 10% of ELK's drawing).
   */
  routingPerEdge?: number;
  /**
   * A relayout's layers as on screen (layer by top-level box id): a box keeps its layer unless
   * a box it points to now sits there or below, and boxes new to the screen go one layer below
   * what they point to; emptied layers close up. Dropped for a fresh layering when keeping them
   * would spread the drawing more than `maxSpread` and more than afresh.
   */
  kept?: ReadonlyMap<string, number>;
}

export interface TreeLayering {
  /** Layer of each top-level box, 0 at the conclusion's side. */
  layerOf: Map<string, number>;
  /** Walk order of each top-level box. */
  order: Map<string, number>;
  layers: number;
  /** Estimated extent of the drawing along and across the layers (px), and their ratio. */
  estimate: { breadth: number; depth: number; spread: number; bounded: boolean };
}

interface Box {
  id: string;
  breadth: number;
  depth: number;
}

/**
 * How much more a relayout's kept layers may spread than allowed (or than a fresh layering,
 * if that spreads more) before they give way to a fresh layering.
 */
const KEPT_SPREAD_SLACK = 1.2;

/** Layers are this far apart in the coordinates handed to ELK, more than any box is deep. */
const LAYER_STEP = 1e5;

/** A number among ELK options, or `fallback`. */
export const num = (o: Record<string, string> | undefined, key: string, fallback: number) => {
  const v = Number(o?.[key]);
  return Number.isFinite(v) ? v : fallback;
};

/** A node's `elk.padding`, by side. */
export function paddingOf(n: ElkNode): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const p = { top: 0, left: 0, bottom: 0, right: 0 };
  for (const m of (n.layoutOptions?.['elk.padding'] ?? '').matchAll(
    /(top|left|bottom|right)=(-?[\d.]+)/g,
  )) {
    p[m[1] as keyof typeof p] = Number(m[2]);
  }
  return p;
}

/** Every node id -> the top-level box holding it (itself, or the group it is a member of). */
export function topLevelOf(root: ElkNode): Map<string, string> {
  const topOf = new Map<string, string>();
  for (const c of root.children ?? []) {
    topOf.set(c.id, c.id);
    for (const k of c.children ?? []) topOf.set(k.id, c.id);
  }
  return topOf;
}

/** Edges between members of one group, by group id. */
export function innerEdgesOf(
  root: ElkNode,
  topOf: ReadonlyMap<string, string>,
): Map<string, [string, string][]> {
  const inner = new Map<string, [string, string][]>();
  for (const e of root.edges ?? []) {
    const s = e.sources[0] ?? '';
    const t = e.targets[0] ?? '';
    const group = topOf.get(s);
    if (group === undefined || group !== topOf.get(t) || group === s) continue;
    const list = inner.get(group) ?? [];
    list.push([s, t]);
    inner.set(group, list);
  }
  return inner;
}

/**
 * Each member's row inside a group, by the longest chain of edges above it within the group
 * (0: nothing it points to inside). Groups are small: passes until nothing changes.
 */
export function levelsInside(group: ElkNode, innerEdges: [string, string][]): Map<string, number> {
  const kids = group.children ?? [];
  const level = new Map<string, number>(kids.map((k) => [k.id, 0]));
  for (let pass = 0; pass < kids.length; pass++) {
    let changed = false;
    for (const [s, t] of innerEdges) {
      const want = (level.get(t) ?? 0) + 1;
      if ((level.get(s) ?? 0) < want && want < kids.length) {
        level.set(s, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return level;
}

/**
 * Rough size of a group before ELK lays it out: members layered by longest path inside the
 * group, each inner layer as broad as its boxes and as deep as its deepest one, plus padding.
 */
function estimateGroup(
  group: ElkNode,
  innerEdges: [string, string][],
  up: boolean,
  nodeNode: number,
  layerGap: number,
): { breadth: number; depth: number } {
  const kids = group.children ?? [];
  const level = levelsInside(group, innerEdges);
  const breadths: number[] = [];
  const depths: number[] = [];
  for (const k of kids) {
    const l = level.get(k.id) ?? 0;
    breadths[l] = (breadths[l] ?? -nodeNode) + ((up ? k.width : k.height) ?? 0) + nodeNode;
    depths[l] = Math.max(depths[l] ?? 0, (up ? k.height : k.width) ?? 0);
  }
  const pad = paddingOf(group);
  const layers = depths.filter((d) => d !== undefined).length;
  return {
    breadth:
      Math.max(0, ...breadths.map((b) => b ?? 0)) +
      (up ? pad.left + pad.right : pad.top + pad.bottom),
    depth:
      depths.reduce((a, d) => a + (d ?? 0), 0) +
      Math.max(0, layers - 1) * layerGap +
      (up ? pad.top + pad.bottom : pad.left + pad.right),
  };
}

/** Computes the layering (see the file comment); changes nothing. */
export function treeLayering(root: ElkNode, options: TreeLayeringOptions): TreeLayering {
  const up = options.direction === 'up';
  const lo = root.layoutOptions;
  const nodeNode = num(lo, 'elk.spacing.nodeNode', 18);
  const edgeEdge = num(lo, 'elk.spacing.edgeEdge', 10);
  const layerGap =
    num(lo, 'elk.layered.spacing.nodeNodeBetweenLayers', 24) +
    2 * num(lo, 'elk.layered.spacing.edgeNodeBetweenLayers', 16);
  const perEdge = options.routingPerEdge ?? 4;

  // 1. Top-level boxes; every ELK node id -> the top-level box holding it.
  const children = root.children ?? [];
  const topOf = topLevelOf(root);
  const innerEdges = innerEdgesOf(root, topOf);
  const index = new Map<string, number>();
  const boxes: Box[] = [];
  for (const c of children) {
    index.set(c.id, boxes.length);
    boxes.push({
      id: c.id,
      breadth: (up ? c.width : c.height) ?? 0,
      depth: (up ? c.height : c.width) ?? 0,
    });
  }
  const n = boxes.length;
  const upOf: number[][] = Array.from({ length: n }, () => []); // box -> boxes it points to
  const downOf: number[][] = Array.from({ length: n }, () => []); // box -> boxes pointing to it
  for (const e of root.edges ?? []) {
    const s = topOf.get(e.sources[0] ?? '');
    const t = topOf.get(e.targets[0] ?? '');
    if (s === undefined || t === undefined || s === t) continue;
    const si = index.get(s) as number;
    const ti = index.get(t) as number;
    (upOf[si] as number[]).push(ti);
    (downOf[ti] as number[]).push(si);
  }
  for (const c of children) {
    if (!c.children) continue;
    const b = boxes[index.get(c.id) as number] as Box;
    Object.assign(b, estimateGroup(c, innerEdges.get(c.id) ?? [], up, nodeNode, layerGap));
  }

  // 2. Depth-first walk down from the tops, then from whatever is left (cycles only).
  const order = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const back = new Set<number>(); // source * n + target
  let next = 0;
  const walk = (start: number) => {
    const stack: [number, number][] = [[start, 0]];
    order[start] = next++;
    onPath[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const kids = downOf[top[0]] as number[];
      if (top[1] >= kids.length) {
        onPath[top[0]] = 0;
        stack.pop();
        continue;
      }
      const w = kids[top[1]++] as number;
      if (onPath[w]) back.add(w * n + top[0]);
      else if (order[w] === -1) {
        order[w] = next++;
        onPath[w] = 1;
        stack.push([w, 0]);
      }
    }
  };
  for (let v = 0; v < n; v++) if ((upOf[v] as number[]).length === 0 && order[v] === -1) walk(v);
  for (let v = 0; v < n; v++) if (order[v] === -1) walk(v);

  // The acyclic edges, and the longest chain below each box.
  const ups = upOf.map((ts, s) => ts.filter((t) => !back.has(s * n + t)));
  const downs: number[][] = Array.from({ length: n }, () => []);
  ups.forEach((ts, s) => {
    for (const t of ts) (downs[t] as number[]).push(s);
  });
  const below = new Int32Array(n);
  for (const v of afterAll(downs, ups)) {
    for (const t of ups[v] as number[]) {
      below[t] = Math.max(below[t] as number, (below[v] as number) + 1);
    }
  }

  // How broad and deep a layering draws: boxes and the edges passing each layer side by side,
  // layers and the edges crossing each gap (their bends take tracks) one after another.
  const extentOf = (layer: Int32Array) => {
    let layers = 0;
    for (const l of layer) layers = Math.max(layers, l + 1);
    const breadths = new Float64Array(layers).fill(-nodeNode);
    const deepest = new Float64Array(layers);
    const passing = new Float64Array(layers + 1); // edges passing through a layer (difference)
    const crossing = new Float64Array(layers + 1); // edges crossing the gap below a layer
    for (let v = 0; v < n; v++) {
      const l = layer[v] as number;
      const b = boxes[v] as Box;
      breadths[l] = (breadths[l] as number) + b.breadth + nodeNode;
      deepest[l] = Math.max(deepest[l] as number, b.depth);
      for (const t of ups[v] as number[]) {
        const lt = layer[t] as number;
        (passing[lt + 1] as number)++;
        (passing[l] as number)--;
        (crossing[lt] as number)++;
        (crossing[l] as number)--;
      }
    }
    let breadth = 0;
    let depth = 0;
    let through = 0;
    let gap = 0;
    for (let l = 0; l < layers; l++) {
      through += passing[l] as number;
      gap += crossing[l] as number;
      breadth = Math.max(breadth, (breadths[l] as number) + Math.max(0, through) * edgeEdge);
      depth += (deepest[l] as number) + (l < layers - 1 ? layerGap + gap * perEdge : 0);
    }
    return { layer, layers, breadth, depth, spread: breadth / depth };
  };

  // The connected parts of the map, each laid out in layers of its own (see schedule).
  const partOf = new Int32Array(n).map((_, v) => v);
  const find = (v: number): number => {
    while (partOf[v] !== v) {
      partOf[v] = partOf[partOf[v] as number] as number;
      v = partOf[v] as number;
    }
    return v;
  };
  upOf.forEach((ts, s) => {
    for (const t of ts) partOf[find(s)] = find(t);
  });
  const partMembers = new Map<number, number[]>();
  for (const v of [...boxes.keys()].sort((a, b) => (order[a] as number) - (order[b] as number))) {
    const members = partMembers.get(find(v)) ?? [];
    members.push(v);
    partMembers.set(find(v), members);
  }
  const parts = [...partMembers.values()];

  // 3. One part's layers from the top, each up to breadth `cap`, numbered from 0 in `layer`.
  const fill = (
    members: readonly number[],
    cap: number,
    layer: Int32Array,
    missing: Int32Array,
    waitingFrom: Int32Array,
  ) => {
    let ready = members.filter((v) => missing[v] === 0);
    let through = 0; // edges from a box not yet placed to one placed
    let placed = 0;
    let widest = 0;
    let l = 0;
    for (; placed < members.length; l++) {
      if (ready.length === 0) throw new Error('treeLayering: no box ready (cycle left)');
      ready.sort(
        (a, b) =>
          (below[b] as number) - (below[a] as number) ||
          (waitingFrom[a] as number) - (waitingFrom[b] as number) ||
          (order[a] as number) - (order[b] as number),
      );
      let breadth = 0;
      let dummies = through;
      const now: number[] = [];
      const rest: number[] = [];
      for (const v of ready) {
        const b = boxes[v] as Box;
        const ending = (ups[v] as number[]).length;
        const wouldBe = breadth + b.breadth + nodeNode + Math.max(0, dummies - ending) * edgeEdge;
        if (now.length === 0 || wouldBe <= cap) {
          now.push(v);
          breadth += b.breadth + nodeNode;
          dummies -= ending;
        } else rest.push(v);
      }
      widest = Math.max(widest, breadth + Math.max(0, dummies) * edgeEdge);
      for (const v of now) {
        layer[v] = l;
        placed++;
        through -= (ups[v] as number[]).length;
        for (const s of downs[v] as number[]) {
          through++;
          waitingFrom[s] = l;
          if (--(missing[s] as number) === 0) rest.push(s);
        }
      }
      ready = rest;
    }
    return { layers: l, breadth: widest };
  };

  // The parts side by side in bands up to breadth `cap`, deepest first, each band below the
  // last. Laid out together, the conclusions of a corpus's many small arguments filled the top
  // layers and their reasons the layers far below (an AIF dialogue map of 159 boxes in 60
  // parts); unconnected boxes came between them. Now each stands by its own.
  const schedule = (cap: number) => {
    const layer = new Int32Array(n);
    const missing = Int32Array.from(ups, (t) => t.length);
    const waitingFrom = new Int32Array(n);
    const laid = parts
      .map((members) => ({ members, ...fill(members, cap, layer, missing, waitingFrom) }))
      .sort((a, b) => b.layers - a.layers);
    let top = 0;
    let bandDepth = 0;
    let bandBreadth = 0;
    for (const part of laid) {
      if (bandBreadth > 0 && bandBreadth + part.breadth > cap) {
        top += bandDepth;
        bandDepth = 0;
        bandBreadth = 0;
      }
      for (const v of part.members) layer[v] = (layer[v] as number) + top;
      bandBreadth += part.breadth;
      bandDepth = Math.max(bandDepth, part.layers);
    }
    return extentOf(layer);
  };

  // A relayout's layers as on screen, pushed down below what each box points to.
  const keep = (kept: ReadonlyMap<string, number>) => {
    const wanted = new Int32Array(n);
    for (const v of afterAll(ups, downs)) {
      let lowest = 0;
      for (const t of ups[v] as number[]) lowest = Math.max(lowest, (wanted[t] as number) + 1);
      wanted[v] = Math.max(kept.get((boxes[v] as Box).id) ?? 0, lowest);
    }
    const distinct = [...new Set(wanted)].sort((a, b) => a - b);
    const rank = new Map(distinct.map((w, i) => [w, i]));
    return extentOf(Int32Array.from(wanted, (w) => rank.get(w) as number));
  };

  // 4. Bound the layers only if needed; the spread falls (roughly monotonically) with the cap.
  const free = schedule(Number.POSITIVE_INFINITY);
  let best = free;
  if (free.spread > options.maxSpread) {
    let lo = Math.max(...boxes.map((b) => b.breadth));
    let hi = free.breadth;
    best = schedule(lo);
    for (let i = 0; i < 18 && hi / lo > 1.01; i++) {
      const mid = Math.sqrt(lo * hi);
      const r = schedule(mid);
      if (r.spread > options.maxSpread) hi = mid;
      else {
        lo = mid;
        best = r;
      }
    }
  }

  if (options.kept) {
    const kept = keep(options.kept);
    if (kept.spread <= Math.max(options.maxSpread, best.spread) * KEPT_SPREAD_SLACK) best = kept;
  }

  const layerOf = new Map<string, number>();
  const orderOf = new Map<string, number>();
  boxes.forEach((b, i) => {
    layerOf.set(b.id, best.layer[i] as number);
    orderOf.set(b.id, order[i] as number);
  });
  return {
    layerOf,
    order: orderOf,
    layers: best.layers,
    estimate: {
      breadth: best.breadth,
      depth: best.depth,
      spread: best.spread,
      bounded: best !== free,
    },
  };
}

/**
 * The boxes of an acyclic graph, each after all those it `waitsFor` (`frees[v]`: the boxes
 * waiting for v).
 */
function afterAll(waitsFor: readonly number[][], frees: readonly number[][]): number[] {
  const pending = waitsFor.map((w) => w.length);
  const queue: number[] = [];
  pending.forEach((p, v) => {
    if (p === 0) queue.push(v);
  });
  for (let qi = 0; qi < queue.length; qi++) {
    for (const w of frees[queue[qi] as number] as number[]) {
      if (--(pending[w] as number) === 0) queue.push(w);
    }
  }
  return queue;
}

/**
 * Computes the layering and hands it to ELK: each top-level box placed in its layer (see
 * placeInLayer), and top-level children in walk order. The root must
 * have `elk.layered.layering.strategy` and `elk.layered.cycleBreaking.strategy` INTERACTIVE.
 */
export function applyTreeLayering(root: ElkNode, options: TreeLayeringOptions): TreeLayering {
  const result = treeLayering(root, options);
  for (const c of root.children ?? []) {
    placeInLayer(c, result.layerOf.get(c.id) ?? 0, result.order.get(c.id) ?? 0, options.direction);
  }
  root.children?.sort((a, b) => (result.order.get(a.id) ?? 0) - (result.order.get(b.id) ?? 0));
  return result;
}

/**
 * Where ELK's INTERACTIVE layering reads a top-level box's layer: centred on the layer's line
 * along the layer axis (it merges boxes whose extents overlap there, whatever their size);
 * `rank` orders boxes within the layer. As drawn: `up` has layers going down from the top,
 * `right` going left from the right.
 */
export function placeInLayer(
  node: ElkNode,
  layer: number,
  rank: number,
  direction: 'up' | 'right',
): void {
  if (direction === 'up') {
    node.x = rank * 10;
    node.y = layer * LAYER_STEP - (node.height ?? 0) / 2;
  } else {
    node.x = -layer * LAYER_STEP - (node.width ?? 0) / 2;
    node.y = rank * 10;
  }
}
