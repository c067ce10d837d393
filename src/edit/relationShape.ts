import type { ArgumentMap, Relation } from '../model/types';
import { nodeLabel, nodeLabels, targetLabel } from './labels';

const VERB = { support: 'support', attack: 'attack', continues: 'continue' } as const;
const NOUN = { support: 'support', attack: 'attack', continues: '“continues” link' } as const;

/**
 * What is wrong with a relation as it would be after an edit, beyond the map-wide rules:
 * unknown ends, a node aiming at itself, an undercut that is not an attack, or a copy of a
 * relation that already exists (two identical arrows would only confuse the reader).
 */
export function relationProblem(map: ArgumentMap, r: Relation): string | undefined {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  if (r.from.length === 0) return 'a relation needs at least one premise';
  const missing = r.from.find((f) => !nodeIds.has(f));
  if (missing !== undefined) return `there is no node "${missing}"`;
  const targetsRelation = map.relations.some((x) => x.id === r.to && x.id !== r.id);
  if (!nodeIds.has(r.to) && !targetsRelation) return `there is no node or relation "${r.to}"`;
  if (r.from.includes(r.to)) return `${nodeLabel(map, r.to)} cannot ${VERB[r.kind]} itself`;
  if (targetsRelation && r.kind !== 'attack') {
    return 'only an attack can aim at another arrow (it then questions that step of reasoning)';
  }
  const fromSet = new Set(r.from);
  const twin = map.relations.find(
    (x) =>
      x.id !== r.id &&
      x.kind === r.kind &&
      x.to === r.to &&
      x.from.length === fromSet.size &&
      x.from.every((f) => fromSet.has(f)),
  );
  if (twin) {
    return `this ${NOUN[r.kind]} from ${nodeLabels(map, r.from)} to ${targetLabel(map, r.to)} already exists`;
  }
  return undefined;
}
