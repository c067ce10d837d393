import type { Rect } from '../layout/bounds';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap, Tour } from '../model/types';
import { revealedThrough, shownRelations } from '../tour/tourSteps';

/**
 * The part of the whole map's layout a step shows: its revealed boxes, the relations between
 * them (a leg once its premise is revealed) and the frames of groups with a revealed member.
 * Plus the rectangle around the step's own boxes, which a preview frames.
 */
export function stepLayout(
  map: ArgumentMap,
  layout: MapLayout,
  tour: Tour,
  step: number,
): { layout: MapLayout; focus: Rect | null } {
  const revealed = revealedThrough(tour, step);
  const relations = shownRelations(map, revealed).relations;
  const groupOf = new Map<string, string>();
  for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);
  const groups = new Set([...revealed].map((id) => groupOf.get(id)));
  const current = new Set(tour.steps[step]?.nodes ?? []);
  const own = layout.nodes.filter((b) => current.has(b.id));
  const focus =
    own.length === 0
      ? null
      : (() => {
          const x = Math.min(...own.map((b) => b.x));
          const y = Math.min(...own.map((b) => b.y));
          const right = Math.max(...own.map((b) => b.x + b.width));
          const bottom = Math.max(...own.map((b) => b.y + b.height));
          return { x, y, width: right - x, height: bottom - y };
        })();
  return {
    focus,
    layout: {
      ...layout,
      nodes: layout.nodes.filter((b) => revealed.has(b.id)),
      groups: layout.groups.filter((g) => groups.has(g.id)),
      junctions: layout.junctions.filter((j) => relations.has(j.relationId)),
      // A leg of a linked argument shows once its own premise is revealed.
      edges: layout.edges.filter(
        (e) => relations.has(e.relationId) && (e.part === 'main' || revealed.has(e.source)),
      ),
    },
  };
}
