/**
 * A group's members as orderTreeLayers sees them: in rows (the longest chain above each member
 * inside the group, as levelsInside counts), each row in order. Edges from members to boxes
 * outside leave through the group's side near the member, so each member has a place along
 * that side, by its rank in its row: edges to two members cross if their outside ends stand
 * in the other order.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { innerEdgesOf, levelsInside } from './treeLayering';

export interface GroupRows {
  group: ElkNode;
  rows: ElkNode[][];
  /** Member id -> its place along the group's side, from -0.5 (left) to 0.5 (right). */
  at: Map<string, number>;
}

/** Every group of the root in rows, members in model order. */
export function groupRowsOf(root: ElkNode, topOf: ReadonlyMap<string, string>): GroupRows[] {
  const inner = innerEdgesOf(root, topOf);
  const out: GroupRows[] = [];
  for (const group of root.children ?? []) {
    if (!group.children || group.children.length === 0) continue;
    const level = levelsInside(group, inner.get(group.id) ?? []);
    const rows: ElkNode[][] = [];
    for (const m of group.children) {
      const r = level.get(m.id) ?? 0;
      const row = rows[r] ?? [];
      row.push(m);
      rows[r] = row;
    }
    const g: GroupRows = { group, rows: rows.filter((row) => row !== undefined), at: new Map() };
    placeMembers(g);
    out.push(g);
  }
  return out;
}

/**
 * Sorts each row by the mean position of its members' outside neighbours (`pulls`, by member
 * id); members with none keep their places.
 */
export function arrangeMembers(g: GroupRows, pulls: ReadonlyMap<string, number[]>): void {
  g.rows = g.rows.map((row) => {
    const keyed = row.map((m, at) => {
      const p = pulls.get(m.id);
      return { m, at, key: p ? p.reduce((a, b) => a + b, 0) / p.length : undefined };
    });
    const movable = keyed
      .filter((k) => k.key !== undefined)
      .sort((a, b) => (a.key as number) - (b.key as number) || a.at - b.at);
    let next = 0;
    return keyed.map((k) => (k.key === undefined ? k.m : (movable[next++] as { m: ElkNode }).m));
  });
  placeMembers(g);
}

/**
 * A relayout's rows and places as on screen (`shown`: member id -> its place along the layer):
 * each row in screen order, and each member at its place on screen over the span placeMembers
 * uses (members not shown keep their places by rank). By rank alone a member alone in its row
 * counts as centred wherever it stood, so the order of the boxes an edge comes from could swap
 * for a crossing that was not drawn, and the group turned round to face them: a fold beside a
 * group mirrored it.
 */
export function arrangeAsShown(g: GroupRows, shown: ReadonlyMap<string, number>): void {
  arrangeMembers(g, new Map([...shown].map(([id, x]) => [id, [x]])));
  const places = [...shown.values()];
  const lo = Math.min(...places);
  const span = Math.max(...places) - lo;
  if (!(span > 0)) return;
  for (const m of g.rows.flat()) {
    const x = shown.get(m.id);
    if (x !== undefined) g.at.set(m.id, 0.9 * ((x - lo) / span - 0.5));
  }
}

/** Spreads each row's members along the group's side, a little in from its corners. */
function placeMembers(g: GroupRows): void {
  for (const row of g.rows) {
    row.forEach((m, i) => {
      g.at.set(m.id, 0.9 * ((i + 0.5) / row.length - 0.5));
    });
  }
}
