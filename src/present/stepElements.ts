import type { FlowNode, RouteFlowEdge } from '../canvas/toFlowElements';
import { toFlowElements } from '../canvas/toFlowElements';
import { junctionId } from '../layout/elkIds';
import type { LabelLanguage, MapLayout } from '../layout/types';
import type { ArgumentMap, Tour } from '../model/types';
import { stepAndBefore } from './stepLayout';

/** Ids of everything a step's layout draws: boxes, frames, junctions and lines. */
function drawnIds(layout: MapLayout): Set<string> {
  return new Set([
    ...layout.nodes.map((b) => b.id),
    ...layout.groups.map((g) => g.id),
    ...layout.junctions.map((j) => junctionId(j.relationId)),
    ...layout.edges.map((e) => e.id),
  ]);
}

/**
 * What one step of a tour draws: the whole map's elements, each hidden until its step, those
 * new in this step marked to fade in, earlier ones marked to recede. The layout is the whole
 * map's, so nothing moves while stepping.
 */
export function stepElements(
  map: ArgumentMap,
  layout: MapLayout,
  tour: Tour,
  step: number,
  labels: LabelLanguage,
): { nodes: FlowNode[]; edges: RouteFlowEdge[] } {
  const drawn = stepAndBefore(map, layout, tour, step);
  const shown = drawnIds(drawn.shown);
  const before = drawn.before ? drawnIds(drawn.before) : new Set<string>();
  const phase = (id: string) => (before.has(id) ? 'am-step--earlier' : 'am-step--current');
  const { nodes, edges } = toFlowElements(map, layout, null, labels);
  return {
    nodes: nodes.map((n): FlowNode => {
      // A group's title comes and goes with its frame.
      const frame = n.type === 'group-frame' || n.type === 'group-label';
      return {
        ...n,
        hidden: !shown.has(n.type === 'group-label' ? n.data.box.id : n.id),
        className: frame ? 'am-step--frame' : phase(n.id),
      };
    }),
    edges: edges.map(
      (e): RouteFlowEdge => ({ ...e, hidden: !shown.has(e.id), className: phase(e.id) }),
    ),
  };
}
