import type { FlowNode, RouteFlowEdge } from '../canvas/toFlowElements';
import { toFlowElements } from '../canvas/toFlowElements';
import type { LabelLanguage, MapLayout } from '../layout/types';
import type { ArgumentMap, Tour } from '../model/types';
import { revealedThrough, shownRelations } from '../tour/tourSteps';

/**
 * What one step of a tour draws: the whole map's elements, each hidden until its step, those
 * of the current step marked to fade in, earlier ones marked to recede. The layout is the
 * whole map's, so nothing moves while stepping.
 */
export function stepElements(
  map: ArgumentMap,
  layout: MapLayout,
  tour: Tour,
  step: number,
  labels: LabelLanguage,
): { nodes: FlowNode[]; edges: RouteFlowEdge[] } {
  const revealed = revealedThrough(tour, step);
  const current = new Set(tour.steps[step]?.nodes ?? []);
  const before = step > 0 ? revealedThrough(tour, step - 1) : new Set<string>();
  const relations = shownRelations(map, revealed).relations;
  const relationsBefore = shownRelations(map, before).relations;
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  const groupOf = new Map<string, string>();
  for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);
  const shownGroups = new Set([...revealed].map((id) => groupOf.get(id)));
  const phase = (isNew: boolean) => (isNew ? 'am-step--current' : 'am-step--earlier');

  const { nodes, edges } = toFlowElements(map, layout, null, labels);
  return {
    nodes: nodes.map((n): FlowNode => {
      if (n.type === 'group-frame')
        return { ...n, hidden: !shownGroups.has(n.id), className: 'am-step--frame' };
      if (n.type === 'junction') {
        const id = n.data.junction.relationId;
        return { ...n, hidden: !relations.has(id), className: phase(!relationsBefore.has(id)) };
      }
      return { ...n, hidden: !revealed.has(n.id), className: phase(current.has(n.id)) };
    }),
    edges: edges.map((e): RouteFlowEdge => {
      const route = e.data?.route;
      const relation = route && byId.get(route.relationId);
      // A leg of a linked argument shows once its own premise is revealed.
      const shown = Boolean(
        relation && relations.has(relation.id) && (route.part === 'main' || revealed.has(e.source)),
      );
      const old = Boolean(
        relation &&
          relationsBefore.has(relation.id) &&
          (route.part === 'main' || before.has(e.source)),
      );
      return { ...e, hidden: !shown, className: phase(!old) };
    }),
  };
}
