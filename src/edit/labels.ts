import type { ArgumentMap } from '../model/types';

// Users know their claims by wording, not by id, so messages quote a short piece of the text.

export function nodeLabel(map: ArgumentMap, id: string): string {
  const text = map.nodes.find((n) => n.id === id)?.text;
  if (text === undefined) return `"${id}"`;
  return `“${text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text}”`;
}

export function nodeLabels(map: ArgumentMap, ids: readonly string[]): string {
  return ids.map((id) => nodeLabel(map, id)).join(' + ');
}

/** A node, or for an undercut the inference it attacks. */
export function targetLabel(map: ArgumentMap, id: string): string {
  const r = map.relations.find((x) => x.id === id);
  if (!r) return nodeLabel(map, id);
  const to = map.relations.some((x) => x.id === r.to) ? 'another arrow' : nodeLabel(map, r.to);
  return `the step from ${nodeLabels(map, r.from)} to ${to}`;
}
