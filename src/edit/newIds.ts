import { idFormatProblem, MAX_ID_LENGTH } from '../model/fieldRules';
import type { ArgumentMap } from '../model/types';

export function isValidId(id: string): boolean {
  return idFormatProblem(id) === undefined;
}

/** Nodes, relations and groups share one id space (an undercut names a relation by its id). */
export function usedIds(map: ArgumentMap): Set<string> {
  return new Set([
    ...map.nodes.map((n) => n.id),
    ...map.relations.map((r) => r.id),
    ...map.groups.map((g) => g.id),
  ]);
}

/**
 * An id such as `claim-7` that no node, relation or group uses. It counts on from the highest
 * number in use, so a just-deleted id is not handed out again (remembered positions and undo
 * keep ids; a recycled id would confuse them with a different element).
 */
export function freshId(map: ArgumentMap, prefix: string): string {
  const base =
    prefix
      .replace(/[^\p{L}\p{N}_.:-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 180) || 'id';
  const used = usedIds(map);
  let n = 1;
  for (const id of used) {
    if (!id.startsWith(`${base}-`)) continue;
    const suffix = id.slice(base.length + 1);
    if (/^\d{1,9}$/.test(suffix)) n = Math.max(n, Number(suffix) + 1);
  }
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Checks an id the caller chose; returns why it cannot be used, or undefined. */
export function idProblem(map: ArgumentMap, id: string): string | undefined {
  if (!isValidId(id)) {
    return `the id "${id}" may contain only letters, digits, _ . : - (at most ${MAX_ID_LENGTH} characters)`;
  }
  if (usedIds(map).has(id)) return `the id "${id}" is already in use`;
  return undefined;
}
