/**
 * Our own crossing minimisation for a big map's tree layering, handed to ELK as a fixed order.
 *
 * Why: ELK's layer sweep starts from random orders and keeps its own order for the bends of
 * long edges, whatever it is given; on generated 500-box maps it drew more crossings than
 * dagre on 6 of 10. Here every long edge is split into one-layer pieces through dummy boxes of
 * our own, so the order of every box and every bend is ours (orderLayers: sweeps, neighbour
 * swaps, sifting, restarts), and a group's members are ordered to face their neighbours
 * outside it (groupRows). ELK gets the boxes in that order as model order and is told to keep
 * it; it still places the boxes, lays out the groups and routes the edges. An edge leaves a
 * group through a port of ours on the side facing its other end, the ports in the order of
 * those ends. fromElkResult joins the pieces of each edge again (joinEdgePieces).
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { edgePieceId, groupPortId, layerDummyId, pieceOf } from './elkIds';
import { arrangeAsShown, arrangeMembers, type GroupRows, groupRowsOf } from './groupRows';
import { keepInPlace } from './keepInPlace';
import { type LayerEdge, type LayerOrder, orderLayers } from './layerOrder';
import { type EndOnScreen, enterInOrder } from './memberPorts';
import { type OnScreen, readScreen } from './onScreen';
import { paddingOf, placeInLayer, type TreeLayering, topLevelOf } from './treeLayering';
import type { Point, PreviousLayout } from './types';

/**
 * Restarts of the order search: (RESTART_SCALE / vertices)², at most MAX_RESTARTS (vertices:
 * top-level boxes and dummies). Each costs about one search, and they pay most on maps of a
 * few hundred boxes, where ELK is quick: ~36 at 500 boxes, ~9 at 1000, 2 at 2000, none from
 * ~3000 on. On ten generated maps of each of 200, 500 and 1000 boxes that counted 19%, 7% and
 * 4% fewer crossings than the 24, 10 and 5 restarts before, for ~0.05, 0.2 and 0.2 s more.
 */
const RESTART_SCALE = 3600;
const MAX_RESTARTS = 40;
/**
 * ELK's thoroughness up to this many boxes. With the order fixed it still places what is ours
 * to leave free (the bends of edges within a group), better the more runs it makes: on ten
 * generated maps of 200 and of 300 boxes, 10 runs drew 11% and 7% fewer crossings than one,
 * for 0.1-0.2 s; at 500 boxes 1% fewer, for 0.9 s, so bigger maps get one run.
 */
const THOROUGH_UP_TO = 300;
/** Rounds of turning group members towards their outside neighbours, then the layers again. */
const MEMBER_ROUNDS = 2;

export interface TreeOrder {
  /** Crossings between neighbouring layers in the order handed to ELK, as we count them. */
  crossings: number;
  /** Dummy boxes added for long edges. */
  dummies: number;
  /** A relayout that kept every box where it stood on screen (see keepPlaces). */
  keptPlaces: boolean;
}

/**
 * Rewrites `root` (built by toElkGraph with the tree layering): dummies for long edges, edges
 * split into pieces, top-level children and group members in our order, and the ELK options
 * that keep it.
 *
 * `previous` (the boxes and lines on screen) makes it a relayout's order: the order on screen,
 * bends of long edges where their lines ran, boxes new to it next to the box before them in
 * the walk; then only neighbour swaps and sifting where they remove crossings, so the picture
 * stays and a fold or edit leaves no crossing a local move would undo. ELK's semi-interactive
 * sweep, used before, kept the order of boxes but not of the bends: a 300-box map laid out
 * again as it stood went from 53 crossings to 68 (now 44), and fifteen folds on five such maps
 * drew 808 crossings (now 550), with about as many neighbours swapped (1-3%).
 */
export function orderTreeLayers(
  root: ElkNode,
  layering: TreeLayering,
  direction: 'up' | 'right',
  previous?: PreviousLayout,
): TreeOrder {
  const topOf = topLevelOf(root);
  const boxes = boxCount(root);
  const groups = groupRowsOf(root, topOf);
  const graph = splitLongEdges(root, layering, topOf, direction, previous);
  if (graph.screen) {
    for (const g of groups) arrangeAsShown(g, placesOnScreen(g, graph.screen));
  }
  const order = graph.screen ? polishOrder(graph, groups) : searchOrder(graph, groups);
  // The screen, when the relayout keeps every box where it stood on it.
  const keep = previous && graph.screen && littleChanged(graph, previous) ? graph.screen : null;

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
      ...(previous ? { 'elk.layered.crossingMinimization.semiInteractive': 'true' } : {}),
    };
  }
  root.edges = [...graph.inner, ...edgesThroughPorts(graph, order, groups, topOf, direction)];
  if (previous) enterInOrder(root.edges, groups, direction, endsOnScreen(previous, direction));
  // ELK's semi-interactive hints (toElkGraph: where each box stood) are for its own sweep,
  // which orders only the groups' insides here: on a relayout it keeps the members' order as
  // shown where it can. A 100-box map laid out again as it stood (memberPorts in place): of 246
  // pairs of boxes side by side in a layer, 3 swapped without the hints, none with them.
  const hinted = previous ? [] : groups.flatMap((g) => g.group.children ?? []);
  for (const node of [...root.children, ...hinted]) {
    if (node.layoutOptions) delete node.layoutOptions['elk.position'];
  }
  if (keep) keepPlaces(root, graph, order, groups, direction, keep);
  root.layoutOptions = {
    ...root.layoutOptions,
    'elk.layered.crossingMinimization.semiInteractive': 'false',
    // Keep the order given: model order, layer by layer as ranked here.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.layered.crossingMinimization.greedySwitchHierarchical.type': 'OFF',
    'elk.layered.thoroughness': boxes <= THOROUGH_UP_TO ? '10' : '1',
  };
  return { crossings: order.crossings, dummies: graph.dummies, keptPlaces: keep !== null };
}

/** The map's boxes in an ELK graph: no group, no junction (ids of ours start with `#`). */
function boxCount(root: ElkNode): number {
  let count = 0;
  for (const c of root.children ?? []) {
    if (c.children?.length) count += c.children.filter((k) => !k.id.startsWith('#')).length;
    else if (!c.id.startsWith('#')) count++;
  }
  return count;
}

/** The top-level graph with every edge one layer long, as orderLayers takes it. */
interface SplitGraph {
  /** Top-level boxes in walk order, then the dummies. */
  nodes: ElkNode[];
  /** Each layer's vertices in their starting order. */
  layers: number[][];
  /** One-layer edges, with the group member (if any) each end is on. */
  links: { upper: number; lower: number; upperMember?: string; lowerMember?: string }[];
  /** Edges inside one top-level box (a group's inner edges), as they were. */
  inner: ElkExtendedEdge[];
  /** Every other edge as its one-layer hops, from its source on; each hop is one link. */
  chains: { edge: ElkExtendedEdge; hops: Hop[] }[];
  dummies: number;
  /** A relayout's picture on screen, read for these layers. */
  screen?: OnScreen;
  /** Each vertex's starting place in its layer: its walk rank, or where it stood on screen. */
  start: number[];
}

/** One layer's step of an edge: between ELK ids (boxes, members or dummies). */
interface Hop {
  from: string;
  to: string;
  link: number;
}

function splitLongEdges(
  root: ElkNode,
  layering: TreeLayering,
  topOf: ReadonlyMap<string, string>,
  direction: 'up' | 'right',
  previous?: PreviousLayout,
): SplitGraph {
  const nodes: ElkNode[] = [...(root.children ?? [])].sort(
    (a, b) => (layering.order.get(a.id) ?? 0) - (layering.order.get(b.id) ?? 0),
  );
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const layerOf = nodes.map((n) => layering.layerOf.get(n.id) ?? 0);
  // Starting rank within a layer: the walk order, or the place on screen (a box new there just
  // after the box before it in the walk); a dummy just after its edge's upper box, or where
  // its line passed on screen.
  const screen =
    previous &&
    readScreen(
      previous,
      direction,
      nodes.map((n) => n.id),
      layerOf,
    );
  const nearby = screen && shownNeighbours(root, screen);
  let last = 0;
  const startRank = nodes.map((n) => {
    if (!screen) return layering.order.get(n.id) ?? 0;
    last = screen.along(n.id) ?? nearby?.(n) ?? last + 1e-3;
    return last;
  });
  const links: SplitGraph['links'] = [];
  const link = (a: number, b: number, aMember?: string, bMember?: string) => {
    links.push(
      (layerOf[a] as number) < (layerOf[b] as number)
        ? { upper: a, lower: b, upperMember: aMember, lowerMember: bMember }
        : { upper: b, lower: a, upperMember: bMember, lowerMember: aMember },
    );
  };

  const inner: ElkExtendedEdge[] = [];
  const chains: SplitGraph['chains'] = [];
  for (const e of root.edges ?? []) {
    const source = e.sources[0] ?? '';
    const target = e.targets[0] ?? '';
    const sTop = topOf.get(source) ?? '';
    const tTop = topOf.get(target) ?? '';
    const s = index.get(sTop);
    const t = index.get(tTop);
    if (s === undefined || t === undefined || s === t) {
      inner.push(e);
      continue;
    }
    const to = layerOf[t] as number;
    const step = to > (layerOf[s] as number) ? 1 : -1;
    const upperRank = startRank[step > 0 ? s : t] as number;
    // An edge new to the screen starts its bends on the straight line between its ends.
    const from = layerOf[s] as number;
    const dummyRank = (l: number) =>
      screen
        ? (screen.lineAt(e.id, l) ??
          (startRank[s] as number) +
            (((startRank[t] as number) - (startRank[s] as number)) * (l - from)) / (to - from))
        : upperRank + 0.5;
    const hops: Hop[] = [];
    let prev = s;
    let prevMember = source === sTop ? undefined : source;
    let prevId = source;
    for (let l = (layerOf[s] as number) + step; l !== to; l += step) {
      const dummy: ElkNode = { id: layerDummyId(e.id, l), width: 0, height: 0 };
      nodes.push(dummy);
      layerOf.push(l);
      startRank.push(dummyRank(l));
      hops.push({ from: prevId, to: dummy.id, link: links.length });
      link(prev, nodes.length - 1, prevMember);
      prev = nodes.length - 1;
      prevMember = undefined;
      prevId = dummy.id;
    }
    hops.push({ from: prevId, to: target, link: links.length });
    link(prev, t, prevMember, target === tTop ? undefined : target);
    chains.push({ edge: e, hops });
  }

  const layers: number[][] = Array.from({ length: Math.max(0, ...layerOf) + 1 }, () => []);
  layerOf.forEach((l, v) => {
    (layers[l] as number[]).push(v);
  });
  for (const layer of layers) {
    layer.sort((a, b) => (startRank[a] as number) - (startRank[b] as number));
  }
  const dummies = nodes.length - (root.children?.length ?? 0);
  return { nodes, layers, links, inner, chains, dummies, screen, start: startRank };
}

/**
 * The order search: all layers, then rounds of turning each group's members towards where
 * their outside neighbours stand and polishing the layers for the members' new places.
 */
function searchOrder(graph: SplitGraph, groups: GroupRows[]): LayerOrder {
  const memberAt = memberPlacesOf(groups);
  const at = (member: string | undefined) => (member ? (memberAt.get(member) ?? 0) : 0);
  const edges = () => layerEdgesOf(graph, memberAt);

  const restarts = Math.min(MAX_RESTARTS, Math.floor((RESTART_SCALE / graph.nodes.length) ** 2));
  let order = orderLayers({ layers: graph.layers, edges: edges() }, { restarts });
  for (let round = 0; round < MEMBER_ROUNDS && groups.length > 0; round++) {
    const pos = ranksOf(order.layers);
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

/**
 * For a box new to the screen (an opened node's reasons, a new statement), the mean place of
 * the nearest boxes on screen it is linked to (through its members too, and through other new
 * boxes): where a reader looks for it.
 */
function shownNeighbours(root: ElkNode, screen: OnScreen): (node: ElkNode) => number | undefined {
  const linked = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = linked.get(a);
    if (list) list.push(b);
    else linked.set(a, [b]);
  };
  for (const e of root.edges ?? []) {
    const [s, t] = [e.sources[0] ?? '', e.targets[0] ?? ''];
    link(s, t);
    link(t, s);
  }
  return (node) => {
    // Ring by ring outwards until one holds a box on screen.
    let ring = [node.id, ...(node.children ?? []).map((m) => m.id)];
    const seen = new Set(ring);
    for (let step = 0; step < NEARBY_STEPS && ring.length > 0; step++) {
      const next = ring.flatMap((id) => linked.get(id) ?? []).filter((id) => !seen.has(id));
      for (const id of next) seen.add(id);
      const places = next.flatMap((id) => screen.along(id) ?? []);
      if (places.length > 0) return places.reduce((a, b) => a + b, 0) / places.length;
      ring = next;
    }
    return undefined;
  };
}

/** How many links away a new box looks for boxes on screen to stand near. */
const NEARBY_STEPS = 4;

/**
 * Share of the boxes that must carry over, both of the screen and of the new map, for a
 * relayout to keep every box in place (keepPlaces). Past that (a filter showing a different
 * part, a big subtree folded or opened) the map is placed anew: kept places would leave wide
 * gaps or push whole layers aside.
 */
const KEEP_PLACES_FROM = 0.75;

/** Whether the map changed little since the screen: most boxes on both. */
function littleChanged(graph: SplitGraph, previous: PreviousLayout): boolean {
  const ids = graph.nodes
    .flatMap((n) => (n.children ? n.children : [n]))
    .filter((n) => !n.id.startsWith('#'))
    .map((n) => n.id);
  return mostCarryOver(ids, previous);
}

/**
 * Whether most boxes (`ids`: the new map's nodes) carry over from the screen, both of the
 * screen's boxes and of the new map's (KEEP_PLACES_FROM): a box stood there, or, for a group's
 * stand-in, its frame. Frames and junctions are no boxes of the screen.
 */
export function mostCarryOver(ids: readonly string[], previous: PreviousLayout): boolean {
  const shown = ids.filter((id) => previous.centres.has(id)).length;
  const before = [...previous.centres.keys()].filter(
    (id) => !id.startsWith('#') && !previous.frames?.has(id),
  ).length;
  return shown >= KEEP_PLACES_FROM * ids.length && shown >= KEEP_PLACES_FROM * before;
}

/**
 * Keeps every box of a relayout where it stood on screen, boxes new there near the boxes they
 * link to (see shownNeighbours): ELK's interactive placement takes the places given, worked
 * out here layer by layer (keepInPlace), so a box pushed aside shares the move with its
 * neighbour and nothing else shifts. ELK's own placement centres each layer anew, which moved
 * boxes far from a fold: a 500-box map's boxes around an opened node by up to 750 px.
 */
function keepPlaces(
  root: ElkNode,
  graph: SplitGraph,
  order: LayerOrder,
  groups: readonly GroupRows[],
  direction: 'up' | 'right',
  screen: OnScreen,
): void {
  const up = direction === 'up';
  const gap = Number(root.layoutOptions?.['elk.spacing.nodeNode'] ?? 18);
  const sizeOf = (n: ElkNode) => (up ? n.width : n.height) ?? 0;
  const setStart = (n: ElkNode, at: number) => {
    if (up) n.x = at;
    else n.y = at;
  };
  // A group stands where its members stood, as broad as their rows (ELK lays out its inside
  // anew: kept places there routed the edges through the frame's corner, and grew the frame).
  const groupAt = new Map<string, { centre: number; size: number }>();
  for (const g of groups) {
    const pad = paddingOf(g.group);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const row of g.rows) {
      let last = screen.along(g.group.id) ?? 0;
      const wanted = row.map((m) => {
        last = screen.along(m.id) ?? last + 1e-3;
        return last;
      });
      keepInPlace(wanted, row.map(sizeOf), gap).forEach((at, i) => {
        lo = Math.min(lo, at);
        hi = Math.max(hi, at + sizeOf(row[i] as ElkNode));
      });
    }
    if (lo > hi) continue;
    const [from, to] = up ? [lo - pad.left, hi + pad.right] : [lo - pad.top, hi + pad.bottom];
    groupAt.set(g.group.id, { centre: (from + to) / 2, size: to - from });
  }
  for (const layer of order.layers) {
    const nodes = layer.map((v) => graph.nodes[v] as ElkNode);
    const wanted = layer.map(
      (v, i) => groupAt.get(nodes[i]?.id ?? '')?.centre ?? (graph.start[v] as number),
    );
    const sizes = nodes.map((n) => groupAt.get(n.id)?.size ?? sizeOf(n));
    keepInPlace(wanted, sizes, gap).forEach((at, i) => {
      setStart(nodes[i] as ElkNode, at);
    });
  }
  root.layoutOptions = {
    ...root.layoutOptions,
    'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
  };
}

/** A relayout's order: the starting order (the one on screen), polished. */
function polishOrder(graph: SplitGraph, groups: readonly GroupRows[]): LayerOrder {
  const edges = layerEdgesOf(graph, memberPlacesOf(groups));
  return orderLayers({ layers: graph.layers, edges }, { polishOnly: true });
}

/** The links as orderLayers takes them: an end on a group member at that member's place. */
function layerEdgesOf(graph: SplitGraph, memberAt: ReadonlyMap<string, number>): LayerEdge[] {
  const at = (member: string | undefined) => (member ? (memberAt.get(member) ?? 0) : 0);
  return graph.links.map((k) => ({
    upper: k.upper,
    lower: k.lower,
    upperAt: at(k.upperMember),
    lowerAt: at(k.lowerMember),
  }));
}

/** Where each member of a group stood along the layers, if it was shown. */
function placesOnScreen(g: GroupRows, screen: OnScreen): Map<string, number> {
  const places = new Map<string, number>();
  for (const m of g.rows.flat()) {
    const x = screen.along(m.id);
    if (x !== undefined) places.set(m.id, x);
  }
  return places;
}

/** Each vertex's place in its layer. */
function ranksOf(layers: readonly (readonly number[])[]): Map<number, number> {
  const rank = new Map<number, number>();
  for (const layer of layers) {
    layer.forEach((v, i) => {
      rank.set(v, i);
    });
  }
  return rank;
}

/** Each group member's place along its group's side (see groupRows). */
function memberPlacesOf(groups: readonly GroupRows[]): Map<string, number> {
  const places = new Map<string, number>();
  for (const g of groups) for (const [id, at] of g.at) places.set(id, at);
  return places;
}

/**
 * The ELK edges of every chain, and a port on a group's side wherever an edge leaves a member:
 * ELK orders the ports as given (FIXED_ORDER), by where the edge's other end stands, so each
 * edge leaves the group where our order counted it; left to itself, ELK chose those places and
 * drew about twice the crossings counted here.
 */
function edgesThroughPorts(
  graph: SplitGraph,
  order: LayerOrder,
  groups: readonly GroupRows[],
  topOf: ReadonlyMap<string, string>,
  direction: 'up' | 'right',
): ElkExtendedEdge[] {
  const pos = ranksOf(order.layers);
  const memberAt = memberPlacesOf(groups);
  const groupOf = new Map(groups.map((g) => [g.group.id, g.group]));
  const ports = new Map<
    string,
    { port: ElkPort; key: [number, number]; towards: 'above' | 'below' }[]
  >();
  /** A port on the member's group for the hop's link, facing the link's other end. */
  const portFor = (member: string, hop: Hop, id: string): string => {
    const k = graph.links[hop.link] as SplitGraph['links'][number];
    const lower = k.lowerMember === member;
    const other = lower ? k.upper : k.lower;
    const otherAt = memberAt.get((lower ? k.upperMember : k.lowerMember) ?? '') ?? 0;
    const group = topOf.get(member) ?? '';
    const list = ports.get(group) ?? [];
    list.push({
      port: { id, width: 0, height: 0 },
      key: [(pos.get(other) ?? 0) + otherAt, memberAt.get(member) ?? 0],
      towards: lower ? 'above' : 'below',
    });
    ports.set(group, list);
    return id;
  };
  const edges: ElkExtendedEdge[] = [];
  for (const { edge, hops } of graph.chains) {
    const pieces: [string, string][] = [];
    hops.forEach((hop, h) => {
      const fromMember = h === 0 && groupOf.has(topOf.get(hop.from) ?? '') ? hop.from : null;
      const toMember =
        h === hops.length - 1 && groupOf.has(topOf.get(hop.to) ?? '') ? hop.to : null;
      let from = hop.from;
      if (fromMember) {
        const port = portFor(fromMember, hop, groupPortId(edge.id, 's'));
        pieces.push([fromMember, port]);
        from = port;
      }
      if (toMember) {
        const port = portFor(toMember, hop, groupPortId(edge.id, 't'));
        pieces.push([from, port]);
        pieces.push([port, toMember]);
      } else pieces.push([from, hop.to]);
    });
    if (pieces.length === 1) edges.push(edge);
    else
      pieces.forEach(([from, to], k) => {
        edges.push({ id: edgePieceId(edge.id, k), sources: [from], targets: [to] });
      });
  }
  // ELK numbers ports clockwise from the top left corner: along the top left to right, down
  // the right side, along the bottom right to left, up the left side.
  const [first, second] =
    direction === 'up' ? (['NORTH', 'SOUTH'] as const) : (['EAST', 'WEST'] as const);
  for (const [groupId, list] of ports) {
    const group = groupOf.get(groupId) as ElkNode;
    const byKey = (a: (typeof list)[number], b: (typeof list)[number]) =>
      a.key[0] - b.key[0] || a.key[1] - b.key[1];
    const above = list.filter((p) => p.towards === 'above').sort(byKey);
    const below = list
      .filter((p) => p.towards === 'below')
      .sort(byKey)
      .reverse();
    group.ports = [
      ...above.map((p) => ({ ...p.port, layoutOptions: { 'elk.port.side': first } })),
      ...below.map((p) => ({ ...p.port, layoutOptions: { 'elk.port.side': second } })),
    ].map((p, i) => ({ ...p, layoutOptions: { ...p.layoutOptions, 'elk.port.index': String(i) } }));
    group.layoutOptions = { ...group.layoutOptions, 'elk.portConstraints': 'FIXED_ORDER' };
  }
  return edges;
}

/** Where each edge (or the edge a piece belongs to) ended on screen at `target`, along its side. */
function endsOnScreen(previous: PreviousLayout, direction: 'up' | 'right'): EndOnScreen {
  return (edge, target) => {
    const route = previous.routes?.get(pieceOf(edge.id)?.edge ?? edge.id);
    const centre = previous.centres.get(target);
    const [first, last] = [route?.[0], route?.[route.length - 1]];
    if (!first || !last || !centre) return undefined;
    // Routes run in reading order: a "continues" edge, handed to ELK reversed, ends first.
    const far = (p: Point) => Math.hypot(p.x - centre.x, p.y - centre.y);
    const end = far(first) < far(last) ? first : last;
    return direction === 'up' ? end.x : end.y;
  };
}
