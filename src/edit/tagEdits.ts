import { tagProblems } from '../model/fieldRules';
import type { ArgumentMap } from '../model/types';
import { type EditResult, refuse } from './editResult';

/**
 * Reads tags as a user types them: separated by commas (a tag may hold spaces), trimmed,
 * a leading `#` dropped, each once.
 */
export function parseTagList(input: string): string[] {
  const tags = input
    .split(',')
    .map((t) => t.trim().replace(/^#/u, '').replace(/\s+/gu, ' '))
    .filter((t) => t !== '');
  return [...new Set(tags)];
}

/** Gives a node these tags (none removes the field); refuses tags the file format would not take. */
export function setTags(map: ArgumentMap, id: string, tags: readonly string[]): EditResult {
  const index = map.nodes.findIndex((n) => n.id === id);
  const node = map.nodes[index];
  if (!node) return refuse(`there is no node "${id}"`);
  const problem = tagProblems(tags)[0];
  if (problem) return refuse(`tags: ${problem.message}`);
  const same = (node.tags ?? []).join('\u0000') === tags.join('\u0000');
  if (same) return { ok: true, map };
  const { tags: _old, ...rest } = node;
  const next = tags.length > 0 ? { ...rest, tags: [...tags] } : rest;
  return { ok: true, map: { ...map, nodes: map.nodes.map((n, i) => (i === index ? next : n)) } };
}
