import { circularRelations } from '../../model/rules';
import type { ArgumentNode, Relation } from '../../model/types';

/**
 * Why an imported relation is left out: it goes round in a circle (`loop` as in
 * CircularRelation: the circle of support it would close, absent for a relation from a node to
 * itself), or it attacks the inference of relation `on`, itself left out.
 */
export type LeftOutCircle = { index: number; loop?: string[]; on?: number };

/**
 * The relations of an imported file without the circles the model refuses, each left out with
 * its reason, so that the rest of the map opens: corpus files have them (an AIF dialogue of 212
 * claims was refused whole for one conflict from a claim to itself). Indexes are into
 * `relations`; the relations kept keep their order.
 */
export function leaveOutCircles(
  nodes: readonly ArgumentNode[],
  relations: readonly Relation[],
): { relations: Relation[]; leftOut: LeftOutCircle[] } {
  const leftOut: LeftOutCircle[] = circularRelations({
    nodes: [...nodes],
    relations: [...relations],
  });
  if (leftOut.length === 0) return { relations: [...relations], leftOut };
  const out = new Set(leftOut.map((c) => c.index));
  const indexOf = new Map(relations.map((r, i) => [r.id, i]));
  // An undercut of a relation left out has nothing left to attack.
  for (let changed = true; changed; ) {
    changed = false;
    relations.forEach((r, index) => {
      const on = indexOf.get(r.to);
      if (on === undefined || out.has(index) || !out.has(on)) return;
      leftOut.push({ index, on });
      out.add(index);
      changed = true;
    });
  }
  return { relations: relations.filter((_, i) => !out.has(i)), leftOut };
}
