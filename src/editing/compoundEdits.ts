import type { EditResult } from '../edit/editResult';
import { addNode } from '../edit/nodeEdits';
import { addCoPremise, addRelation } from '../edit/relationEdits';
import type { ArgumentMap, NodeKind, Quote } from '../model/types';

/** What a new node says about the node it is attached to. */
export type Attachment = 'support' | 'attack';

const KIND_FOR: Record<Attachment, NodeKind> = { support: 'premise', attack: 'objection' };

/**
 * A new node that supports or attacks `target`, in one step: a reason is a premise, an
 * objection an objection, so the box says what it is before the user types a word.
 */
export function addAttached(
  map: ArgumentMap,
  target: string,
  how: Attachment,
  text: string,
  quote?: Quote,
): EditResult<{ id: string }> {
  const added = addNode(map, { kind: KIND_FOR[how], text, quote });
  if (!added.ok) return added;
  const linked = addRelation(added.map, { kind: how, from: [added.id], to: target });
  return linked.ok ? { ok: true, map: linked.map, id: added.id } : linked;
}

/**
 * A new premise that joins the linked argument of `relationId` (it supports only together with
 * the premises there), in one step.
 */
export function addNewCoPremise(
  map: ArgumentMap,
  relationId: string,
  text: string,
): EditResult<{ id: string }> {
  if (!map.relations.some((r) => r.id === relationId)) {
    return { ok: false, message: `there is no relation "${relationId}"` };
  }
  const added = addNode(map, { kind: 'premise', text });
  if (!added.ok) return added;
  const joined = addCoPremise(added.map, relationId, added.id);
  return joined.ok ? { ok: true, map: joined.map, id: added.id } : joined;
}
