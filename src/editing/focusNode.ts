/**
 * Puts keyboard focus on a node's box once it is drawn, so the next key (R, O, arrows) acts
 * on it; a node just added is drawn only after the layout, so this retries for a while.
 */
export function focusNode(id: string, tries = 30): void {
  const box = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (box) {
    box.focus({ preventScroll: true });
    return;
  }
  if (tries > 0) window.setTimeout(() => focusNode(id, tries - 1), 50);
}
