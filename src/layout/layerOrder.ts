/**
 * Orders the boxes within each layer of a layered graph so that few edges cross: the classic
 * layer-by-layer sweep (Sugiyama; Gansner et al., as in dot and dagre). Each sweep sorts one
 * layer at a time by the mean position of its neighbours in the layer just fixed, downwards and
 * upwards in turn; after each sweep, neighbours in a layer swap where that removes crossings
 * (transpose). The best order seen is kept; it stops once eight sweeps in a row bring nothing,
 * and sifting then moves each box to its best place in its layer. Restarts from the best order
 * so far, shaken a little, keep the best of all (an iterated local search).
 *
 * Plain numbers only: vertices are 0..n-1, every edge joins neighbouring layers (long edges
 * are split beforehand; see orderTreeLayers.ts). Pure: the input is not changed.
 */
import { createRandom } from './seededRandom';

export interface LayeredGraph {
  /** Vertices of each layer, in their starting order. */
  layers: readonly (readonly number[])[];
  /** Edges, each between a vertex and one in the next layer down. */
  edges: readonly LayerEdge[];
}

/**
 * `upperAt` and `lowerAt` place the edge's ends within their vertices, between -0.5 (left edge)
 * and 0.5 (right edge), 0 by default: a group's members are ports along its side, and edges to
 * two members of one group cross if their other ends come in the other order.
 */
export interface LayerEdge {
  upper: number;
  lower: number;
  upperAt?: number;
  lowerAt?: number;
}

export interface LayerOrder {
  layers: number[][];
  /** Crossings of the edges between neighbouring layers, in this order. */
  crossings: number;
}

/** Sweeps in a row that find no better order before the search stops. */
const PATIENCE = 8;
/** Most sweeps in all. */
const MAX_SWEEPS = 48;
/** Most passes of neighbour swaps after a sweep, and of sifting at the end. */
const MAX_PASSES = 8;
const MAX_SIFT_PASSES = 4;

export interface OrderOptions {
  /**
   * Searches again from the best order so far with neighbours swapped at random, this many
   * times, keeping the best. The sweeps settle in the first local optimum they meet (down and
   * up sweeps undo each other); a shaken start finds other optima near a good one. On ten
   * generated maps each of 200, 500 and 1000 boxes, at 10-20 restarts, this found 3-10% fewer
   * crossings than starting every other restart from a shuffle.
   */
  restarts?: number;
  /** Seed of the shakes: the same graph gets the same order every time. */
  seed?: number;
  /**
   * Only improve the given order locally (neighbour swaps and sifting), no sweeps: for an order
   * already searched whose edge ends moved a little.
   */
  polishOnly?: boolean;
}

export function orderLayers(graph: LayeredGraph, options: OrderOptions = {}): LayerOrder {
  const adjacency = adjacencyOf(graph);
  if (options.polishOnly) return polish(graph.layers, adjacency);
  let best = sweepFrom(graph.layers, adjacency);
  const random = createRandom(options.seed ?? 1);
  for (let r = 0; r < (options.restarts ?? 0) && best.crossings > 0; r++) {
    const found = sweepFrom(
      best.layers.map((layer) => shake([...layer], random)),
      adjacency,
    );
    if (found.crossings < best.crossings) best = found;
  }
  return best;
}

/** Crossings of the edges between neighbouring layers in a given order. */
export function crossingsOf(graph: LayeredGraph): number {
  const adjacency = adjacencyOf(graph);
  const pos = new Float64Array(adjacency.above.other.length);
  placeAll(graph.layers, pos);
  return totalCrossings(graph.layers, adjacency, pos);
}

/** Each vertex's edges to one side: the other end and where on it the edge ends. */
interface Side {
  other: number[][];
  otherAt: number[][];
  /** Where on this vertex each edge ends. */
  ownAt: number[][];
}

interface Adjacency {
  above: Side;
  below: Side;
}

function adjacencyOf(graph: LayeredGraph): Adjacency {
  let n = 0;
  for (const layer of graph.layers) for (const v of layer) n = Math.max(n, v + 1);
  const side = (): Side => ({
    other: Array.from({ length: n }, () => []),
    otherAt: Array.from({ length: n }, () => []),
    ownAt: Array.from({ length: n }, () => []),
  });
  const above = side();
  const below = side();
  for (const e of graph.edges) {
    const ua = onGrid(e.upperAt ?? 0);
    const la = onGrid(e.lowerAt ?? 0);
    (below.other[e.upper] as number[]).push(e.lower);
    (below.otherAt[e.upper] as number[]).push(la);
    (below.ownAt[e.upper] as number[]).push(ua);
    (above.other[e.lower] as number[]).push(e.upper);
    (above.otherAt[e.lower] as number[]).push(ua);
    (above.ownAt[e.lower] as number[]).push(la);
  }
  return { above, below };
}

/**
 * Edge ends snapped to 1/1024 of a box: position plus offset is then exact in floating point,
 * so two ends compare the same wherever their boxes stand (1 + 5e-324 is 1, 0 + 5e-324 is not).
 */
function onGrid(at: number): number {
  return Math.round(at * 1024) / 1024;
}

function placeAll(layers: readonly (readonly number[])[], pos: Float64Array): void {
  for (const layer of layers) {
    layer.forEach((v, i) => {
      pos[v] = i;
    });
  }
}

/** Sweeps from one starting order until they stop helping, then sifts; the best order seen. */
function sweepFrom(start: readonly (readonly number[])[], adjacency: Adjacency): LayerOrder {
  const { above, below } = adjacency;
  const layers = start.map((l) => [...l]);
  const pos = new Float64Array(above.other.length);
  placeAll(layers, pos);

  const count = () => totalCrossings(layers, adjacency, pos);
  let bestCrossings = count();
  let best = layers.map((l) => [...l]);
  let stale = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS && stale < PATIENCE && bestCrossings > 0; sweep++) {
    const downwards = sweep % 2 === 0;
    // Ties go left in two sweeps, right in the next two, as dagre does: it unsticks ties.
    const biasRight = sweep % 4 >= 2;
    if (downwards) {
      for (let l = 1; l < layers.length; l++)
        sortByMean(layers[l] as number[], above, pos, biasRight);
    } else {
      for (let l = layers.length - 2; l >= 0; l--) {
        sortByMean(layers[l] as number[], below, pos, biasRight);
      }
    }
    transpose(layers, adjacency, pos);
    const c = count();
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((l) => [...l]);
      stale = 0;
    } else stale++;
  }
  return polish(best, adjacency);
}

/** Neighbour swaps and sifting from a given order, until they stop moving anything. */
function polish(start: readonly (readonly number[])[], adjacency: Adjacency): LayerOrder {
  const layers = start.map((l) => [...l]);
  const pos = new Float64Array(adjacency.above.other.length);
  placeAll(layers, pos);
  transpose(layers, adjacency, pos);
  for (let pass = 0; pass < MAX_SIFT_PASSES; pass++) {
    if (!sift(layers, adjacency, pos)) break;
  }
  return { layers, crossings: totalCrossings(layers, adjacency, pos) };
}

/**
 * Sorts a layer by the mean position of each vertex's neighbours in `fixed`; a vertex with no
 * such neighbour keeps its slot, the others fill the remaining slots in order of their mean.
 */
function sortByMean(layer: number[], fixed: Side, pos: Float64Array, biasRight: boolean): void {
  const movable: { v: number; mean: number; at: number }[] = [];
  const stays: boolean[] = [];
  layer.forEach((v, at) => {
    const ns = fixed.other[v] as number[];
    if (ns.length === 0) {
      stays[at] = true;
      return;
    }
    const offsets = fixed.otherAt[v] as number[];
    let sum = 0;
    ns.forEach((u, i) => {
      sum += (pos[u] as number) + (offsets[i] as number);
    });
    movable.push({ v, mean: sum / ns.length, at });
  });
  movable.sort((a, b) => a.mean - b.mean || (biasRight ? b.at - a.at : a.at - b.at));
  let next = 0;
  for (let at = 0; at < layer.length; at++) {
    if (!stays[at]) layer[at] = (movable[next++] as { v: number }).v;
  }
  layer.forEach((v, i) => {
    pos[v] = i;
  });
}

/** Crossings among the edges of two vertices of a layer, with each one left of the other. */
interface PairCost {
  /** u left of w. */
  uw: number;
  /** w left of u. */
  wu: number;
}

/** Adds up the crossings among the edges of u and of w to one side, both ways round. */
function addPairCost(u: number, w: number, side: Side, pos: Float64Array, cost: PairCost): void {
  const us = side.other[u] as number[];
  const ws = side.other[w] as number[];
  if (us.length === 0 || ws.length === 0) return;
  const uAt = side.otherAt[u] as number[];
  const wAt = side.otherAt[w] as number[];
  for (let i = 0; i < us.length; i++) {
    const x = (pos[us[i] as number] as number) + (uAt[i] as number);
    for (let j = 0; j < ws.length; j++) {
      const y = (pos[ws[j] as number] as number) + (wAt[j] as number);
      if (x > y) cost.uw++;
      else if (x < y) cost.wu++;
    }
  }
}

function pairCost(u: number, w: number, adjacency: Adjacency, pos: Float64Array): PairCost {
  const cost = { uw: 0, wu: 0 };
  addPairCost(u, w, adjacency.above, pos, cost);
  addPairCost(u, w, adjacency.below, pos, cost);
  return cost;
}

/** Swaps neighbouring vertices of a layer while that lowers the crossings next to them. */
function transpose(layers: number[][], adjacency: Adjacency, pos: Float64Array): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const layer of layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i] as number;
        const w = layer[i + 1] as number;
        const cost = pairCost(u, w, adjacency, pos);
        if (cost.wu < cost.uw) {
          layer[i] = w;
          layer[i + 1] = u;
          pos[w] = i;
          pos[u] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

/**
 * Sifting (Matuszewski, Schoenfeld and Molitor): each vertex in turn moves to the place in its
 * layer where its edges cross the fewest others, with everything else where it is. It frees
 * what the sweeps leave stuck. True if it moved any.
 */
function sift(layers: number[][], adjacency: Adjacency, pos: Float64Array): boolean {
  let moved = false;
  for (const layer of layers) {
    if (layer.length < 2) continue;
    for (const v of [...layer]) {
      const from = pos[v] as number;
      const others = layer.filter((u) => u !== v);
      const costs = others.map((u) => pairCost(v, u, adjacency, pos));
      // v placed before all others stands left of each; moving it past u trades uw for wu.
      let here = 0;
      for (const c of costs) here += c.uw;
      let bestAt = 0;
      let bestCost = here;
      let fromCost = here;
      for (let i = 0; i < costs.length; i++) {
        const c = costs[i] as PairCost;
        here += c.wu - c.uw;
        if (i + 1 === from) fromCost = here;
        if (here < bestCost) {
          bestCost = here;
          bestAt = i + 1;
        }
      }
      if (bestCost >= fromCost) continue;
      others.splice(bestAt, 0, v);
      others.forEach((u, i) => {
        layer[i] = u;
        pos[u] = i;
      });
      moved = true;
    }
  }
  return moved;
}

/** Swaps about every third pair of neighbours. */
function shake<T>(items: T[], random: () => number): T[] {
  for (let i = 0; i + 1 < items.length; i++) {
    if (random() < 0.3) [items[i], items[i + 1]] = [items[i + 1] as T, items[i] as T];
  }
  return items;
}

/** All crossings between neighbouring layers, with the positions in `pos`. */
function totalCrossings(
  layers: readonly (readonly number[])[],
  adjacency: Adjacency,
  pos: Float64Array,
): number {
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    total += crossingsBelow(layers[l] as readonly number[], adjacency.below, pos);
  }
  return total;
}

/**
 * Crossings between one layer and the next: edges listed by upper end, left to right, then by
 * lower end; each crosses those listed before it whose lower end lies further right (counted
 * with a Fenwick tree over the lower ends' ranks: Barth, Juenger and Mutzel, O(e log e)).
 */
function crossingsBelow(upper: readonly number[], below: Side, pos: Float64Array): number {
  const ends: { top: number; bottom: number }[] = [];
  for (const v of upper) {
    const others = below.other[v] as number[];
    const otherAt = below.otherAt[v] as number[];
    const ownAt = below.ownAt[v] as number[];
    others.forEach((w, i) => {
      ends.push({
        top: (pos[v] as number) + (ownAt[i] as number),
        bottom: (pos[w] as number) + (otherAt[i] as number),
      });
    });
  }
  if (ends.length < 2) return 0;
  ends.sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  // Ranks of the lower ends; equal ends share a rank (edges meeting there do not cross).
  const values = [...new Set(ends.map((e) => e.bottom))].sort((a, b) => a - b);
  const rank = new Map(values.map((x, i) => [x, i]));
  const tree = new Int32Array(values.length + 1);
  let crossings = 0;
  ends.forEach((e, seen) => {
    const r = (rank.get(e.bottom) as number) + 1;
    let notRightOf = 0;
    for (let k = r; k > 0; k -= k & -k) notRightOf += tree[k] as number;
    crossings += seen - notRightOf;
    for (let k = r; k < tree.length; k += k & -k) tree[k] = (tree[k] as number) + 1;
  });
  return crossings;
}
