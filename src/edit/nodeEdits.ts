import {
  type ArgumentMap,
  type ArgumentNode,
  NODE_KINDS,
  type NodeKind,
  type Quote,
} from '../model/types';
import { removeCascading } from './cascade';
import { type EditResult, refuse } from './editResult';
import { freshId, idProblem } from './newIds';
import { checkGloss, checkText, quoteProblem, sameQuote } from './nodeChecks';

export interface NewNode {
  kind?: NodeKind;
  text: string;
  gloss?: string;
  implicit?: boolean;
  quote?: Quote;
  /** Only for callers that must know the id beforehand (e.g. imports); normally generated. */
  id?: string;
}

export type NodePatch = Partial<
  Pick<ArgumentNode, 'kind' | 'text' | 'gloss' | 'implicit' | 'quote' | 'breaksOff'>
>;

const IMPLICIT_QUOTE = 'an implicit node is not stated in the text, so it cannot have a quote';

/** Appends a node; it shows up unconnected until a relation is drawn. */
export function addNode(map: ArgumentMap, init: NewNode): EditResult<{ id: string }> {
  const kind = init.kind ?? 'claim';
  if (!NODE_KINDS.includes(kind)) return refuse(`there is no kind of node called "${kind}"`);
  const text = checkText(kind, init.text);
  if ('message' in text) return refuse(text.message);
  const gloss = checkGloss(init.gloss ?? '');
  if ('message' in gloss) return refuse(gloss.message);
  const implicit = init.implicit ?? false;
  if (init.quote) {
    if (implicit) return refuse(IMPLICIT_QUOTE);
    const problem = quoteProblem(map, init.quote);
    if (problem) return refuse(problem);
  }
  if (init.id !== undefined) {
    const problem = idProblem(map, init.id);
    if (problem) return refuse(problem);
  }
  const id = init.id ?? freshId(map, kind);
  const node: ArgumentNode = { id, kind, implicit, text: text.text, gloss: gloss.gloss };
  if (init.quote) node.quote = copyQuote(init.quote);
  return { ok: true, map: { ...map, nodes: [...map.nodes, node] }, id };
}

/**
 * Changes some fields of a node. `quote: undefined` in the patch removes the quote; making a
 * node implicit drops it. When nothing changes the same map comes back, so callers can tell
 * a real edit (worth an undo step) from a no-op by identity.
 */
export function updateNode(map: ArgumentMap, id: string, patch: NodePatch): EditResult {
  const index = map.nodes.findIndex((n) => n.id === id);
  const node = map.nodes[index];
  if (!node) return refuse(`there is no node "${id}"`);

  const kind = patch.kind ?? node.kind;
  if (!NODE_KINDS.includes(kind)) return refuse(`there is no kind of node called "${kind}"`);
  const text = checkText(kind, patch.text ?? node.text);
  if ('message' in text) return refuse(text.message);
  const gloss = patch.gloss === undefined ? { gloss: node.gloss } : checkGloss(patch.gloss);
  if ('message' in gloss) return refuse(gloss.message);
  const implicit = patch.implicit ?? node.implicit;
  let quote = 'quote' in patch ? patch.quote : node.quote;
  if (implicit && patch.quote) return refuse(IMPLICIT_QUOTE);
  if (implicit) quote = undefined;
  if (quote && patch.quote) {
    const problem = quoteProblem(map, quote);
    if (problem) return refuse(problem);
  }
  const breaksOff = ('breaksOff' in patch ? patch.breaksOff : node.breaksOff) === true;

  if (
    kind === node.kind &&
    text.text === node.text &&
    gloss.gloss === node.gloss &&
    implicit === node.implicit &&
    sameQuote(quote, node.quote) &&
    breaksOff === (node.breaksOff === true)
  ) {
    return { ok: true, map };
  }
  const next: ArgumentNode = { ...node, kind, text: text.text, gloss: gloss.gloss, implicit };
  if (quote) next.quote = copyQuote(quote);
  else delete next.quote;
  if (breaksOff) next.breaksOff = true;
  else delete next.breaksOff;
  const nodes = map.nodes.map((n, i) => (i === index ? next : n));
  return { ok: true, map: { ...map, nodes } };
}

/**
 * Deletes nodes and whatever depends on them: relations left without premises or target,
 * undercuts of those, and the nodes' places in groups and tour steps (see cascade.ts).
 */
export function deleteNodes(
  map: ArgumentMap,
  ids: readonly string[],
): EditResult<{ removedRelations: string[] }> {
  const remove = new Set(ids);
  const known = new Set(map.nodes.map((n) => n.id));
  const unknown = [...remove].find((id) => !known.has(id));
  if (unknown !== undefined) return refuse(`there is no node "${unknown}"`);
  if (remove.size === 0) return { ok: true, map, removedRelations: [] };
  return { ok: true, ...removeCascading(map, remove, new Set()) };
}

// Only the three fields: the file format rejects unknown keys, and callers may pass more.
function copyQuote(q: Quote): Quote {
  return { start: q.start, end: q.end, text: q.text };
}
