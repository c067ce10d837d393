import type { ArgumentMap, Relation, RelationKind } from '../../model/types';
import { shortLabel } from '../shortLabel';

/** The words an arrow's name is made of, in the language of the interface. */
export interface EdgeWords {
  verb: Record<RelationKind, string>;
  /** Between co-premises: ` together with `. */
  togetherWith: string;
  /** Before the relation an undercut attacks: `undercuts the inference:`. */
  undercuts: string;
}

/**
 * What a screen reader says for a line of the map: which claim supports or attacks which, in
 * their words (React Flow's own name is "Edge from <id> to <id>"). Every line of a relation
 * (a co-premise's leg, the line from its junction) has the relation's name.
 */
export function edgeLabeller(map: ArgumentMap, words: EdgeWords): (relationId: string) => string {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const relations = new Map(map.relations.map((r) => [r.id, r]));
  const quote = (id: string) => `“${shortLabel(nodes.get(id)?.text ?? id)}”`;
  const says = (r: Relation, seen: Set<string>): string => {
    const from = r.from.map(quote).join(words.togetherWith);
    const target = relations.get(r.to);
    // An undercut's target is a relation; a circle of undercuts is named once round.
    if (target && !seen.has(target.id)) {
      return `${from} ${words.undercuts} ${says(target, new Set([...seen, target.id]))}`;
    }
    return `${from} ${words.verb[r.kind]} ${quote(r.to)}`;
  };
  // Asked again on every hover and selection: each relation's name is made once.
  const named = new Map<string, string>();
  return (relationId) => {
    const known = named.get(relationId);
    if (known !== undefined) return known;
    const relation = relations.get(relationId);
    const name = relation ? says(relation, new Set([relation.id])) : relationId;
    named.set(relationId, name);
    return name;
  };
}
