import type { Point } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import { downChain } from './chains';
import { indexMap } from './graphIndex';

/**
 * The two nodes whose places in the node list were exchanged from `before` to `after`, and
 * nothing else changed in that list; null otherwise. That is what a reorder of siblings does.
 */
export function swappedPair(before: ArgumentMap, after: ArgumentMap): [string, string] | null {
  if (before.nodes.length !== after.nodes.length) return null;
  const moved: number[] = [];
  for (let i = 0; i < after.nodes.length; i++) {
    if (before.nodes[i]?.id !== after.nodes[i]?.id) moved.push(i);
    if (moved.length > 2) return null;
  }
  const [i, j] = moved;
  if (i === undefined || j === undefined) return null;
  const [a, b] = [before.nodes[i]?.id, before.nodes[j]?.id];
  return a && b && after.nodes[i]?.id === b && after.nodes[j]?.id === a ? [a, b] : null;
}

/**
 * Previous positions with two sibling subtrees exchanged, so that ELK, which keeps the order
 * it is given, draws them the other way round: each subtree's block moves into the other's
 * place along the axis siblings are spread on (x when reasons are drawn below, y when left).
 * Nodes both subtrees share stay where they were.
 */
export function swapSubtrees(
  previous: ReadonlyMap<string, Point>,
  map: ArgumentMap,
  a: string,
  b: string,
  axis: 'x' | 'y',
): Map<string, Point> {
  const index = indexMap(map);
  const block = (id: string) => new Set([id, ...downChain(index, id).nodes]);
  const [blockA, blockB] = [block(a), block(b)];
  const shared = [...blockA].filter((id) => blockB.has(id));
  for (const id of shared) {
    blockA.delete(id);
    blockB.delete(id);
  }
  const span = (ids: Set<string>) => {
    const values = [...ids].flatMap((id) => {
      const p = previous.get(id);
      return p ? [p[axis]] : [];
    });
    return values.length > 0 ? { lo: Math.min(...values), hi: Math.max(...values) } : null;
  };
  const [sa, sb] = [span(blockA), span(blockB)];
  const next = new Map(previous);
  if (!sa || !sb) return next;
  const [first, second, firstIds, secondIds] =
    sa.lo <= sb.lo ? [sa, sb, blockA, blockB] : [sb, sa, blockB, blockA];
  // The later block starts where the earlier began; the earlier ends where the later ended.
  const shift = (ids: Set<string>, by: number) => {
    for (const id of ids) {
      const p = previous.get(id);
      if (p) next.set(id, { ...p, [axis]: p[axis] + by });
    }
  };
  shift(secondIds, first.lo - second.lo);
  shift(firstIds, second.hi - first.hi);
  return next;
}
