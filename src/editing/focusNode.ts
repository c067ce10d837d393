/** The box the latest call is still waiting to focus; a newer call replaces it. */
let pending: { id: string; frame: number } | null = null;

const boxOf = (id: string) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/**
 * Whether focus is still where it was asked from, in the map or nobody's: a reader who went
 * elsewhere meanwhile keeps theirs.
 */
function focusStayed(from: Element | null): boolean {
  const here = document.activeElement;
  return !here || here === from || here === document.body || here.closest('.am-canvas') !== null;
}

/** Focuses the box if it is drawn; true when that is done or the reader's focus went elsewhere. */
function tryFocus(id: string, from: Element | null): boolean {
  if (!focusStayed(from)) return true;
  const box = boxOf(id);
  box?.focus({ preventScroll: true });
  return box !== null && document.activeElement === box;
}

/**
 * Puts keyboard focus on a node's box once it is drawn, so the next key (R, O, arrows) acts
 * on it. A node just added is drawn only after the layout, and a big map draws only the boxes
 * in view (the view glides to the box first), so this retries each frame for `withinMs`.
 * Meanwhile focus waits on `holdIn` (the map), not on the page: the box that had it may leave
 * the page as the view moves, and keys pressed then still reach the map.
 */
export function focusNode(
  id: string,
  // Long: on a loaded machine a big map's glide and drawing took over 2 s (focus then stayed
  // on the map, not the box); a reader who moves focus elsewhere ends the wait at once.
  { withinMs = 10_000, holdIn }: { withinMs?: number; holdIn?: HTMLElement } = {},
): void {
  if (pending) cancelAnimationFrame(pending.frame);
  pending = null;
  const from = document.activeElement;
  if (tryFocus(id, from)) return;
  if (holdIn) holdIn.focus({ preventScroll: true });
  const until = performance.now() + withinMs;
  const retry = () => {
    if (!pending) return;
    if (tryFocus(id, from) || performance.now() > until) pending = null;
    else pending.frame = requestAnimationFrame(retry);
  };
  pending = { id, frame: requestAnimationFrame(retry) };
}

/** The box a `focusNode` call is still waiting for, where the next key should act from. */
export function pendingFocus(): string | null {
  return pending?.id ?? null;
}
