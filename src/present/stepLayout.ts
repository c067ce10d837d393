import { type Rect, rectsBounds } from '../layout/bounds';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap, Tour } from '../model/types';
import { revealedThrough, shownRelations } from '../tour/tourSteps';
import type { StepFocus } from './camera';

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
  return {
    focus: own.length === 0 ? null : rectsBounds(own),
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

/** What a step draws and what the step before it drew (null at the first step). */
export function stepAndBefore(
  map: ArgumentMap,
  layout: MapLayout,
  tour: Tour,
  step: number,
): { shown: MapLayout; before: MapLayout | null } {
  return {
    shown: stepLayout(map, layout, tour, step).layout,
    before: step > 0 ? stepLayout(map, layout, tour, step - 1).layout : null,
  };
}

/**
 * What the camera frames at a step, at the boxes' places in `layout` (the one drawn): the
 * step's boxes and the junctions its new lines pass through, and the earlier boxes those new
 * lines join, so that an objection is seen with the claim it attacks.
 */
export function stepFocus(
  map: ArgumentMap,
  layout: MapLayout,
  tour: Tour,
  step: number,
): StepFocus {
  const { shown, before } = stepAndBefore(map, layout, tour, step);
  const earlierEdges = new Set(before?.edges.map((e) => e.id));
  const earlierJunctions = new Set(before?.junctions.map((j) => j.relationId));
  const current = new Set(tour.steps[step]?.nodes ?? []);
  const own: Rect[] = shown.nodes.filter((b) => current.has(b.id));
  for (const j of shown.junctions) {
    if (!earlierJunctions.has(j.relationId))
      own.push({ x: j.x, y: j.y, width: j.size, height: j.size });
  }
  const ends = new Set(
    shown.edges.filter((e) => !earlierEdges.has(e.id)).flatMap((e) => [e.source, e.target]),
  );
  const linked = shown.nodes.filter((b) => ends.has(b.id) && !current.has(b.id));
  return { own, linked };
}
