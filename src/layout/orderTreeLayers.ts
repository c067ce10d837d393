/**
 * Our own crossing minimisation for a big map's tree layering, handed to ELK as a fixed order.
 *
 * Why: ELK's layer sweep starts from random orders and keeps its own order for the bends of
 * long edges, whatever it is given; on generated 500-box maps it drew more crossings than
 * dagre on 6 of 10. Here every long edge is split into one-layer pieces through dummy boxes of
 * our own, so the order of every box and every bend is ours (orderLayers: sweeps, neighbour
 * swaps, sifting, restarts), and a group's members are ordered to face their neighbours
 * outside it (groupRows). ELK gets the boxes in that order as model order and is told to keep
 * it; it still places the boxes, lays out the groups and routes the edges. fromElkResult joins
 * the pieces of each edge again (joinEdgePieces).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { edgePieceId, layerDummyId } from './elkIds';
import { arrangeMembers, type GroupRows, groupRowsOf } from './groupRows';
import { type LayerEdge, type LayerOrder, orderLayers } from './layerOrder';
import { placeInLayer, type TreeLayering, topLevelOf } from './treeLayering';

/**
 * Restarts of the order search, spread over the graph's size: each costs about one search.
 * 6000 / vertices gives ~12 at 500 boxes (where they matter most: ten restarts cut crossings
 * by a quarter), ~5 at 1000 and 2 at 2000 (one search: ~0.25 s there).
 */
const RESTART_WORK = 6000;
const MAX_RESTARTS = 16;
/** Rounds of turning group members towards their outside neighbours, then the layers again. */
const MEMBER_ROUNDS = 2;

export interface TreeOrder {
  /** Crossings between neighbouring layers in the order handed to ELK, as we count them. */
  crossings: number;
  /** Dummy boxes added for long edges. */
  dummies: number;
}

/**
 * Rewrites `root` (built by toElkGraph with the tree layering): dummies for long edges, edges
 * split into pieces, top-level children and group members in our order, and the ELK options
 * that keep it.
 */
export function orderTreeLayers(
  root: ElkNode,
  layering: TreeLayering,
  direction: 'up' | 'right',
): TreeOrder {
  const topOf = topLevelOf(root);
  const groups = groupRowsOf(root, topOf);
  const graph = splitLongEdges(root, layering, topOf);
  const order = searchOrder(graph, groups);

  root.children = order.layers.flatMap((layer, l) =>
    layer.map((v, rank) => {
      const node = graph.nodes[v] as ElkNode;
      placeInLayer(node, l, rank, direction);
      return node;
    }),
  );
  for (const g of groups) {
    g.group.children = g.rows.flat();
    g.rows.forEach((row, r) => {
      row.forEach((m, rank) => {
        placeInLayer(m, r, rank, direction);
      });
    });
    // The rows ordered here are the group's layers (ELK would layer it by its own measure).
    g.group.layoutOptions = {
      ...g.group.layoutOptions,
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
    };
  }
  root.edges = graph.edges;
  root.layoutOptions = {
    ...root.layoutOptions,
    // Keep the order given: model order, layer by layer as ranked here.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.layered.crossingMinimization.greedySwitchHierarchical.type': 'OFF',
    // With the order fixed, more runs of ELK's sweep find nothing new: half ELK's time.
    'elk.layered.thoroughness': '1',
  };
  return { crossings: order.crossings, dummies: graph.dummies };
}

/** The top-level graph with every edge one layer long, as orderLayers takes it. */
interface SplitGraph {
  /** Top-level boxes in walk order, then the dummies. */
  nodes: ElkNode[];
  /** Each layer's vertices in their starting order. */
  layers: number[][];
  /** One-layer edges, with the group member (if any) each end is on. */
  links: { upper: number; lower: number; upperMember?: string; lowerMember?: string }[];
  /** The ELK edges: inner and one-layer edges as they were, long ones as pieces. */
  edges: ElkExtendedEdge[];
  dummies: number;
}

function splitLongEdges(
  root: ElkNode,
  layering: TreeLayering,
  topOf: ReadonlyMap<string, string>,
): SplitGraph {
  const nodes: ElkNode[] = [...(root.children ?? [])].sort(
    (a, b) => (layering.order.get(a.id) ?? 0) - (layering.order.get(b.id) ?? 0),
  );
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const layerOf = nodes.map((n) => layering.layerOf.get(n.id) ?? 0);
  // Starting rank within a layer: the walk order; a dummy just after its edge's upper box.
  const startRank = nodes.map((n) => layering.order.get(n.id) ?? 0);
  const links: SplitGraph['links'] = [];
  const link = (a: number, b: number, aMember?: string, bMember?: string) => {
    links.push(
      (layerOf[a] as number) < (layerOf[b] as number)
        ? { upper: a, lower: b, upperMember: aMember, lowerMember: bMember }
        : { upper: b, lower: a, upperMember: bMember, lowerMember: aMember },
    );
  };

  const edges: ElkExtendedEdge[] = [];
  for (const e of root.edges ?? []) {
    const source = e.sources[0] ?? '';
    const target = e.targets[0] ?? '';
    const sTop = topOf.get(source) ?? '';
    const tTop = topOf.get(target) ?? '';
    const s = index.get(sTop);
    const t = index.get(tTop);
    if (s === undefined || t === undefined || s === t) {
      edges.push(e);
      continue;
    }
    const to = layerOf[t] as number;
    const step = to > (layerOf[s] as number) ? 1 : -1;
    const upperRank = startRank[step > 0 ? s : t] as number;
    let prev = s;
    let prevMember = source === sTop ? undefined : source;
    let prevId = source;
    let piece = 0;
    for (let l = (layerOf[s] as number) + step; l !== to; l += step) {
      const dummy: ElkNode = { id: layerDummyId(e.id, l), width: 0, height: 0 };
      nodes.push(dummy);
      layerOf.push(l);
      startRank.push(upperRank + 0.5);
      link(prev, nodes.length - 1, prevMember);
      edges.push({ id: edgePieceId(e.id, piece++), sources: [prevId], targets: [dummy.id] });
      prev = nodes.length - 1;
      prevMember = undefined;
      prevId = dummy.id;
    }
    link(prev, t, prevMember, target === tTop ? undefined : target);
    edges.push(
      piece === 0 ? e : { id: edgePieceId(e.id, piece), sources: [prevId], targets: [target] },
    );
  }

  const layers: number[][] = Array.from({ length: Math.max(0, ...layerOf) + 1 }, () => []);
  layerOf.forEach((l, v) => {
    (layers[l] as number[]).push(v);
  });
  for (const layer of layers) {
    layer.sort((a, b) => (startRank[a] as number) - (startRank[b] as number));
  }
  const dummies = nodes.length - (root.children?.length ?? 0);
  return { nodes, layers, links, edges, dummies };
}

/**
 * The order search: all layers, then rounds of turning each group's members towards where
 * their outside neighbours stand and polishing the layers for the members' new places.
 */
function searchOrder(graph: SplitGraph, groups: GroupRows[]): LayerOrder {
  const memberAt = new Map<string, number>();
  for (const g of groups) for (const [id, at] of g.at) memberAt.set(id, at);
  const at = (member: string | undefined) => (member ? (memberAt.get(member) ?? 0) : 0);
  const edges = (): LayerEdge[] =>
    graph.links.map((k) => ({
      upper: k.upper,
      lower: k.lower,
      upperAt: at(k.upperMember),
      lowerAt: at(k.lowerMember),
    }));

  const restarts = Math.min(MAX_RESTARTS, Math.floor(RESTART_WORK / graph.nodes.length));
  let order = orderLayers({ layers: graph.layers, edges: edges() }, { restarts });
  for (let round = 0; round < MEMBER_ROUNDS && groups.length > 0; round++) {
    const pos = new Map<number, number>();
    for (const layer of order.layers) {
      layer.forEach((v, i) => {
        pos.set(v, i);
      });
    }
    // Where each member's outside neighbours stand (the next box along each of its edges).
    const pulls = new Map<string, number[]>();
    const pull = (member: string | undefined, other: number, otherMember: string | undefined) => {
      if (!member) return;
      const list = pulls.get(member) ?? [];
      list.push((pos.get(other) ?? 0) + at(otherMember));
      pulls.set(member, list);
    };
    for (const k of graph.links) {
      pull(k.upperMember, k.lower, k.lowerMember);
      pull(k.lowerMember, k.upper, k.upperMember);
    }
    for (const g of groups) {
      arrangeMembers(g, pulls);
      for (const [id, place] of g.at) memberAt.set(id, place);
    }
    order = orderLayers({ layers: order.layers, edges: edges() }, { polishOnly: true });
  }
  return order;
}
