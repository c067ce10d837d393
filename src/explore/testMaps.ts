import { readFileSync } from 'node:fs';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap, ArgumentNode, NodeKind, Relation, RelationKind } from '../model/types';

/** The app's default map, parsed exactly as the app loads it (test helper). */
export function loadDefaultMap(): ArgumentMap {
  const text = readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8');
  const result = parseMap(text);
  if (!result.ok) throw new Error(`default map does not parse: ${JSON.stringify(result.issues)}`);
  return result.map;
}

type NodeSpec = string | (Partial<ArgumentNode> & { id: string });
type RelationSpec = [id: string, kind: RelationKind, from: string | string[], to: string];

/** A tiny map from short specs: `'a'` is a claim "a"; `['r', 'support', 'a', 'b']` a relation. */
export function tinyMap(
  nodes: NodeSpec[],
  relations: RelationSpec[] = [],
  groups: { id: string; label?: string; members: string[] }[] = [],
): ArgumentMap {
  return {
    version: 1,
    title: 'tiny',
    source: { text: '', language: 'en' },
    nodes: nodes.map((n) => {
      const spec = typeof n === 'string' ? { id: n } : n;
      return {
        kind: 'claim' as NodeKind,
        implicit: false,
        text: `text of ${spec.id}`,
        gloss: `gloss of ${spec.id}`,
        ...spec,
      };
    }),
    relations: relations.map(
      ([id, kind, from, to]): Relation => ({
        id,
        kind,
        from: typeof from === 'string' ? [from] : from,
        to,
      }),
    ),
    groups: groups.map((g) => ({ id: g.id, label: g.label ?? g.id, members: g.members })),
  };
}

/** A support chain n0 <- n1 <- ... <- n(count-1), for checking that walks do not recurse. */
export function longChain(count: number, kind: RelationKind = 'support'): ArgumentMap {
  const nodes = Array.from({ length: count }, (_, i) => `n${i}`);
  const relations: RelationSpec[] = nodes
    .slice(1)
    .map((id, i) => [`r${i + 1}`, kind, id, `n${i}`] as RelationSpec);
  return tinyMap(nodes, relations);
}
