import type { OutlineItem } from '../explore/outline';

/** An item's number in the outline, in reading order (pre-order): roots and children alike. */
export type ItemKey = number;

/** The outline flattened once, so lookups stay linear even for a 10,000 deep chain. */
export interface OutlineIndex {
  /** The roots' keys, in order. */
  roots: ItemKey[];
  /** Each item by its key. */
  items: OutlineItem[];
  /** Each item's parent, or -1 for a root. */
  parent: ItemKey[];
  /** Each item's depth, 1 for a root (as `aria-level` counts). */
  level: number[];
  /** Each item's children, in order. */
  children: ItemKey[][];
  /** For each node, the key of the one item that shows it in full (references excluded). */
  fullKeyOf: Map<string, ItemKey>;
}

/** Numbers every item of an outline, depth first, without recursion. */
export function indexOutline(outline: OutlineItem[]): OutlineIndex {
  const index: OutlineIndex = {
    roots: [],
    items: [],
    parent: [],
    level: [],
    children: [],
    fullKeyOf: new Map(),
  };
  const stack: [OutlineItem, ItemKey][] = [];
  for (let i = outline.length - 1; i >= 0; i--) stack.push([outline[i] as OutlineItem, -1]);
  while (stack.length > 0) {
    const [item, parent] = stack.pop() as [OutlineItem, ItemKey];
    const key = index.items.length;
    index.items.push(item);
    index.parent.push(parent);
    index.level.push(parent < 0 ? 1 : (index.level[parent] as number) + 1);
    index.children.push([]);
    if (parent < 0) index.roots.push(key);
    else index.children[parent]?.push(key);
    for (const id of item.nodeIds) {
      if (!item.refNodeIds.includes(id) && !index.fullKeyOf.has(id)) index.fullKeyOf.set(id, key);
    }
    for (let i = item.children.length - 1; i >= 0; i--) {
      stack.push([item.children[i] as OutlineItem, key]);
    }
  }
  return index;
}

/** The keys of the items above this one, root first. */
export function ancestorKeys(index: OutlineIndex, key: ItemKey): ItemKey[] {
  const up: ItemKey[] = [];
  for (let k = index.parent[key] ?? -1; k >= 0; k = index.parent[k] ?? -1) up.push(k);
  return up.reverse();
}

/** One visible line of the tree, in reading order, as keyboard movement walks it. */
export interface OutlineRow {
  key: ItemKey;
  item: OutlineItem;
  level: number;
  /** The parent's key, or null for a root. */
  parentKey: ItemKey | null;
}

const hasChildren = (index: OutlineIndex, key: ItemKey) => (index.children[key]?.length ?? 0) > 0;

/**
 * The rows a reader can see: every root, and the children of each expanded item, depth first.
 * Walks with an explicit stack, since an outline may be 10,000 items deep.
 */
export function visibleRows(index: OutlineIndex, expanded: ReadonlySet<ItemKey>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const stack = [...index.roots].reverse();
  while (stack.length > 0) {
    const key = stack.pop() as ItemKey;
    const parent = index.parent[key] as ItemKey;
    rows.push({
      key,
      item: index.items[key] as OutlineItem,
      level: index.level[key] as number,
      parentKey: parent < 0 ? null : parent,
    });
    if (expanded.has(key)) {
      const children = index.children[key] ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ItemKey);
    }
  }
  return rows;
}

/**
 * Which items start expanded: level by level from the roots, as long as the visible rows stay
 * within `budget`, so a small map opens whole and a huge one opens only its top.
 */
export function initialExpanded(index: OutlineIndex, budget = 300): Set<ItemKey> {
  const expanded = new Set<ItemKey>();
  let visible = index.roots.length;
  let level = index.roots;
  while (level.length > 0) {
    const next: ItemKey[] = [];
    for (const key of level) {
      const children = index.children[key] ?? [];
      if (children.length === 0) continue;
      if (visible + children.length > budget) return expanded;
      visible += children.length;
      expanded.add(key);
      next.push(...children);
    }
    level = next;
  }
  return expanded;
}

export type TreeAction =
  | { kind: 'focus'; key: ItemKey }
  | { kind: 'expand'; keys: ItemKey[] }
  | { kind: 'collapse'; key: ItemKey }
  | { kind: 'select'; key: ItemKey };

/**
 * What a key press does on the focused row, after the WAI-ARIA tree view pattern: Up/Down move
 * between visible rows; Right opens a closed item or enters an open one; Left closes an open
 * item or goes to the parent; Home/End jump to the first/last row; Enter or Space selects;
 * `*` opens every sibling of the row. Null for keys the tree does not handle.
 */
export function treeKeyAction(
  index: OutlineIndex,
  rows: OutlineRow[],
  expanded: ReadonlySet<ItemKey>,
  focusKey: ItemKey,
  key: string,
): TreeAction | null {
  const at = rows.findIndex((r) => r.key === focusKey);
  const row = rows[at];
  if (!row) return null;
  const canOpen = hasChildren(index, row.key);
  const focus = (r: OutlineRow | undefined): TreeAction | null =>
    r ? { kind: 'focus', key: r.key } : null;
  switch (key) {
    case 'ArrowDown':
      return focus(rows[at + 1]);
    case 'ArrowUp':
      return focus(rows[at - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (!canOpen) return null;
      return expanded.has(row.key) ? focus(rows[at + 1]) : { kind: 'expand', keys: [row.key] };
    case 'ArrowLeft':
      if (canOpen && expanded.has(row.key)) return { kind: 'collapse', key: row.key };
      return row.parentKey === null ? null : { kind: 'focus', key: row.parentKey };
    case 'Enter':
    case ' ':
      return { kind: 'select', key: row.key };
    case '*': {
      const keys = rows
        .filter((r) => r.parentKey === row.parentKey && hasChildren(index, r.key))
        .map((r) => r.key)
        .filter((k) => !expanded.has(k));
      return keys.length > 0 ? { kind: 'expand', keys } : null;
    }
    default:
      return null;
  }
}

/**
 * The node an item selects: the first of its nodes; pressed again on an item of co-premises
 * whose node is already selected, the next one, so each premise can be reached.
 */
export function nodeToSelect(item: OutlineItem, selectedNodeId: string | null): string | null {
  const at = selectedNodeId === null ? -1 : item.nodeIds.indexOf(selectedNodeId);
  return item.nodeIds[(at + 1) % item.nodeIds.length] ?? null;
}
