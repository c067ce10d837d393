import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  ancestorKeys,
  type ItemKey,
  initialExpanded,
  nodeToSelect,
  type OutlineIndex,
  treeKeyAction,
  visibleRows,
} from './outlineRows';

interface TreeState {
  index: OutlineIndex;
  expanded: ReadonlySet<ItemKey>;
  /** The row that takes Tab into the tree (roving tabindex). */
  focusKey: ItemKey | null;
}

const fresh = (index: OutlineIndex): TreeState => ({
  index,
  expanded: initialExpanded(index),
  focusKey: null,
});

const keyOf = (el: EventTarget | null): ItemKey | null => {
  const key =
    el instanceof Element ? el.closest<HTMLElement>('[role="treeitem"]')?.dataset.key : '';
  return key ? Number(key) : null;
};

const rowOf = (tree: HTMLElement | null, key: ItemKey) =>
  tree?.querySelector<HTMLElement>(`[data-row-key="${key}"]`) ?? null;

/**
 * The state and handlers of the outline tree: which items are open, which row holds the roving
 * tabindex, keyboard movement after the WAI-ARIA tree pattern, and two-way sync with the map's
 * selection (a selected node opens its item's ancestors and scrolls it into view).
 */
export function useOutlineTree(
  index: OutlineIndex,
  selectedNodeId: string | null,
  select: (nodeId: string) => void,
  treeRef: RefObject<HTMLUListElement | null>,
) {
  const [state, setState] = useState(() => fresh(index));
  // A new outline (new map) starts over: keys of the old one mean nothing in it.
  const current = state.index === index ? state : fresh(index);
  if (current !== state) setState(current);
  const { expanded } = current;

  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const selectedKey =
    selectedNodeId === null ? null : (index.fullKeyOf.get(selectedNodeId) ?? null);
  const activeKey =
    current.focusKey !== null && rows.some((r) => r.key === current.focusKey)
      ? current.focusKey
      : ((selectedKey !== null && rows.some((r) => r.key === selectedKey) ? selectedKey : null) ??
        rows[0]?.key ??
        null);

  const pendingFocus = useRef<ItemKey | null>(null);
  const pendingScroll = useRef<ItemKey | null>(null);

  // Map selection -> outline: open the way to its item, scroll it into view, and let Tab land
  // on it, unless the reader is moving about in the tree right now.
  useEffect(() => {
    if (selectedKey === null) return;
    pendingScroll.current = selectedKey;
    const inTree = treeRef.current?.contains(document.activeElement) ?? false;
    setState((s) => {
      if (s.index !== index) return s;
      const missing = ancestorKeys(index, selectedKey).filter((k) => !s.expanded.has(k));
      const expanded = missing.length > 0 ? new Set([...s.expanded, ...missing]) : s.expanded;
      const focusKey = inTree ? s.focusKey : selectedKey;
      return expanded === s.expanded && focusKey === s.focusKey ? s : { ...s, expanded, focusKey };
    });
  }, [selectedKey, index, treeRef]);

  // After each render: move DOM focus where the keyboard asked, scroll to a new selection.
  useEffect(() => {
    const tree = treeRef.current;
    const focusKey = pendingFocus.current;
    if (focusKey !== null) {
      const el = rowOf(tree, focusKey)?.closest<HTMLElement>('[role="treeitem"]');
      if (el) {
        pendingFocus.current = null;
        el.focus({ preventScroll: true });
        rowOf(tree, focusKey)?.scrollIntoView({ block: 'nearest' });
      }
    }
    const scrollKey = pendingScroll.current;
    if (scrollKey !== null) {
      const row = rowOf(tree, scrollKey);
      if (row) {
        pendingScroll.current = null;
        row.scrollIntoView({ block: 'nearest' });
      }
    }
  });

  const update = (change: (s: TreeState) => TreeState) =>
    setState((s) => change(s.index === index ? s : fresh(index)));

  const moveFocus = (key: ItemKey) => {
    pendingFocus.current = key;
    update((s) => ({ ...s, focusKey: key }));
  };

  const setOpen = (keys: ItemKey[], open: boolean) =>
    update((s) => {
      const expanded = new Set(s.expanded);
      for (const k of keys) {
        if (open) expanded.add(k);
        else expanded.delete(k);
      }
      return { ...s, expanded };
    });

  const selectItem = (key: ItemKey, nodeId?: string) => {
    const item = index.items[key];
    const id = nodeId ?? (item ? nodeToSelect(item, selectedNodeId) : null);
    if (id) select(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = keyOf(e.target) ?? activeKey;
    if (key === null) return;
    const action = treeKeyAction(index, rows, expanded, key, e.key);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    switch (action.kind) {
      case 'focus':
        moveFocus(action.key);
        break;
      case 'expand':
        setOpen(action.keys, true);
        break;
      case 'collapse':
        setOpen([action.key], false);
        break;
      case 'select':
        selectItem(action.key);
        break;
    }
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const key = keyOf(e.target);
    if (key !== null && key !== current.focusKey) update((s) => ({ ...s, focusKey: key }));
  };

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const target = e.target instanceof Element ? e.target : null;
    const key = keyOf(target);
    if (key === null || !target) return;
    if (target.closest('[data-twisty]')) {
      setOpen([key], !expanded.has(key));
      return;
    }
    // A click on one premise of several selects that premise; elsewhere, the item's node.
    const part = target.closest<HTMLElement>('[data-node-id]')?.dataset.nodeId;
    selectItem(key, part);
  };

  return { rows, expanded, activeKey, selectedKey, onKeyDown, onFocus, onClick };
}
