/**
 * The same map laid out by dagre, as a reference for the ELK pipeline. It starts from the very
 * graph the app hands ELK (toElkGraph: measured sizes, junction nodes, legs, undercut edges), so
 * both engines get identical input; only the engine differs.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { DrawnEdge } from '../../src/layout/countCrossings';
import { measureNodes } from '../../src/layout/measureNodes';
import { toElkGraph } from '../../src/layout/toElkGraph';
import type { LayoutOptions } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

export interface DagreResult {
  width: number;
  height: number;
  edges: DrawnEdge[];
}

/**
 * `compound`: groups become dagre clusters (setParent), the closest dagre has to ELK's
 * hierarchical layout; without it the groups are dropped and the graph is laid out flat.
 */
export function layoutWithDagre(
  map: ArgumentMap,
  options: LayoutOptions,
  compound: boolean,
): DagreResult {
  // The plain graph (no tree layering: it reorders children, which would change dagre's input).
  const root = toElkGraph(map, measureNodes(map, options.labels, options.language), options, {
    layering: 'NETWORK_SIMPLEX',
    modelOrder: 'NONE',
  });
  const elkOption = (key: string) => Number(root.layoutOptions?.[key]);

  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({
    compound,
    multigraph: true,
  });
  g.setGraph({
    // Edges run from reason to what it supports; BT puts the conclusion on top like ELK's UP.
    rankdir: options.direction === 'up' ? 'BT' : 'LR',
    nodesep: elkOption('elk.spacing.nodeNode'),
    ranksep: elkOption('elk.layered.spacing.nodeNodeBetweenLayers'),
    edgesep: elkOption('elk.spacing.edgeEdge'),
    marginx: 24,
    marginy: 24,
  });
  g.setDefaultEdgeLabel(() => ({}));

  const addChildren = (parent: ElkNode) => {
    for (const child of parent.children ?? []) {
      const isGroup = child.children !== undefined;
      if (isGroup && !compound) {
        addChildren(child);
        continue;
      }
      // Cluster sizes are computed by dagre from their members.
      g.setNode(
        child.id,
        isGroup ? ({} as NodeLabel) : { width: child.width ?? 0, height: child.height ?? 0 },
      );
      if (compound && parent !== root) g.setParent(child.id, parent.id);
      if (isGroup) addChildren(child);
    }
  };
  addChildren(root);
  for (const e of root.edges ?? []) {
    g.setEdge(e.sources[0] as string, e.targets[0] as string, {}, e.id);
  }

  dagre.layout(g);

  const edges: DrawnEdge[] = g.edges().map((e) => ({
    source: e.v,
    target: e.w,
    points: (g.edge(e).points ?? []).map((p) => ({ x: p.x, y: p.y })),
  }));
  const { width = 0, height = 0 } = g.graph();
  return { width, height, edges };
}
