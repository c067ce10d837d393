import { type ArgumentMap, RELATION_KINDS, type Relation, type RelationKind } from '../model/types';
import { removeCascading } from './cascade';
import { type EditResult, refuse } from './editResult';
import { nodeLabel } from './labels';
import { freshId, idProblem } from './newIds';
import { relationProblem } from './relationShape';
import { ruleProblem } from './ruleCheck';

export interface NewRelation {
  kind: RelationKind;
  /** Premises; several mean a linked argument (they support only together). */
  from: readonly string[];
  /** A node, or a relation id for an undercut. */
  to: string;
  id?: string;
}

/** Draws a new arrow. A premise listed twice counts once. */
export function addRelation(map: ArgumentMap, init: NewRelation): EditResult<{ id: string }> {
  if (!RELATION_KINDS.includes(init.kind)) {
    return refuse(`there is no kind of relation called "${init.kind}"`);
  }
  if (init.id !== undefined) {
    const problem = idProblem(map, init.id);
    if (problem) return refuse(problem);
  }
  const id = init.id ?? freshId(map, 'r');
  const relation: Relation = { id, kind: init.kind, from: [...new Set(init.from)], to: init.to };
  const next = { ...map, relations: [...map.relations, relation] };
  const problem = relationProblem(map, relation) ?? ruleProblem(next);
  return problem ? refuse(problem) : { ok: true, map: next, id };
}

/** Turns a support into an attack or the like; the arrow keeps its id and its undercuts. */
export function setRelationKind(map: ArgumentMap, id: string, kind: RelationKind): EditResult {
  const relation = map.relations.find((r) => r.id === id);
  if (!relation) return refuse(`there is no relation "${id}"`);
  if (!RELATION_KINDS.includes(kind))
    return refuse(`there is no kind of relation called "${kind}"`);
  if (relation.kind === kind) return { ok: true, map };
  return replaceRelation(map, { ...relation, kind });
}

/** Deletes an arrow and the undercuts aimed at it (and at those, and so on). */
export function deleteRelation(
  map: ArgumentMap,
  id: string,
): EditResult<{ removedRelations: string[] }> {
  if (!map.relations.some((r) => r.id === id)) return refuse(`there is no relation "${id}"`);
  return { ok: true, ...removeCascading(map, new Set(), new Set([id])) };
}

/**
 * The boxes that may join the premises of a relation: not those there already, not its
 * conclusion, and none that the conclusion supports, directly or through others (the model
 * would refuse that circle: a box offered should be one the edit takes).
 */
export function coPremiseCandidates(map: ArgumentMap, relationId: string): string[] {
  const relation = map.relations.find((r) => r.id === relationId);
  if (!relation) return [];
  const onward = new Map<string, string[]>();
  for (const r of map.relations) {
    if (r.kind === 'attack') continue;
    for (const f of r.from) {
      const list = onward.get(f);
      if (list) list.push(r.to);
      else onward.set(f, [r.to]);
    }
  }
  const above = new Set<string>([relation.to]);
  const queue = [relation.to];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    for (const next of onward.get(at) ?? []) {
      if (above.has(next)) continue;
      above.add(next);
      queue.push(next);
    }
  }
  return map.nodes.map((n) => n.id).filter((id) => !above.has(id) && !relation.from.includes(id));
}

/** Adds a premise that supports only together with the others (a linked argument). */
export function addCoPremise(map: ArgumentMap, relationId: string, nodeId: string): EditResult {
  const relation = map.relations.find((r) => r.id === relationId);
  if (!relation) return refuse(`there is no relation "${relationId}"`);
  if (!map.nodes.some((n) => n.id === nodeId)) return refuse(`there is no node "${nodeId}"`);
  if (relation.from.includes(nodeId)) return { ok: true, map };
  return replaceRelation(map, { ...relation, from: [...relation.from, nodeId] });
}

/**
 * Takes a premise out of a linked argument; taking the last one deletes the arrow (with its
 * undercuts), since an arrow from nowhere means nothing.
 */
export function removeCoPremise(
  map: ArgumentMap,
  relationId: string,
  nodeId: string,
): EditResult<{ removedRelations: string[] }> {
  const relation = map.relations.find((r) => r.id === relationId);
  if (!relation) return refuse(`there is no relation "${relationId}"`);
  if (!relation.from.includes(nodeId)) {
    return refuse(`${nodeLabel(map, nodeId)} is not a premise of this relation`);
  }
  if (relation.from.length === 1) return deleteRelation(map, relationId);
  const result = replaceRelation(map, {
    ...relation,
    from: relation.from.filter((f) => f !== nodeId),
  });
  return result.ok ? { ...result, removedRelations: [] } : result;
}

/**
 * Splits a premise off a linked argument: it no longer supports only together with the others
 * but has an arrow of its own (same kind, same target), and the others go on without it. Where
 * such an arrow exists already, the premise just leaves the linked argument.
 */
export function splitCoPremise(
  map: ArgumentMap,
  relationId: string,
  nodeId: string,
): EditResult<{ id: string }> {
  const relation = map.relations.find((r) => r.id === relationId);
  if (!relation) return refuse(`there is no relation "${relationId}"`);
  if (!relation.from.includes(nodeId)) {
    return refuse(`${nodeLabel(map, nodeId)} is not a premise of this relation`);
  }
  if (relation.from.length === 1) {
    return refuse(
      `${nodeLabel(map, nodeId)} is the only premise of this arrow: it stands alone already`,
    );
  }
  const taken = removeCoPremise(map, relationId, nodeId);
  if (!taken.ok) return taken;
  const own = taken.map.relations.find(
    (r) =>
      r.kind === relation.kind &&
      r.to === relation.to &&
      r.from.length === 1 &&
      r.from[0] === nodeId,
  );
  if (own) return { ok: true, map: taken.map, id: own.id };
  return addRelation(taken.map, { kind: relation.kind, from: [nodeId], to: relation.to });
}

/**
 * An attack on the inference of `relationId` (an undercut): `attacker` grants the premises but
 * denies that they give reason for the conclusion.
 */
export function undercut(
  map: ArgumentMap,
  relationId: string,
  attacker: string,
): EditResult<{ id: string }> {
  if (!map.relations.some((r) => r.id === relationId)) {
    return refuse(`there is no relation "${relationId}"`);
  }
  return addRelation(map, { kind: 'attack', from: [attacker], to: relationId });
}

/** Puts the changed relation in place of the old one, if it and the map stay valid. */
function replaceRelation(map: ArgumentMap, relation: Relation): EditResult {
  const next = {
    ...map,
    relations: map.relations.map((r) => (r.id === relation.id ? relation : r)),
  };
  const problem = relationProblem(map, relation) ?? ruleProblem(next);
  return problem ? refuse(problem) : { ok: true, map: next };
}
