import { type Edge, type Node, Position } from '@xyflow/react';
import { groupLabelRect } from '../diagram/groupLabel';
import type { Highlight, HighlightRole } from '../explore/highlight';
import { junctionId } from '../layout/elkIds';
import type {
  EdgeRoute,
  GroupBox,
  Junction,
  LabelLanguage,
  MapLayout,
  NodeBox,
} from '../layout/types';
import type { ArgumentMap, ArgumentNode } from '../model/types';
import { contentBoundsOf } from './layoutFacts';

/** `lang` is the language of the drawn lines, for screen readers and hyphenation-free reading. */
export type ClaimNodeData = {
  box: NodeBox;
  node: ArgumentNode;
  lang: string;
  /** Pointed at from elsewhere (the text panel): drawn marked, not selected. */
  hovered: boolean;
  /** Its part in the selection's chains; `dim` when something else is selected. */
  role: DrawRole;
  /** Whether its reasons can be folded, and how many nodes a fold hides; null: nothing below. */
  fold: { folded: boolean; hidden: number } | null;
  /** The group this box stands for, when a whole group is drawn as one box. */
  groupBoxOf: string | null;
  /** Its text is open for editing in place. */
  editing?: boolean;
};

/** What the view knows about folding, from the visible map (see explore/visibleMap). */
export interface FoldInfo {
  collapsed: ReadonlySet<string>;
  hiddenBelow: ReadonlyMap<string, number>;
  /** group id -> id of the node drawn for it */
  groupBoxes: ReadonlyMap<string, string>;
  /** Nodes whose fold would hide something (foldableNodes); the others offer no fold. */
  foldable?: ReadonlySet<string>;
}

/** A highlight role, `dim` for what the selection leaves out, null when nothing is selected. */
export type DrawRole = HighlightRole | 'dim' | null;
export type GroupNodeData = { box: GroupBox };
export type JunctionNodeData = { junction: Junction; role: DrawRole };
export type RouteEdgeData = { route: EdgeRoute; role: DrawRole };

export type ClaimFlowNode = Node<ClaimNodeData, ArgumentNode['kind']>;
export type GroupFlowNode = Node<GroupNodeData, 'group-frame'>;
/** A group's title, a node of its own so that it stands over the lines (see GroupLabel). */
export type GroupLabelFlowNode = Node<GroupNodeData, 'group-label'>;
export type JunctionFlowNode = Node<JunctionNodeData, 'junction'>;
export type ExtentFlowNode = Node<Record<string, never>, 'extent'>;
export type FlowNode =
  | ClaimFlowNode
  | GroupFlowNode
  | GroupLabelFlowNode
  | JunctionFlowNode
  | ExtentFlowNode;
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

/** Whether a node is a claim's box: not a frame, title, junction or the hidden extent. */
export const isClaimNode = (n: FlowNode): n is ClaimFlowNode =>
  n.type !== 'group-frame' &&
  n.type !== 'group-label' &&
  n.type !== 'junction' &&
  n.type !== 'extent';

/** React Flow's default handle: 6 px and a 1 px border, centred on the box's edge. */
const HANDLE = 8;

/**
 * A box's size and its two handles (target below, source on top) as the page will measure
 * them. React Flow otherwise draws every node once, in view or not, to measure it: on a map
 * of thousands of boxes that first draw was the longest task of opening it.
 */
function preMeasured(width: number, height: number, withHandles: boolean) {
  const x = width / 2 - HANDLE / 2;
  return {
    width,
    height,
    measured: { width, height },
    handles: withHandles
      ? [
          {
            // null, as React Flow names a handle without an id: connecting looks handles up by it.
            id: null,
            type: 'target' as const,
            position: Position.Bottom,
            x,
            y: height - HANDLE / 2,
            width: HANDLE,
            height: HANDLE,
          },
          {
            id: null,
            type: 'source' as const,
            position: Position.Top,
            x,
            y: -HANDLE / 2,
            width: HANDLE,
            height: HANDLE,
          },
        ]
      : [],
  };
}

function roleOf(
  roles: Map<string, HighlightRole> | undefined,
  id: string,
  highlight: Highlight | null,
): DrawRole {
  if (!highlight) return null;
  return roles?.get(id) ?? 'dim';
}

/**
 * Everything React Flow draws, derived from the map and its layout. Nodes sit at ELK's
 * absolute positions; edges carry ELK's route so they are drawn along its bend points.
 * Given `only`, just those boxes and no frames, junctions or edges: from far away the far
 * picture draws the rest, and React Flow keeps only what the keyboard and the editor need.
 */
export function toFlowElements(
  map: ArgumentMap,
  layout: MapLayout,
  selectedNodeId: string | null,
  labels: LabelLanguage,
  hoveredNodeId: string | null = null,
  highlight: Highlight | null = null,
  folds: FoldInfo | null = null,
  only: ReadonlySet<string> | null = null,
): { nodes: FlowNode[]; edges: RouteFlowEdge[] } {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  // A node can fold when folding hides something (without that known: when reasons or
  // objections point at it), or when it is folded already.
  const canFold =
    folds?.foldable ??
    new Set(map.relations.filter((r) => r.kind !== 'continues').map((r) => r.to));
  const groupOfBox = new Map([...(folds?.groupBoxes ?? [])].map(([g, n]) => [n, g]));
  const nodes: FlowNode[] = [];
  for (const box of only ? [] : layout.groups) {
    nodes.push({
      id: box.id,
      type: 'group-frame',
      position: { x: box.x, y: box.y },
      data: { box },
      ...preMeasured(box.width, box.height, false),
      selectable: false,
      focusable: false,
      zIndex: -1,
    });
    const label = groupLabelRect(box);
    nodes.push({
      id: groupLabelId(box.id),
      type: 'group-label',
      position: { x: label.x, y: label.y },
      data: { box },
      ...preMeasured(label.width, label.height, false),
      selectable: false,
      focusable: false,
      draggable: false,
    });
  }
  for (const box of layout.nodes) {
    if (only && !only.has(box.id)) continue;
    const node = byId.get(box.id);
    if (!node) continue;
    nodes.push({
      id: box.id,
      type: node.kind,
      position: { x: box.x, y: box.y },
      data: {
        box,
        node,
        lang: labels === 'gloss' && node.gloss ? 'en' : map.source.language,
        hovered: box.id === hoveredNodeId,
        role: roleOf(highlight?.nodes, box.id, highlight),
        fold:
          folds?.collapsed.has(box.id) || canFold.has(box.id)
            ? {
                folded: folds?.collapsed.has(box.id) ?? false,
                hidden: folds?.hiddenBelow.get(box.id) ?? 0,
              }
            : null,
        groupBoxOf: groupOfBox.get(box.id) ?? null,
      },
      ...preMeasured(box.width, box.height, true),
      selected: box.id === selectedNodeId,
      ariaLabel: `${box.header}: ${node.text}`,
    });
  }
  for (const junction of only ? [] : layout.junctions) {
    nodes.push({
      id: junctionId(junction.relationId),
      type: 'junction',
      position: { x: junction.x, y: junction.y },
      data: { junction, role: roleOf(highlight?.relations, junction.relationId, highlight) },
      ...preMeasured(junction.size, junction.size, true),
      selectable: false,
      focusable: false,
    });
  }

  const edges: RouteFlowEdge[] = (only ? [] : layout.edges).map((route) => ({
    id: route.id,
    type: 'route',
    source: route.source,
    target: route.target,
    data: { route, role: roleOf(highlight?.relations, route.relationId, highlight) },
    focusable: false,
  }));
  return { nodes, edges };
}

/** Not a map id: `#` is no letter, digit or `_ . : -` (see model/fieldRules). */
const EXTENT_ID = '#extent';

/** The id of a group's title node; not a map id either. */
export const groupLabelId = (groupId: string) => `#label:${groupId}`;

/**
 * A hidden node as big as the whole drawing, lines included. From far away React Flow holds
 * only a box or two (see `only` above), and lines may run beyond the boxes: with this one among
 * them its fit still frames the whole map.
 */
export function extentNode(layout: MapLayout): ExtentFlowNode {
  const b = contentBoundsOf(layout);
  return {
    id: EXTENT_ID,
    type: 'extent',
    position: { x: b.x, y: b.y },
    data: {},
    ...preMeasured(b.width, b.height, false),
    hidden: true,
    selectable: false,
    focusable: false,
  };
}
