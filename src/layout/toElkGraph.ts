import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap, Relation } from '../model/types';
import { edgeId, junctionId } from './elkIds';
import { groupMinWidth, type MeasuredNode } from './measureNodes';
import { GROUP_STYLE, JUNCTION_SIZE, MAP_MARGIN } from './nodeStyle';
import { applyTreeLayering, type TreeLayering } from './treeLayering';
import type { LayoutOptions, Point, PreviousLayout } from './types';

/**
 * The layerings we use. NETWORK_SIMPLEX keeps edges short and crossings few;
 * LONGEST_PATH_SOURCE puts every leaf in the lowest layer, which sets groups of reasons side by
 * side and suits a small map on a wide screen (see layoutMap). TREE is computed here
 * (treeLayering.ts: depth-first order and cycle breaking along the support tree, layers bounded
 * only if the drawing would spread too far) and handed to ELK as INTERACTIVE layering; on
 * generated maps of 100-2000 nodes it has 25-30% fewer crossings than NETWORK_SIMPLEX.
 */
export type Layering = 'NETWORK_SIMPLEX' | 'LONGEST_PATH_SOURCE' | 'TREE';

/** How ELK tunes a layout to a map's size; see layoutMap for when each is used. */
export interface ElkTuning {
  layering: Layering;
  /**
   * NODES_AND_EDGES keeps the file's order of groups and reasons (reading order) most
   * faithfully, but made 1000-node maps ten times slower (npm run bench). (`NODES`, used before,
   * is no value of this ELK option: ELK ignored it, which is NONE.)
   */
  modelOrder: 'NONE' | 'NODES_AND_EDGES';
  /**
   * BRANDES_KOEPF sets reasons under their claim with straight edges, but spreads a big tree
   * far apart (1000 nodes: 7x wider than tall, 2000: 13x); SIMPLE packs each layer around the
   * centre line (1000-2000 nodes: about 2:1), with more bends.
   */
  placement?: 'BRANDES_KOEPF' | 'SIMPLE';
  /** ELK's thoroughness (its default is 7): crossing-minimisation runs; time grows with it. */
  thoroughness?: number;
  /** Seed of ELK's random start orders (its default is 1). */
  randomSeed?: number;
}

/**
 * Up to this many nodes a map keeps ELK's own layering and Brandes-Koepf placement: it still
 * fits about 4:1, and a fold keeps the boxes on screen closer to where they were (fold.test).
 */
export const MEDIUM_MAP_NODES = 120;
export const MEDIUM_MAP_TUNING: ElkTuning = {
  layering: 'NETWORK_SIMPLEX',
  modelOrder: 'NONE',
  placement: 'BRANDES_KOEPF',
};
export const LARGE_MAP_TUNING: ElkTuning = {
  layering: 'TREE',
  modelOrder: 'NONE',
  placement: 'SIMPLE',
};

/**
 * How far the tree layering lets a drawing spread along its layers before it bounds them (see
 * treeLayering): width/height up to 3.5 when the map grows downwards, at least 0.6 rightwards.
 */
const MAX_SPREAD = { up: 3.5, right: 1 / 0.6 } as const;

/** The tree layering a graph was built with (TREE tuning only), for a sketch of it. */
export const treeLayeringOf = new WeakMap<ElkNode, TreeLayering>();

/** ELK reads a semi-interactive hint as `elk.position`; it compares siblings only. */
const positionOption = (p: Point | undefined): Record<string, string> =>
  p ? { 'elk.position': `(${p.x},${p.y})` } : {};

/** A relation needs a junction when it has co-premises or when another relation targets it. */
export function relationsWithJunction(map: ArgumentMap): Set<string> {
  const relationIds = new Set(map.relations.map((r) => r.id));
  const out = new Set<string>();
  for (const r of map.relations) {
    if (r.from.length > 1) out.add(r.id);
    if (relationIds.has(r.to)) out.add(r.to);
  }
  return out;
}

/**
 * Builds the ELK graph: nodes sized by measurement, groups as compound nodes, junction nodes
 * for linked arguments and undercut targets. "Continues" edges are handed to ELK reversed so
 * the continuation lands below (or after) what it continues, like a reason would.
 *
 * `previous` holds where boxes (nodes and groups, by id) stood in the layout the reader is
 * looking at. ELK then keeps their order within each layer (semi-interactive crossing
 * minimisation), so a fold or filter closes the gap instead of reshuffling the map; the tree
 * layering keeps their layers too.
 */
export function toElkGraph(
  map: ArgumentMap,
  sizes: Map<string, MeasuredNode>,
  options: LayoutOptions,
  tuning: ElkTuning = LARGE_MAP_TUNING,
  previous?: PreviousLayout,
): ElkNode {
  const roomy = options.density === 'roomy';
  // ELK reads spacing from each node's own parent, so groups need it as well as the root.
  const spacing = {
    'elk.spacing.nodeNode': roomy ? '48' : '18',
    'elk.layered.spacing.nodeNodeBetweenLayers': roomy ? '72' : '24',
    'elk.spacing.edgeNode': '16',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  };
  const junctions = relationsWithJunction(map);
  const groupOf = new Map<string, string>();
  for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);

  const root: ElkNode = {
    id: '#root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction === 'up' ? 'UP' : 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.padding': `[top=${MAP_MARGIN},left=${MAP_MARGIN},bottom=${MAP_MARGIN},right=${MAP_MARGIN}]`,
      ...spacing,
      ...(tuning.layering === 'TREE'
        ? {
            'elk.layered.layering.strategy': 'INTERACTIVE',
            'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
            // A cheap pass after the sweeps: about 5% fewer crossings on big maps.
            'elk.layered.crossingMinimization.greedySwitchHierarchical.type': 'ONE_SIDED',
          }
        : { 'elk.layered.layering.strategy': tuning.layering }),
      'elk.layered.nodePlacement.strategy': tuning.placement ?? 'BRANDES_KOEPF',
      'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
      'elk.layered.considerModelOrder.strategy': tuning.modelOrder,
      ...(tuning.thoroughness ? { 'elk.layered.thoroughness': String(tuning.thoroughness) } : {}),
      ...(tuning.randomSeed ? { 'elk.randomSeed': String(tuning.randomSeed) } : {}),
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
      ...(previous ? { 'elk.layered.crossingMinimization.semiInteractive': 'true' } : {}),
    },
    children: [],
    edges: [],
  };

  // In the tree layering every box hangs in its layer on the side of the claims it supports.
  // ELK's default puts a box with nothing below it on the far side, so a fold (which leaves a
  // box with nothing below) made it jump across its layer, the depth of a group.
  const alignment: Record<string, string> =
    tuning.layering === 'TREE'
      ? { 'elk.alignment': options.direction === 'up' ? 'TOP' : 'RIGHT' }
      : {};
  const groupNodes = new Map<string, ElkNode>();
  for (const g of map.groups) {
    const minWidth = groupMinWidth(g.label);
    const node: ElkNode = {
      id: g.id,
      children: [],
      layoutOptions: {
        ...spacing,
        ...positionOption(previous?.centres.get(g.id)),
        ...alignment,
        'elk.padding': `[top=${GROUP_STYLE.paddingTop},left=${GROUP_STYLE.paddingSide},bottom=${GROUP_STYLE.paddingBottom},right=${GROUP_STYLE.paddingSide}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        // With INCLUDE_CHILDREN, ELK applies a compound node's minimum size transposed when
        // the layers run vertically; swap it so the frame stays as wide as its label.
        'elk.nodeSize.minimum':
          options.direction === 'up' ? `(40,${minWidth})` : `(${minWidth},40)`,
      },
    };
    groupNodes.set(g.id, node);
  }
  const containerFor = (groupId: string | undefined) =>
    (groupId && groupNodes.get(groupId)) || root;

  // Top-level children in reading order: a group takes the place of its first member, so the
  // model order ELK keeps follows the text.
  const placedGroups = new Set<string>();
  for (const n of map.nodes) {
    const size = sizes.get(n.id);
    if (!size) throw new Error(`node "${n.id}" was not measured`);
    const groupId = groupOf.get(n.id);
    const group = groupId && groupNodes.get(groupId);
    if (group && !placedGroups.has(group.id)) {
      placedGroups.add(group.id);
      root.children?.push(group);
    }
    containerFor(groupId).children?.push({
      id: n.id,
      width: size.width,
      height: size.height,
      layoutOptions: { ...positionOption(previous?.centres.get(n.id)), ...alignment },
    });
  }

  const byId = new Map(map.relations.map((r) => [r.id, r]));
  // A junction sits in the group that holds all the relation's nodes, else at the top level.
  // Follows undercut targets in a loop, each relation once: chains may be long or circular.
  const endpointsOf = (r: Relation): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let at: Relation | undefined = r; at && !seen.has(at.id); at = byId.get(at.to)) {
      seen.add(at.id);
      out.push(...at.from);
      if (!byId.has(at.to)) out.push(at.to);
    }
    return out;
  };
  for (const id of junctions) {
    const r = byId.get(id);
    if (!r) continue;
    const groups = new Set(endpointsOf(r).map((e) => groupOf.get(e)));
    const only = groups.size === 1 ? [...groups][0] : undefined;
    containerFor(only).children?.push({
      id: junctionId(id),
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
      layoutOptions: alignment,
    });
  }

  const edges = root.edges as ElkExtendedEdge[];
  const targetOf = (r: Relation) => (byId.has(r.to) ? junctionId(r.to) : r.to);
  const add = (id: string, source: string, target: string, reversed: boolean) =>
    edges.push(
      reversed
        ? { id, sources: [target], targets: [source] }
        : { id, sources: [source], targets: [target] },
    );
  for (const r of map.relations) {
    const reversed = r.kind === 'continues';
    if (junctions.has(r.id)) {
      r.from.forEach((f, i) => {
        add(edgeId(r.id, `leg${i}`), f, junctionId(r.id), reversed);
      });
      add(edgeId(r.id, 'main'), junctionId(r.id), targetOf(r), reversed);
    } else {
      add(edgeId(r.id, 'main'), r.from[0] as string, targetOf(r), reversed);
    }
  }
  if (tuning.layering === 'TREE') {
    const layering = applyTreeLayering(root, {
      direction: options.direction,
      maxSpread: MAX_SPREAD[options.direction],
      // Layers kept from the screen: the tree layering's, or ELK's own read off it (a relayout
      // of a small or medium map that keeps its boxes in place, see layoutMap).
      ...(previous?.layers ? { kept: previous.layers } : {}),
    });
    treeLayeringOf.set(root, layering);
  }
  return root;
}
